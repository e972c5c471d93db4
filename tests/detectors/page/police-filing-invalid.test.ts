import { describe } from 'vitest';
import { policeFilingInvalid } from '../../../lib/detectors/page/police-filing-invalid';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

const EXPECTED: Record<string, { problem: string; number: string }> = {
  'match-wuhan-forged.html': { problem: 'province-mismatch', number: '武汉网安备64546121358510号' },
  'match-thirteen-digits.html': { problem: 'digits', number: '粤公网安备4403050200123号' },
  'match-bad-province-code.html': { problem: 'province-code', number: '沪公网安备99010502001234号' },
  'match-prefix-mismatch.html': { problem: 'province-mismatch', number: '京公网安备44030502001234号' },
};

describe('police-filing-invalid', () => {
  describeDetectorFixtures(policeFilingInvalid, { severity: 'warn', evidenceBlockIds: 'first', params: EXPECTED });
});
