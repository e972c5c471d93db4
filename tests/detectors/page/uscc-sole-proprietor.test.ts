import { describe, expect } from 'vitest';
import { usccSoleProprietor } from '../../../lib/detectors/page/uscc-sole-proprietor';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

describe('uscc-sole-proprietor', () => {
  describeDetectorFixtures(usccSoleProprietor, {
    severity: 'info', evidenceBlockIds: 'first',
    expect: ([s]) => expect(String(s!.params.code)).toMatch(/^92/),
  });
});
