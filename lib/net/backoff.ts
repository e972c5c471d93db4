// The one back-off rule for every source KaDun asks (RDAP servers, ICP lookup services, the community list):
// after n failures in a row wait base·2^(n−1), capped, or longer when the server's Retry-After says so.

/** Longest Retry-After honoured: a server asking for a week is not obeyed past a day. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

export type BackoffPolicy = { baseMs: number; maxMs: number };

/** Milliseconds to wait after `failures` failures in a row (0 after none). */
export function backoffDelay(failures: number, policy: BackoffPolicy, retryAfterMs?: number): number {
  if (failures <= 0) return 0;
  const exponential = Math.min(policy.baseMs * 2 ** (failures - 1), policy.maxMs);
  return Math.max(exponential, Math.min(Math.max(0, retryAfterMs ?? 0), MAX_RETRY_AFTER_MS));
}

/** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. */
export function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d{1,9}\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export type Backoff = {
  /** When the source may be asked again, or undefined when it may be asked now. */
  blockedUntil(key: string): number | undefined;
  failure(key: string, retryAfterMs?: number): void;
  success(key: string): void;
};

/**
 * Back-off memory per key (an RDAP base URL, an endpoint origin), 30 s doubling to 1 h by default. Kept in memory:
 * a restarted worker costs one more request. The list updater keeps its count in Dexie and uses backoffDelay.
 */
export function createBackoff(opts: { now?: () => number; baseMs?: number; maxMs?: number } = {}): Backoff {
  const now = opts.now ?? Date.now;
  const policy = { baseMs: opts.baseMs ?? 30_000, maxMs: opts.maxMs ?? 3_600_000 };
  const state = new Map<string, { failures: number; until: number }>();
  return {
    blockedUntil: (key) => {
      const s = state.get(key);
      return s && s.until > now() ? s.until : undefined;
    },
    failure: (key, retryAfterMs) => {
      const failures = (state.get(key)?.failures ?? 0) + 1;
      state.set(key, { failures, until: now() + backoffDelay(failures, policy, retryAfterMs) });
    },
    success: (key) => void state.delete(key),
  };
}
