import { describe, expect } from 'vitest';
import { icpFilingMissing } from '../../../lib/detectors/page/icp-filing-missing';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

describe('icp-filing-missing', () => {
  describeDetectorFixtures(icpFilingMissing, {
    severity: 'warn', evidenceBlockIds: 'first',
    expect: ([s]) => {
      expect(s!.evidence[0]!.where).toBe('footer');
      // An absence is evidenced as absence: no unrelated footer line is quoted as if it proved something.
      expect(s!.evidence[0]!.quote).toBe('');
    },
  });
});
