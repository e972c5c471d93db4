import { describe, expect, it } from 'vitest';
import { usccInvalid } from '../../../lib/detectors/page/uscc-invalid';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

const EXPECTED: Record<string, { problem: string; code: string }> = {
  'match-flipped-check.html': { problem: 'check', code: '91440300MA5G2R8N4A' },
  'match-wrong-length.html': { problem: 'length', code: '9144030012345678X' },
  'match-inner-check.html': { problem: 'org-check', code: '91510100MA6C9J2W3Y' },
  'match-bare-token.html': { problem: 'check', code: '91330106MA2H7Q3L6A' },
};

describe('uscc-invalid', () => {
  describeDetectorFixtures(usccInvalid, { severity: 'warn', evidenceBlockIds: 'first', params: EXPECTED });

  it('judges a labelled code with a forbidden letter (O) as charset', () => {
    const html = '<!-- url: https://t.example/ --><p>统一社会信用代码：91330106MA2OKL1234</p>';
    expect(usccInvalid.detect(contextFor(html))[0]!.params.problem).toBe('charset');
  });
});
