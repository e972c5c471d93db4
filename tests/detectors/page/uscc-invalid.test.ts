import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { usccInvalid } from '../../../lib/detectors/page/uscc-invalid';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('uscc-invalid');

const EXPECTED: Record<string, { problem: string; code: string }> = {
  'match-flipped-check.html': { problem: 'check', code: '91440300MA5G2R8N4A' },
  'match-wrong-length.html': { problem: 'length', code: '9144030012345678X' },
  'match-inner-check.html': { problem: 'org-check', code: '91510100MA6C9J2W3Y' },
  'match-bare-token.html': { problem: 'check', code: '91330106MA2H7Q3L6A' },
};

describe('uscc-invalid', () => {
  it('has fixtures', () => {
    expect(match.length).toBeGreaterThanOrEqual(2);
    expect(nomatch.length).toBeGreaterThanOrEqual(2);
  });
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (name, file) => {
    const signals = usccInvalid.detect(contextFor(readFileSync(file, 'utf8')));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('warn');
    expect(signals[0]!.evidence[0]!.blockId).toBeTypeOf('number');
    if (EXPECTED[name]) expect(signals[0]!.params).toEqual(EXPECTED[name]);
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(usccInvalid.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('judges a labelled code with a forbidden letter (O) as charset', () => {
    const html = '<!-- url: https://t.example/ --><p>统一社会信用代码：91330106MA2OKL1234</p>';
    expect(usccInvalid.detect(contextFor(html))[0]!.params.problem).toBe('charset');
  });
});
