import { describe } from 'vitest';
import { shopDetected } from '../../../lib/detectors/page/shop-detected';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

describe('shop-detected', () => {
  describeDetectorFixtures(shopDetected, { severity: 'info', minEvidence: 1 });
});
