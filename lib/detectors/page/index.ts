// The page-detector registry. One detector per file, id = filename; tests/detectors/registry.test.ts checks that
// every file here is registered, has match and no-match fixtures and has zh-CN and en text.
import type { Signal } from '../../core/types';
import type { PageContext, PageDetector } from './context';
import { icpFilingInvalid } from './icp-filing-invalid';
import { icpFilingMissing } from './icp-filing-missing';
import { icpLicenseClaimed } from './icp-license-claimed';
import { policeFilingInvalid } from './police-filing-invalid';
import { shopDetected } from './shop-detected';
import { usccInvalid } from './uscc-invalid';
import { usccSoleProprietor } from './uscc-sole-proprietor';

export const PAGE_DETECTORS: readonly PageDetector[] = [
  shopDetected,
  icpFilingMissing,
  icpFilingInvalid,
  icpLicenseClaimed,
  policeFilingInvalid,
  usccInvalid,
  usccSoleProprietor,
];

/** Runs every page detector; one that throws is skipped (and reported) rather than sinking the verdict. */
export function runPageDetectors(ctx: PageContext, onError?: (id: string, err: unknown) => void): Signal[] {
  const out: Signal[] = [];
  for (const d of PAGE_DETECTORS) {
    try {
      out.push(...d.detect(ctx));
    } catch (err) {
      onError?.(d.id, err);
    }
  }
  return out;
}
