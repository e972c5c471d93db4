// A verified delta applied to the list stored in Dexie (store.ts layout). Only the bucket rows the delta touches are
// read, edited and written under the new version's key (`<to>:b<bucket>`); every other row stays where it is, and
// the list info records which bucket lives under which version (StoredListInfo.rows). The new version becomes active
// by the same one-transaction flip as a full import; only then are the replaced rows deleted, so a crash on the way
// leaves the old list intact. No 500,000-entry JSON is parsed or validated: only the delta's own entries were
// (delta.ts). A list stored one row per domain (older builds) cannot take a delta: the caller downloads the full list.
import type { AppDb } from '../db/app-db';
import type { IcpRecord } from '../core/types';
import type { ListDelta } from './delta';
import { isExpired } from './format';
import type { ListSlot } from './lookup';
import { activeListInfo, bucketOf, bucketRowKey, deleteVersion, flipActive, LIST_META, type StoredListInfo } from './store';

export type DeltaApplyResult =
  | { ok: true; info: StoredListInfo }
  | { ok: false; reason: 'no-list' | 'old-layout' | 'wrong-from' | 'conflict'; detail: string };

type Change = (slot: ListSlot) => void;

export async function applyDeltaToDb(db: AppDb, delta: ListDelta, now: number): Promise<DeltaApplyResult> {
  const active = await activeListInfo(db);
  if (!active) return { ok: false, reason: 'no-list', detail: 'no list is stored' };
  if (!active.buckets) return { ok: false, reason: 'old-layout', detail: 'the stored list predates bucket rows' };
  if (active.version !== delta.from) return { ok: false, reason: 'wrong-from', detail: `delta is from ${delta.from}, the list in use is ${active.version}` };
  const buckets = active.buckets;
  const counts = { ...active.counts };
  // Per bucket, per domain: the edits in the order removals → puts (a put replaces whatever was there).
  const byBucket = new Map<number, Map<string, Change[]>>();
  const edit = (domain: string, change: Change) => {
    const b = bucketOf(domain, buckets);
    let m = byBucket.get(b);
    if (!m) byBucket.set(b, (m = new Map()));
    (m.get(domain) ?? m.set(domain, []).get(domain)!).push(change);
  };
  for (const d of delta.entries.remove) edit(d, (s) => void delete s.entry);
  for (const d of delta.allow.remove) edit(d, (s) => void delete s.allow);
  for (const d of delta.icpRecords.remove) edit(d, (s) => void delete s.icp);
  for (const e of delta.entries.put) {
    edit(e.domain, (s) => {
      if (!isExpired(e, now)) s.entry = e;
      else {
        delete s.entry;
        counts.expired++;
      }
    });
  }
  for (const a of delta.allow.put) edit(a.domain, (s) => void (s.allow = a));
  for (const [d, r] of Object.entries(delta.icpRecords.put)) edit(d, (s) => void (s.icp = r as IcpRecord | null));

  const touched = [...byBucket.keys()];
  const oldKeys = touched.map((b) => bucketRowKey(active, b));
  const rows = await db.listEntries.bulkGet(oldKeys);
  const out: Array<{ domain: string; entry: unknown }> = [];
  for (const [i, b] of touched.entries()) {
    const slots = { ...((rows[i]?.entry ?? {}) as Record<string, ListSlot>) };
    for (const [domain, changes] of byBucket.get(b)!) {
      const before = Object.hasOwn(slots, domain) ? slots[domain]! : {};
      const slot: ListSlot = { ...before };
      for (const change of changes) change(slot);
      counts.entries += Number(!!slot.entry) - Number(!!before.entry);
      counts.allow += Number(!!slot.allow) - Number(!!before.allow);
      counts.icpRecords += Number(slot.icp !== undefined) - Number(before.icp !== undefined);
      if (slot.entry?.status === 'confirmed' && slot.allow) return { ok: false, reason: 'conflict', detail: `${domain} would be both confirmed and allowed` };
      if (slot.entry || slot.allow || slot.icp !== undefined) slots[domain] = slot;
      else delete slots[domain];
    }
    // An emptied bucket is still written (empty): its old row must not show through.
    out.push({ domain: `${delta.to}:b${b}`, entry: slots });
  }
  const base = active.rows?.base ?? active.version;
  const at = { ...(active.rows?.at ?? {}) };
  for (const b of touched) at[String(b)] = delta.to;
  const info: StoredListInfo = { version: delta.to, generatedAt: Date.parse(delta.generatedAt), importedAt: now, counts, buckets, rows: { base, at } };

  await db.listMeta.put({ key: LIST_META.importing, value: delta.to });
  await deleteVersion(db, delta.to); // leftovers of an interrupted import of this same version
  await db.listEntries.bulkPut(out);
  await flipActive(db, info);
  await db.listEntries.bulkDelete(oldKeys); // now shadowed by the rows just written
  return { ok: true, info };
}
