// The domain-detector registry. One detector per file, id = filename; tests/detectors/domain/registry.test.ts checks
// that every file here is registered and has zh-CN and en text (lib/i18n/signals/domain.ts).
import type { Signal } from '../../core/types';
import { domainEstablished } from './domain-established';
import { domainOnHold } from './domain-on-hold';
import { domainYoung } from './domain-young';
import { icpAccessLimited } from './icp-access-limited';
import { icpNumberNotRegistered } from './icp-number-not-registered';
import { icpRecordMismatch } from './icp-record-mismatch';
import { icpRecordMissing } from './icp-record-missing';
import { icpRecordPersonal } from './icp-record-personal';
import { icpRecordVerified } from './icp-record-verified';
import { icpUnitMismatch } from './icp-unit-mismatch';
import { impersonation } from './impersonation';
import { officialVendor } from './official-vendor';
import { sourceUnavailable } from './source-unavailable';
import type { DomainDetector, DomainInputs } from './types';

export const DOMAIN_DETECTORS: readonly DomainDetector[] = [
  officialVendor,
  impersonation,
  icpRecordVerified,
  icpNumberNotRegistered,
  icpRecordMismatch,
  icpRecordMissing,
  icpRecordPersonal,
  icpUnitMismatch,
  icpAccessLimited,
  domainOnHold,
  domainYoung,
  domainEstablished,
  sourceUnavailable,
];

/** Runs every domain detector; one that throws is skipped (and reported) rather than sinking the verdict. */
export function runDomainDetectors(input: DomainInputs, onError?: (id: string, err: unknown) => void): Signal[] {
  const out: Signal[] = [];
  for (const d of DOMAIN_DETECTORS) {
    try {
      out.push(...d.detect(input));
    } catch (err) {
      onError?.(d.id, err);
    }
  }
  return out;
}

export { pageClaims, icpNumberForLookup } from './page-claims';
export { parseVendorList, vendorInputs, type VendorList } from './vendors';
export type { DomainDetector, DomainInputs, OfficialVendor, PageClaims, VendorListMeta } from './types';
