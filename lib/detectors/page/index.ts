// The page-detector registry. One detector per file, id = filename, its text (zh-CN and en) declared on it; its place
// in PAGE_DETECTORS below is its place in the headline order. tests/detectors/registry.test.ts checks that every file
// here is registered and has its test file, match and no-match fixtures and filled text; helpers live in payment/,
// price/ and shared/.
import type { Signal } from '../../core/types';
import type { PageContext, PageDetector } from './context';
import { icpFilingInvalid } from './icp-filing-invalid';
import { icpFilingMissing } from './icp-filing-missing';
import { icpLicenseClaimed } from './icp-license-claimed';
import { policeFilingInvalid } from './police-filing-invalid';
import { companyIdentityShown } from './company-identity-shown';
import { illegalGoods } from './illegal-goods';
import { inappBrowserEvasion } from './inapp-browser-evasion';
import { insecureTransport } from './insecure-transport';
import { paymentCryptoOnly } from './payment-crypto-only';
import { paymentOfficialMerchant } from './payment-official-merchant';
import { paymentPersonalQr } from './payment-personal-qr';
import { paymentPersonalTransfer } from './payment-personal-transfer';
import { paymentStep } from './payment-step';
import { paymentUnlicensedGateway } from './payment-unlicensed-gateway';
import { priceBelowFaceValue } from './price-below-face-value';
import { refundTermsShown } from './refund-terms-shown';
import { resellerScheme } from './reseller-scheme';
import { shopDetected } from './shop-detected';
import { shopSoftware } from './shop-software';
import { usccInvalid } from './uscc-invalid';
import { usccSoleProprietor } from './uscc-sole-proprietor';

export const PAGE_DETECTORS: readonly PageDetector[] = [
  // Classification first: other detectors read it through ctx.memo.
  shopDetected,
  shopSoftware,
  // Payment first among the findings (§5, §6): within a severity, the first signal becomes the headline and the
  // banner's reason, and how the page takes the money matters most at the moment of paying.
  paymentPersonalQr,
  paymentPersonalTransfer,
  paymentUnlicensedGateway,
  paymentCryptoOnly,
  paymentOfficialMerchant,
  paymentStep,
  // What is sold and how (§7).
  illegalGoods,
  priceBelowFaceValue,
  // Identification numbers (§1, §3).
  icpFilingInvalid,
  icpFilingMissing,
  icpLicenseClaimed,
  policeFilingInvalid,
  usccInvalid,
  usccSoleProprietor,
  resellerScheme,
  inappBrowserEvasion,
  // Positive page evidence and transport.
  refundTermsShown,
  companyIdentityShown,
  insecureTransport,
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
