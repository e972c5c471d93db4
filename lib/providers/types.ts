// One contract for every data source (style.md rule 9): fetch and clock injected, responses parsed with zod,
// results tri-state. A blocked, rate-limited, malformed or timed-out answer is `unavailable`, never `not-found`.
import type { LookupResult } from '../core/types';

export type { LookupResult };

export type ProviderDeps = {
  fetch: typeof fetch;
  now: () => number;
  /** Milliseconds before a request is abandoned (a few seconds). */
  timeoutMs?: number;
};

export type Provider<T> = {
  /** Stable id shown in the verdict's source line: 'rdap', 'icp-records', 'icp-http', 'icp-assisted'. */
  readonly id: string;
  /** Answers from data held in the browser / on disk (records file, list records): nothing is sent anywhere. */
  readonly local?: boolean;
  /** `domain` is always a registrable domain in punycode: nothing else about the page ever leaves the browser. */
  lookup(domain: string, opts?: { signal?: AbortSignal }): Promise<LookupResult<T>>;
};

/** How long each kind of answer is kept (declared beside each provider; cached.ts applies it). */
export type CachePolicy = { foundMs: number; notFoundMs: number; unavailableMs: number; staleWhileRevalidateMs: number };

// The domain detectors read it, and the core imports no provider: the shape lives in lib/core/types.ts.
export type { RdapSummary } from '../core/types';
