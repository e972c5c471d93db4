// Keeps the interstitial's prefilter (lib/core/gate-filter.ts) in extension storage in step with the active list:
// rebuilt after every import, and on a worker start when it describes another list version (an import that ran
// while an older build was installed, or storage cleared). storage.local, not Dexie: the document_start content
// script reads it directly, so ordinary pages never wake the service worker for the interstitial.
import { buildGateShards, GATE_KEYS, GATE_SHARDS, type GateMeta } from '../../lib/core/gate-filter';
import type { AppDb } from '../../lib/db/app-db';
import { confirmedDomains } from '../../lib/risk-list/confirmed';
import { activeListInfo } from '../../lib/risk-list/store';

export type GateStorage = {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

export async function syncGateFilter(db: AppDb, storage: GateStorage, now: number): Promise<GateMeta | null> {
  const found = await confirmedDomains(db, now);
  if (!found) return null;
  const meta: GateMeta = { listVersion: found.info.version, builtAt: now, shards: GATE_SHARDS, domains: found.domains.length };
  // Shards first, meta last: a reader between the two sees the new shards under the old meta, never the reverse.
  await storage.set(buildGateShards(found.domains));
  await storage.set({ [GATE_KEYS.meta]: meta });
  return meta;
}

/** Rebuilds only when the stored filter is missing or describes another list version. */
export async function ensureGateFilter(db: AppDb, storage: GateStorage, now: number): Promise<GateMeta | null> {
  const [info, stored] = await Promise.all([activeListInfo(db), storage.get(GATE_KEYS.meta)]);
  const meta = stored[GATE_KEYS.meta] as Partial<GateMeta> | undefined;
  if (!info || (meta?.listVersion === info.version && meta.shards === GATE_SHARDS)) return null;
  return syncGateFilter(db, storage, now);
}
