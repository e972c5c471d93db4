import { describe, expect } from 'vitest';
import { icpLicenseClaimed } from '../../../lib/detectors/page/icp-license-claimed';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

const EXPECTED: Record<string, string> = {
  'match-b2-footer.html': '浙B2-20180123',
  'match-icp-licence.html': '粤ICP证150123号',
  'match-cross-province-old.html': 'B2-2009-0312',
};

describe('icp-license-claimed', () => {
  describeDetectorFixtures(icpLicenseClaimed, {
    severity: 'info', evidenceBlockIds: 'first',
    expect: ([s], name) => { if (EXPECTED[name]) expect(s!.params.number).toBe(EXPECTED[name]); },
  });
});
