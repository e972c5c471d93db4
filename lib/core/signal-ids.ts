// Signal ids are a public contract (design.md): CLI output, i18n keys, tests and fixtures use them.
// New ids may be added; ids are never renamed.
export const PAGE_SIGNAL_IDS = [
  'shop-detected', 'icp-filing-missing', 'icp-filing-invalid', 'icp-license-claimed', 'police-filing-invalid',
  'uscc-invalid', 'uscc-sole-proprietor', 'payment-personal-qr', 'payment-personal-transfer',
  'payment-unlicensed-gateway', 'payment-crypto-only', 'payment-official-merchant', 'shop-software',
  'price-below-face-value', 'illegal-goods', 'reseller-scheme', 'inapp-browser-evasion', 'refund-terms-shown',
  'company-identity-shown', 'insecure-transport', 'payment-step',
] as const;

export const DOMAIN_SIGNAL_IDS = [
  'domain-young', 'domain-established', 'domain-on-hold', 'icp-record-verified', 'icp-number-not-registered',
  'icp-record-mismatch', 'icp-record-missing', 'icp-record-personal', 'icp-unit-mismatch', 'icp-access-limited',
  'impersonation', 'official-vendor', 'source-unavailable',
] as const;

export const LIST_SIGNAL_IDS = ['list-confirmed', 'list-reported', 'list-allowed', 'user-trusted', 'user-blocked'] as const;

export const SIGNAL_IDS = [...PAGE_SIGNAL_IDS, ...DOMAIN_SIGNAL_IDS, ...LIST_SIGNAL_IDS] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];
export type PageSignalId = (typeof PAGE_SIGNAL_IDS)[number];
export type DomainSignalId = (typeof DOMAIN_SIGNAL_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(SIGNAL_IDS);
/** Whether a string read from outside (a stored row, a message) names a signal this version knows. */
export const isSignalId = (id: unknown): id is SignalId => typeof id === 'string' && KNOWN.has(id);
