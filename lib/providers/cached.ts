// A provider behind a cache with its own policy (style.md rule 9, after refined-github's CachedFunction):
// fresh → answered from the cache; stale (within staleWhileRevalidate) → answered at once, marked `stale`, while
// a refresh runs; expired or missing → asked. The store is read, then the network is used, then the store is
// written: never a fetch inside a Dexie transaction (style.md rule 8). Failures of the store read as a miss.
import { z } from 'zod';
import { lookupResultSchema } from '../core/schemas';
import type { LookupCacheRow } from '../db/app-db';
import { lookupDomain, normaliseDomainKey } from './domain-input';
import { UNCACHEABLE_REASONS, unavailable } from './reasons';
import type { CachePolicy, LookupResult, Provider } from './types';

export type LookupStore = {
  get(key: string): Promise<LookupCacheRow | undefined>;
  put(row: LookupCacheRow): Promise<void>;
};

export type CachedOptions<T> = {
  /** Checks cached data (it was written by an older version, perhaps); a row that fails is a miss. */
  dataSchema?: z.ZodType<T>;
  /** Receives every background refresh so tests (or the worker's waitUntil) can await it. */
  onRefresh?: (done: Promise<void>) => void;
};

/** The domain as providers reduce it (registrable, punycode); local-only names just folded. */
const siteOf = (domain: string) => lookupDomain(domain) ?? normaliseDomainKey(domain);
export const cacheKey = (providerId: string, domain: string) => `${providerId}:${siteOf(domain)}`;

export function cached<T>(provider: Provider<T>, policy: CachePolicy, store: LookupStore, clock: () => number, opts: CachedOptions<T> = {}): Provider<T> {
  const rowSchema = lookupResultSchema(opts.dataSchema ?? z.unknown());
  const refreshing = new Map<string, Promise<void>>();

  const ttl = (r: LookupResult<T>) => (r.status === 'found' ? policy.foundMs : r.status === 'not-found' ? policy.notFoundMs : policy.unavailableMs);

  const read = async (key: string): Promise<{ row: LookupCacheRow; result: LookupResult<T> } | undefined> => {
    try {
      const row = await store.get(key);
      const parsed = row && rowSchema.safeParse(row.result);
      return row && parsed?.success ? { row, result: parsed.data as LookupResult<T> } : undefined;
    } catch {
      return undefined;
    }
  };

  const write = async (key: string, domain: string, result: LookupResult<T>): Promise<void> => {
    if (result.status === 'unavailable' && UNCACHEABLE_REASONS.has(result.reason)) return;
    const { stale: _stale, ...clean } = result as LookupResult<T> & { stale?: boolean };
    const storedAt = clock();
    const row = { key, source: provider.id, domain, result: clean, storedAt, expiresAt: storedAt + ttl(result) };
    await Promise.resolve().then(() => store.put(row)).catch(() => undefined);
  };

  const ask = async (domain: string, signal?: AbortSignal): Promise<LookupResult<T>> => {
    try {
      return await provider.lookup(domain, signal ? { signal } : undefined);
    } catch {
      return unavailable('network');
    }
  };

  const refresh = (key: string, domain: string): Promise<void> => {
    let done = refreshing.get(key);
    if (!done) {
      done = (async () => {
        const result = await ask(domain);
        // A failed refresh keeps the stale answer: a passing outage must not erase what we knew.
        if (result.status !== 'unavailable') await write(key, domain, result);
      })().finally(() => refreshing.delete(key));
      refreshing.set(key, done);
    }
    return done;
  };

  return {
    id: provider.id,
    async lookup(input, lookupOpts = {}) {
      const domain = siteOf(input);
      const key = cacheKey(provider.id, domain);
      const hit = await read(key);
      const now = clock();
      if (hit && now < hit.row.expiresAt) return hit.result;
      if (hit && hit.result.status !== 'unavailable' && now < hit.row.expiresAt + policy.staleWhileRevalidateMs) {
        const done = refresh(key, domain);
        opts.onRefresh?.(done);
        return { ...hit.result, stale: true };
      }
      const result = await ask(domain, lookupOpts.signal);
      await write(key, domain, result);
      return result;
    },
  };
}
