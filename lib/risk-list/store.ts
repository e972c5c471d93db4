// The risk list in Dexie (tables listEntries {domain, entry} and listMeta {key, value} of lib/db/app-db.ts).
// Rows are keyed `<version>:<domain>` so a new list is written beside the one in use and then made active by one
// small meta transaction (activeVersion); the old version's rows are deleted afterwards. A lookup reads
// activeVersion and then the suffix keys: a handful of primary-key gets, never a scan.
// The database is a parameter (style.md rule 1): this file imports no Dexie globals and never fetches.
import type { AppDb } from '../db/app-db';
import type { IcpRecord } from '../core/types';
import type { RiskList } from './format';
import { compiledFrom, listKey, resolveMatch, slotsOf, suffixesOf, type CompiledList, type ListInfo, type ListMatch, type ListSlot } from './lookup';

export const LIST_META = { activeVersion: 'activeVersion', active: 'activeList', importing: 'importingVersion' } as const;

export type StoredListInfo = ListInfo & {
  importedAt: number;
  counts: { entries: number; allow: number; icpRecords: number; expired: number };
};

export type ImportResult = { ok: true; info: StoredListInfo } | { ok: false; reason: 'rollback'; activeVersion: number };

const rowKey = (version: number, domain: string) => `${version}:${domain}`;
const prefixOf = (version: number) => `${version}:`;

export async function activeListInfo(db: AppDb): Promise<StoredListInfo | null> {
  const [version, info] = await Promise.all([db.listMeta.get(LIST_META.activeVersion), db.listMeta.get(LIST_META.active)]);
  const v = info?.value as StoredListInfo | undefined;
  return typeof version?.value === 'number' && v && v.version === version.value ? v : null;
}

/**
 * Write `list` (already verified) and make it the active one. Entries expired at `now` are not written.
 * Chunked bulkPut keeps each transaction short; the flip is one transaction over listMeta only.
 */
export async function importList(db: AppDb, list: RiskList, now: number, opts: { chunkSize?: number } = {}): Promise<ImportResult> {
  const active = await activeListInfo(db);
  if (active && list.version <= active.version) return { ok: false, reason: 'rollback', activeVersion: active.version };
  const { map, counts } = slotsOf(list, now);
  await db.listMeta.put({ key: LIST_META.importing, value: list.version });
  await deleteVersion(db, list.version); // leftovers of an interrupted import of this same version
  const chunkSize = opts.chunkSize ?? 5000;
  let chunk: Array<{ domain: string; entry: ListSlot }> = [];
  for (const [domain, slot] of map as Map<string, ListSlot>) {
    chunk.push({ domain: rowKey(list.version, domain), entry: slot });
    if (chunk.length >= chunkSize) {
      await db.listEntries.bulkPut(chunk);
      chunk = [];
    }
  }
  if (chunk.length) await db.listEntries.bulkPut(chunk);
  const info: StoredListInfo = { version: list.version, generatedAt: Date.parse(list.generatedAt), importedAt: now, counts };
  await db.transaction('rw', db.listMeta, async () => {
    await db.listMeta.put({ key: LIST_META.active, value: info });
    await db.listMeta.put({ key: LIST_META.activeVersion, value: list.version });
    await db.listMeta.delete(LIST_META.importing);
  });
  await deleteOtherVersions(db, list.version);
  return { ok: true, info };
}

async function deleteVersion(db: AppDb, version: number) {
  await db.listEntries.where('domain').startsWith(prefixOf(version)).delete();
}

/** Everything that is not the active version: the previous list and any interrupted import. */
async function deleteOtherVersions(db: AppDb, keep: number) {
  const keepPrefix = prefixOf(keep);
  await db.listEntries.where('domain').below(keepPrefix).delete();
  await db.listEntries.where('domain').aboveOrEqual(keepPrefix + '\uffff').delete();
}

export type DbMatch = { match: ListMatch; info: StoredListInfo };

/** One read of the active version, then one bulkGet of the suffix keys. Null when no list has been imported. */
export async function lookupInDb(db: AppDb, domain: string, now: number): Promise<DbMatch | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const key = listKey(domain);
  if (!key) return { match: {}, info };
  const rows = await db.listEntries.bulkGet(suffixesOf(key.hostname, key.domain).map((s) => rowKey(info.version, s)));
  return { match: resolveMatch(rows.map((r) => r?.entry as ListSlot | undefined), now), info };
}

export async function icpRecordInDb(db: AppDb, domain: string): Promise<{ record: IcpRecord | null | undefined; info: StoredListInfo } | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const key = listKey(domain);
  const row = key ? await db.listEntries.get(rowKey(info.version, key.domain)) : undefined;
  return { record: (row?.entry as ListSlot | undefined)?.icp, info };
}

/** Read the active list back into a compiled lookup (what a service worker does when it wakes). */
export async function loadCompiled(db: AppDb, now: number): Promise<CompiledList | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const map = new Map<string, ListSlot>();
  const prefix = prefixOf(info.version);
  await db.listEntries.where('domain').startsWith(prefix).each((row) => {
    map.set(row.domain.slice(prefix.length), row.entry as ListSlot);
  });
  return compiledFrom(map, { version: info.version, generatedAt: info.generatedAt }, info.counts, now);
}
