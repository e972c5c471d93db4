// Why a source could not answer. Short, stable strings: i18n keys map them to text later, tests and cached.ts
// match on them, so they are never renamed (add new ones at the end).
export const UNAVAILABLE_REASONS = [
  'timeout',
  'network',
  'rate-limited',
  'server-error',
  'html-instead-of-json',
  'malformed',
  'too-large',
  'waf-block',
  'backing-off',
  'no-rdap-for-tld',
  'not-configured',
  'offline',
  /** Any other non-2xx status (403, 410, …): not a statement about the domain. */
  'http-error',
  /** A well-formed reply that says it failed (`success: false`, `code: 500`, `msg: 'blocked'`). */
  'source-error',
  /** The caller aborted (tab closed, navigation): never cached. */
  'aborted',
  /** An IP, localhost or reserved name (RFC 2606 / 6761): nothing is sent anywhere. */
  'not-lookupable',
  /** The local records (CLI --records, community list) do not cover this domain or number. */
  'not-in-records',
  /** Neither the bundled nor a refreshed RDAP bootstrap could be read. */
  'no-bootstrap',
  /** Too many redirects, or a redirect away from https. */
  'redirect-loop',
] as const;

export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

export const unavailable = (reason: UnavailableReason): { status: 'unavailable'; reason: UnavailableReason } => ({
  status: 'unavailable',
  reason,
});

/** Answers that say nothing about the source's health and must not be cached (cached.ts). */
export const UNCACHEABLE_REASONS: ReadonlySet<string> = new Set<UnavailableReason>(['aborted', 'offline', 'not-configured', 'backing-off']);

/** Failures after which a source is left alone for a while (http.ts createBackoff). */
export const BACKOFF_REASONS: ReadonlySet<string> = new Set<UnavailableReason>(['rate-limited', 'server-error', 'waf-block']);
