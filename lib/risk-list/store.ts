// The risk list in Dexie (tables listEntries {domain, entry} and listMeta {key, value} of lib/db/app-db.ts).
// Layout: the list's slots are grouped into LIST_BUCKETS bucket rows keyed `<version>:b<bucket>`, bucket =
// bucketOf(domain) (FNV-1a), each row `{ domain: key, entry: { [domain]: ListSlot } }`. One row per domain made a
// 200,000-domain import take 10–13 s in Chromium (one IndexedDB record each); ~2,000 rows of ~100 slots take well
// under that. A new list is written beside the one in use and made active by one small meta transaction
// (activeVersion); other versions' rows are deleted afterwards. A lookup reads activeVersion, then bulkGets the
// bucket rows of the suffix keys (at most one row per label): a handful of primary-key gets, never a scan.
// Lists stored by earlier builds (info without `buckets`) keep one row per domain, `<version>:<domain>`; they are
// still read (rowKeyOf/slotsIn below) until the next import replaces them.
// The database is a parameter (style.md rule 1): this file imports no Dexie globals and never fetches.
import type { AppDb, ListEntryRow } from '../db/app-db';
import { z } from 'zod';
import type { IcpRecord } from '../core/types';
import type { RiskList } from './format';
import { compiledFrom, listKey, resolveMatch, slotsOf, suffixesOf, type CompiledList, type ListInfo, type ListMatch, type ListSlot } from './lookup';

export const LIST_META = { activeVersion: 'activeVersion', active: 'activeList', importing: 'importingVersion' } as const;

/** ~100 slots per bucket row at 200,000 entries. A stored list records its own count (StoredListInfo.buckets). */
export const LIST_BUCKETS = 2048;

export type StoredListInfo = ListInfo & {
  importedAt: number;
  counts: { entries: number; allow: number; icpRecords: number; expired: number };
  /** Bucket count of the stored rows; absent for a list stored one row per domain (builds before bucket rows). */
  buckets?: number;
  /**
   * A list patched by deltas (store-delta.ts): bucket b's row is `<at[b] ?? base>:b<b>`, so a delta rewrites only the
   * buckets it touches. Absent: every row is under `version` (a full import).
   */
  rows?: { base: number; at: Record<string, number> };
};

const count = z.number().int().nonnegative();
const storedListInfoSchema = z.object({
  version: z.number().int().nonnegative(),
  generatedAt: z.number(),
  importedAt: z.number(),
  counts: z.object({ entries: count, allow: count, icpRecords: count, expired: count }),
  buckets: z.number().int().positive().optional(),
  rows: z.object({ base: z.number().int().nonnegative(), at: z.record(z.string(), z.number().int().nonnegative()) }).optional(),
}) satisfies z.ZodType<StoredListInfo>;

export type ImportResult = { ok: true; info: StoredListInfo } | { ok: false; reason: 'rollback'; activeVersion: number };

type BucketSlots = Record<string, ListSlot>;

/**
 * FNV-1a (32-bit) over the UTF-16 code units of `key`, mod `buckets`. Stable across builds: stored lists depend on
 * it. Self-contained on purpose: the Chromium bench (scripts/bench/) runs its source text (bucketOf.toString()) inside the
 * service worker, and tests/risk-list/store.test.ts checks that text evaluates on its own to the same function.
 */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

const prefixOf = (version: number) => `${version}:`;

/** The row that holds `domain`'s slot in the stored list `info` describes (bucket row, or per-domain row). */
const rowKeyOf = (info: StoredListInfo, domain: string) =>
  info.buckets ? bucketRowKey(info, bucketOf(domain, info.buckets)) : `${info.version}:${domain}`;

/** The key of bucket `b`'s row in the stored list `info` describes (bucket layout). */
export const bucketRowKey = (info: StoredListInfo, b: number): string =>
  `${info.rows ? info.rows.at[String(b)] ?? info.rows.base : info.version}:b${b}`;

/** Every row of the stored list `info` describes: one prefix scan, plus a bulkGet of the rows deltas rewrote. */
export async function eachActiveRow(db: AppDb, info: StoredListInfo, fn: (row: ListEntryRow) => void): Promise<void> {
  if (!info.rows) {
    await db.listEntries.where('domain').startsWith(prefixOf(info.version)).each(fn);
    return;
  }
  const { base, at } = info.rows;
  const skip = prefixOf(base).length + 1; // `<base>:b`
  await db.listEntries.where('domain').startsWith(prefixOf(base)).each((row) => {
    if (!Object.hasOwn(at, row.domain.slice(skip))) fn(row);
  });
  for (const row of await db.listEntries.bulkGet(Object.entries(at).map(([b, v]) => `${v}:b${b}`))) if (row) fn(row);
}

/** The [domain, slot] pairs one stored row holds. */
function slotsIn(info: StoredListInfo, row: ListEntryRow): Array<[string, ListSlot]> {
  if (info.buckets) return Object.entries(row.entry as BucketSlots);
  return [[row.domain.slice(prefixOf(info.version).length), row.entry as ListSlot]];
}

function slotAt(info: StoredListInfo, row: ListEntryRow | undefined, domain: string): ListSlot | undefined {
  if (!row) return undefined;
  if (!info.buckets) return row.entry as ListSlot;
  const slots = row.entry as BucketSlots;
  return Object.hasOwn(slots, domain) ? slots[domain] : undefined;
}

/** The slots of `domains` (in order): one bulkGet of their distinct rows. */
async function readSlots(db: AppDb, info: StoredListInfo, domains: string[]): Promise<Array<ListSlot | undefined>> {
  const keys = domains.map((d) => rowKeyOf(info, d));
  const distinct = [...new Set(keys)];
  const rows = await db.listEntries.bulkGet(distinct);
  const byKey = new Map(distinct.map((k, i) => [k, rows[i]]));
  return domains.map((d, i) => slotAt(info, byKey.get(keys[i]!), d));
}

export async function activeListInfo(db: AppDb): Promise<StoredListInfo | null> {
  // Read back through zod: the info decides which rows are read, so a malformed row reads as "no list".
  const [version, info] = await Promise.all([db.listMeta.get(LIST_META.activeVersion), db.listMeta.get(LIST_META.active)]);
  const v = storedListInfoSchema.safeParse(info?.value);
  return typeof version?.value === 'number' && v.success && v.data.version === version.value ? v.data : null;
}

/**
 * Write `list` (already verified) and make it the active one. Entries expired at `now` are not written.
 * The bucket rows are built in memory and written by chunked bulkPut (`chunkSize` rows per transaction, so each
 * stays short); the flip is one transaction over listMeta only.
 */
export async function importList(db: AppDb, list: RiskList, now: number, opts: { chunkSize?: number } = {}): Promise<ImportResult> {
  const active = await activeListInfo(db);
  if (active && list.version <= active.version) return { ok: false, reason: 'rollback', activeVersion: active.version };
  const { map, counts } = slotsOf(list, now);
  const info: StoredListInfo = { version: list.version, generatedAt: Date.parse(list.generatedAt), importedAt: now, counts, buckets: LIST_BUCKETS };
  const buckets = new Map<string, BucketSlots>();
  for (const [domain, slot] of map as Map<string, ListSlot>) {
    const key = rowKeyOf(info, domain);
    let slots = buckets.get(key);
    if (!slots) buckets.set(key, (slots = {}));
    slots[domain] = slot;
  }
  await db.listMeta.put({ key: LIST_META.importing, value: list.version });
  await deleteVersion(db, list.version); // leftovers of an interrupted import of this same version
  const rows = [...buckets].map(([domain, entry]) => ({ domain, entry }));
  const chunkSize = opts.chunkSize ?? 256;
  for (let i = 0; i < rows.length; i += chunkSize) await db.listEntries.bulkPut(rows.slice(i, i + chunkSize));
  await activateVersion(db, info);
  return { ok: true, info };
}

/** The flip: one transaction over listMeta makes the rows `info` describes the active list. */
export async function flipActive(db: AppDb, info: StoredListInfo): Promise<void> {
  await db.transaction('rw', db.listMeta, async () => {
    await db.listMeta.put({ key: LIST_META.active, value: info });
    await db.listMeta.put({ key: LIST_META.activeVersion, value: info.version });
    await db.listMeta.delete(LIST_META.importing);
  });
}

/** The flip to a fully imported version, then every other version's rows (base and delta rows included) go. */
export async function activateVersion(db: AppDb, info: StoredListInfo): Promise<void> {
  await flipActive(db, info);
  await deleteOtherVersions(db, info.version);
}

export async function deleteVersion(db: AppDb, version: number) {
  await db.listEntries.where('domain').startsWith(prefixOf(version)).delete();
}

/** Everything that is not the active version: the previous list and any interrupted import. */
async function deleteOtherVersions(db: AppDb, keep: number) {
  const keepPrefix = prefixOf(keep);
  await db.listEntries.where('domain').below(keepPrefix).delete();
  await db.listEntries.where('domain').aboveOrEqual(keepPrefix + '\uffff').delete();
}

export type DbMatch = { match: ListMatch; info: StoredListInfo };

/** One read of the active version, then one bulkGet of the suffixes' rows. Null when no list has been imported. */
export async function lookupInDb(db: AppDb, domain: string, now: number): Promise<DbMatch | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const key = listKey(domain);
  if (!key) return { match: {}, info };
  return { match: resolveMatch(await readSlots(db, info, suffixesOf(key.hostname, key.domain)), now), info };
}

export async function icpRecordInDb(db: AppDb, domain: string): Promise<{ record: IcpRecord | null | undefined; info: StoredListInfo } | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const key = listKey(domain);
  const [slot] = key ? await readSlots(db, info, [key.domain]) : [];
  return { record: slot?.icp, info };
}

/** Read the active list back into a compiled lookup (what a service worker does when it wakes). */
export async function loadCompiled(db: AppDb, now: number): Promise<CompiledList | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const map = new Map<string, ListSlot>();
  await eachActiveRow(db, info, (row) => {
    for (const [domain, slot] of slotsIn(info, row)) map.set(domain, slot);
  });
  return compiledFrom(map, { version: info.version, generatedAt: info.generatedAt }, info.counts, now);
}
