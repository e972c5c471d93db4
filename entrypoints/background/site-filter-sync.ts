// Keeps the site filter (lib/core/site-filter.ts, docs/no-wake.md) in extension storage in step with the active
// list and the person's own trusted / blocked sites: rebuilt after every import and every override change, and on a
// worker start when it describes another list version or format (an import that ran while an older build was
// installed, or storage cleared). storage.local, not Dexie: the content scripts read it directly, so ordinary pages
// never wake the service worker. The first build of this format also removes the confirmed-only `gate:` prefilter
// earlier builds kept (its job is this filter's `confirmed` bit now).
import { buildFilterShards, FILTER_FORMAT, FILTER_KEYS, FILTER_SHARDS, LEGACY_GATE_KEYS, type FilterMeta } from '../../lib/core/site-filter';
import type { AppDb } from '../../lib/db/app-db';
import { listOverrides } from '../../lib/db/reports';
import { listedDomains } from '../../lib/risk-list/listed';
import { activeListInfo } from '../../lib/risk-list/store';

export type FilterStorage = {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

export async function syncSiteFilter(db: AppDb, storage: FilterStorage, now: number): Promise<FilterMeta | null> {
  const [found, overrides] = await Promise.all([listedDomains(db, now), listOverrides(db)]);
  if (!found) return null;
  // An override is never `confirmed`: the full-page warning is for the community's confirmed entries only.
  const domains = [...found.domains, ...overrides.map((o) => [o.domain, false] as [string, boolean])];
  const meta: FilterMeta = { format: FILTER_FORMAT, listVersion: found.info.version, builtAt: now, shards: FILTER_SHARDS, domains: domains.length };
  // Shards first, meta last: a reader between the two sees the new shards under the old meta, never the reverse.
  await storage.set(buildFilterShards(domains));
  await storage.set({ [FILTER_KEYS.meta]: meta });
  await storage.remove(LEGACY_GATE_KEYS);
  return meta;
}

/** Rebuilds only when the stored filter is missing or describes another list version or format. */
export async function ensureSiteFilter(db: AppDb, storage: FilterStorage, now: number): Promise<FilterMeta | null> {
  const [info, stored] = await Promise.all([activeListInfo(db), storage.get(FILTER_KEYS.meta)]);
  const meta = stored[FILTER_KEYS.meta] as Partial<FilterMeta> | undefined;
  if (!info || (meta?.listVersion === info.version && meta.format === FILTER_FORMAT && meta.shards === FILTER_SHARDS)) return null;
  return syncSiteFilter(db, storage, now);
}
