// The page-detector registry. One detector per file, id = filename, its text (zh-CN and en) declared on it; its place
// in PAGE_DETECTORS below is its place in the headline order. tests/detectors/registry.test.ts checks that every file
// here is registered and has its test file, match and no-match fixtures and filled text; helpers live in payment/,
// price/ and shared/.
import type { PageSignalId } from '../../core/signal-ids';
import type { DetectorText, Signal } from '../../core/types';
import type { PageContext, PageDetector } from './context';
import { icpFilingInvalid, icpFilingInvalidText } from './icp-filing-invalid';
import { icpFilingMissing, icpFilingMissingText } from './icp-filing-missing';
import { icpLicenseClaimed, icpLicenseClaimedText } from './icp-license-claimed';
import { policeFilingInvalid, policeFilingInvalidText } from './police-filing-invalid';
import { companyIdentityShown, companyIdentityShownText } from './company-identity-shown';
import { illegalGoods, illegalGoodsText } from './illegal-goods';
import { inappBrowserEvasion, inappBrowserEvasionText } from './inapp-browser-evasion';
import { insecureTransport, insecureTransportText } from './insecure-transport';
import { paymentCryptoOnly, paymentCryptoOnlyText } from './payment-crypto-only';
import { paymentOfficialMerchant, paymentOfficialMerchantText } from './payment-official-merchant';
import { paymentPersonalQr, paymentPersonalQrText } from './payment-personal-qr';
import { paymentPersonalTransfer, paymentPersonalTransferText } from './payment-personal-transfer';
import { paymentStep, paymentStepText } from './payment-step';
import { paymentUnlicensedGateway, paymentUnlicensedGatewayText } from './payment-unlicensed-gateway';
import { priceBelowFaceValue, priceBelowFaceValueText } from './price-below-face-value';
import { refundTermsShown, refundTermsShownText } from './refund-terms-shown';
import { resellerScheme, resellerSchemeText } from './reseller-scheme';
import { shopDetected, shopDetectedText } from './shop-detected';
import { shopSoftware, shopSoftwareText } from './shop-software';
import { usccInvalid, usccInvalidText } from './uscc-invalid';
import { usccSoleProprietor, usccSoleProprietorText } from './uscc-sole-proprietor';

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
/**
 * Every page signal's texts, by id, from the detectors' own text exports: the extension pages import only these, so
 * the bundler leaves the detectors' logic out of them (registry.test.ts checks each equals its detector's `text`).
 */
export const PAGE_TEXTS = {
  'company-identity-shown': companyIdentityShownText,
  'icp-filing-invalid': icpFilingInvalidText,
  'icp-filing-missing': icpFilingMissingText,
  'icp-license-claimed': icpLicenseClaimedText,
  'illegal-goods': illegalGoodsText,
  'inapp-browser-evasion': inappBrowserEvasionText,
  'insecure-transport': insecureTransportText,
  'payment-crypto-only': paymentCryptoOnlyText,
  'payment-official-merchant': paymentOfficialMerchantText,
  'payment-personal-qr': paymentPersonalQrText,
  'payment-personal-transfer': paymentPersonalTransferText,
  'payment-step': paymentStepText,
  'payment-unlicensed-gateway': paymentUnlicensedGatewayText,
  'police-filing-invalid': policeFilingInvalidText,
  'price-below-face-value': priceBelowFaceValueText,
  'refund-terms-shown': refundTermsShownText,
  'reseller-scheme': resellerSchemeText,
  'shop-detected': shopDetectedText,
  'shop-software': shopSoftwareText,
  'uscc-invalid': usccInvalidText,
  'uscc-sole-proprietor': usccSoleProprietorText,
} as const satisfies Record<PageSignalId, DetectorText>;

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
