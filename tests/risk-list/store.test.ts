// The list in Dexie over fake-indexeddb (vitest setupFiles), a fresh database per test.
import { describe, expect, it, vi } from 'vitest';
import { openAppDb, type AppDb } from '../../lib/db/app-db';
import { createListCache } from '../../lib/risk-list/cache';
import { slotsOf, type ListSlot } from '../../lib/risk-list/lookup';
import type { RiskList } from '../../lib/risk-list/format';
import {
  activeListInfo, bucketOf, icpRecordInDb, importList, LIST_BUCKETS, LIST_META, loadCompiled, lookupInDb, type StoredListInfo,
} from '../../lib/risk-list/store';
import { allowed, confirmed, entry, list, NOW } from './helpers';

let n = 0;
const freshDb = () => openAppDb(`kadun-risk-list-test-${Date.now()}-${n++}`);
/** Slots over all rows (each row is a bucket of slots keyed by domain). */
const slotCount = async (db: AppDb) =>
  (await db.listEntries.toArray()).reduce((sum, row) => sum + Object.keys(row.entry as object).length, 0);

const v2 = list({
  version: 2,
  entries: [
    confirmed('scam.example'),
    entry('reported.test'),
    entry('gone.invalid', { firstSeen: '2025-01-01', lastSeen: '2025-01-02', expires: '2026-01-01' }),
  ],
  allow: [allowed('vendor.example')],
  icpRecords: { 'vendor.example': null },
});
const v3 = list({ version: 3, generatedAt: '2026-11-23T00:00:00Z', entries: [entry('new.example')], allow: [] });

describe('risk list store', () => {
  it('imports in chunks, flips activeVersion and answers lookups by suffix keys', async () => {
    const db = freshDb();
    expect(await lookupInDb(db, 'scam.example', NOW)).toBeNull();
    const r = await importList(db, v2, NOW, { chunkSize: 2 });
    expect(r).toMatchObject({ ok: true, info: { version: 2, importedAt: NOW, counts: { entries: 2, allow: 1, icpRecords: 1, expired: 1 } } });
    expect((await db.listMeta.get(LIST_META.activeVersion))?.value).toBe(2);
    expect((await lookupInDb(db, 'https://www.scam.example/x', NOW))?.match.entry?.status).toBe('confirmed');
    expect((await lookupInDb(db, 'reported.test', NOW))?.match.entry?.status).toBe('reported');
    expect((await lookupInDb(db, 'pay.vendor.example', NOW))?.match.allow?.kind).toBe('official-vendor');
    expect((await lookupInDb(db, 'gone.invalid', NOW))?.match).toEqual({});
    expect((await lookupInDb(db, 'other.example', NOW))?.match).toEqual({});
    expect((await lookupInDb(db, 'reported.test', Date.parse('2028-01-01')))?.match).toEqual({});
    expect((await icpRecordInDb(db, 'vendor.example'))?.record).toBeNull();
    // scam, reported, vendor (allow + icp in one slot); gone not written. Counted in slots, not rows: rows are buckets.
    expect(await slotCount(db)).toBe(3);
    db.close();
  });

  it('replaces the previous list: the new version is active, old rows are gone, rollback is refused', async () => {
    const db = freshDb();
    await importList(db, v2, NOW);
    expect(await importList(db, v3, NOW)).toMatchObject({ ok: true });
    expect((await activeListInfo(db))?.version).toBe(3);
    expect((await lookupInDb(db, 'scam.example', NOW))?.match).toEqual({});
    expect((await lookupInDb(db, 'new.example', NOW))?.match.entry?.domain).toBe('new.example');
    expect((await db.listEntries.toCollection().primaryKeys()).every((k) => String(k).startsWith('3:'))).toBe(true);
    expect(await importList(db, v2, NOW)).toEqual({ ok: false, reason: 'rollback', activeVersion: 3 });
    expect(await importList(db, v3, NOW)).toEqual({ ok: false, reason: 'rollback', activeVersion: 3 });
    db.close();
  });

  it('keeps answering from the active list while a new one is written, and cleans up an interrupted import', async () => {
    const db = freshDb();
    await importList(db, v2, NOW);
    // An import of v3 that died after writing rows but before the flip.
    await db.listEntries.bulkPut([{ domain: '3:scam.example', entry: {} }, { domain: '10:junk.example', entry: {} }]);
    expect((await lookupInDb(db, 'scam.example', NOW))?.match.entry?.status).toBe('confirmed');
    await importList(db, list({ version: 4, entries: [] }), NOW);
    expect(await db.listEntries.count()).toBe(0);
    db.close();
  });

  it('loads the active list back into a compiled lookup', async () => {
    const db = freshDb();
    await importList(db, v2, NOW);
    const c = (await loadCompiled(db, NOW))!;
    expect(c.version).toBe(2);
    expect(c.generatedAt).toBe(Date.parse(v2.generatedAt));
    expect(c.match('m.scam.example').entry?.domain).toBe('scam.example');
    expect(c.icpRecord('vendor.example')).toBeNull();
    db.close();
  });
});

describe('list cache (service worker)', () => {
  it('answers from Dexie after a wake, then from the rebuilt Map; invalidate() picks up a new list', async () => {
    const db = freshDb();
    await importList(db, v2, NOW);
    const cache = createListCache(db);
    const first = await cache.lookup('scam.example', NOW);
    expect(first?.match.entry?.status).toBe('confirmed');
    expect(first?.info.version).toBe(2);
    await new Promise((r) => setTimeout(r, 50));
    // The rebuilt Map answers even with the table emptied behind its back (proves it is no longer reading Dexie).
    await db.listEntries.clear();
    expect((await cache.lookup('www.scam.example', NOW))?.match.entry?.domain).toBe('scam.example');
    await importList(db, v3, NOW);
    cache.invalidate();
    expect((await cache.lookup('new.example', NOW))?.info.version).toBe(3);
    expect((await cache.lookup('scam.example', NOW))?.match).toEqual({});
    db.close();
  });

  it('keeps lists too large for memory in Dexie and reports no list as null', async () => {
    const db = freshDb();
    const cache = createListCache(db, { maxInMemory: 1 });
    expect(await cache.lookup('scam.example', NOW)).toBeNull();
    await importList(db, v2, NOW);
    cache.invalidate();
    expect((await cache.lookup('scam.example', NOW))?.match.entry?.status).toBe('confirmed');
    await new Promise((r) => setTimeout(r, 50));
    await db.listEntries.clear();
    expect((await cache.lookup('reported.test', NOW))?.match).toEqual({}); // still Dexie: nothing was compiled
    db.close();
  });
});

describe('risk list store: bucket rows', () => {
  it('groups 12,000 domains into about LIST_BUCKETS rows keyed <version>:b<bucket>, none of them crowded', async () => {
    const db = freshDb();
    const big = list({ version: 5, entries: Array.from({ length: 12_000 }, (_, i) => entry(`shop-${i.toString(36)}.example`)) });
    const r = await importList(db, big, NOW);
    expect(r).toMatchObject({ ok: true, info: { buckets: LIST_BUCKETS } });
    const rows = await db.listEntries.toArray();
    expect(rows.length).toBeGreaterThan(LIST_BUCKETS * 0.98);
    expect(rows.length).toBeLessThanOrEqual(LIST_BUCKETS);
    expect(rows.every((row) => /^5:b\d+$/.test(row.domain))).toBe(true);
    const sizes = rows.map((row) => Object.keys(row.entry as object).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(12_000);
    expect(Math.max(...sizes)).toBeLessThan(4 * (12_000 / LIST_BUCKETS)); // the hash spreads them
    expect((await lookupInDb(db, 'www.shop-a0.example', NOW))?.match.entry?.domain).toBe('shop-a0.example');
    expect((await loadCompiled(db, NOW))?.match('shop-1.example').entry?.domain).toBe('shop-1.example');
    db.close();
  });

  it('a lookup is one bulkGet of at most one row per label, never a scan', async () => {
    const db = freshDb();
    await importList(db, v2, NOW);
    const bulkGet = vi.spyOn(db.listEntries, 'bulkGet');
    const scans = [vi.spyOn(db.listEntries, 'get'), vi.spyOn(db.listEntries, 'where'), vi.spyOn(db.listEntries, 'toCollection'),
      vi.spyOn(db.listEntries, 'toArray'), vi.spyOn(db.listEntries, 'each'), vi.spyOn(db.listEntries, 'filter')];
    const host = 'a.b.c.www.scam.example'; // 6 labels, 5 suffixes down to the registrable domain
    expect((await lookupInDb(db, `https://${host}/pay`, NOW))?.match.entry?.domain).toBe('scam.example');
    expect(bulkGet).toHaveBeenCalledTimes(1);
    const keys = bulkGet.mock.calls[0]![0] as string[];
    expect(keys.length).toBeLessThanOrEqual(host.split('.').length - 1);
    expect(new Set(keys).size).toBe(keys.length);
    expect((await icpRecordInDb(db, 'pay.vendor.example'))?.record).toBeNull();
    expect(bulkGet).toHaveBeenCalledTimes(2);
    expect(bulkGet.mock.calls[1]![0]).toHaveLength(1);
    for (const spy of scans) expect(spy).not.toHaveBeenCalled();
    db.close();
  });

  it('still reads a list stored one row per domain by an earlier build, and the next import replaces it', async () => {
    const db = freshDb();
    // Exactly what the previous build wrote: rows `<version>:<domain>` → ListSlot, info without `buckets`.
    const storeOldLayout = async (l: RiskList) => {
      const map = new Map<string, ListSlot>();
      const { counts } = slotsOf(l, NOW, map);
      await db.listEntries.bulkPut([...map].map(([domain, slot]) => ({ domain: `${l.version}:${domain}`, entry: slot })));
      const info: StoredListInfo = { version: l.version, generatedAt: Date.parse(l.generatedAt), importedAt: NOW, counts };
      await db.listMeta.bulkPut([{ key: LIST_META.active, value: info }, { key: LIST_META.activeVersion, value: l.version }]);
    };
    await storeOldLayout(v2);
    expect((await activeListInfo(db))?.buckets).toBeUndefined();
    expect((await lookupInDb(db, 'www.scam.example', NOW))?.match.entry?.status).toBe('confirmed');
    expect((await lookupInDb(db, 'pay.vendor.example', NOW))?.match.allow?.kind).toBe('official-vendor');
    expect((await lookupInDb(db, 'other.example', NOW))?.match).toEqual({});
    expect((await icpRecordInDb(db, 'vendor.example'))?.record).toBeNull();
    expect((await icpRecordInDb(db, 'scam.example'))?.record).toBeUndefined();
    const c = (await loadCompiled(db, NOW))!;
    expect(c.match('m.scam.example').entry?.domain).toBe('scam.example');
    expect(c.icpRecord('vendor.example')).toBeNull();
    expect((await createListCache(db).lookup('reported.test', NOW))?.match.entry?.status).toBe('reported');
    expect(await importList(db, v2, NOW)).toEqual({ ok: false, reason: 'rollback', activeVersion: 2 });
    expect(await importList(db, v3, NOW)).toMatchObject({ ok: true, info: { buckets: LIST_BUCKETS } });
    expect((await db.listEntries.toCollection().primaryKeys()).every((k) => /^3:b\d+$/.test(String(k)))).toBe(true);
    expect((await lookupInDb(db, 'new.example', NOW))?.match.entry?.domain).toBe('new.example');
    db.close();
  });

  it('an import that dies between chunks never changes the active list; the next one cleans up', async () => {
    const db = freshDb();
    await importList(db, v2, NOW);
    const v3big = list({ version: 3, entries: ['new', 'a', 'b', 'c', 'd', 'e'].map((d) => entry(`${d}.example`)) });
    const real = db.listEntries.bulkPut.bind(db.listEntries);
    const seenMidway: unknown[] = [];
    vi.spyOn(db.listEntries, 'bulkPut')
      .mockImplementationOnce((async (rows: never) => {
        const done = await real(rows);
        seenMidway.push((await activeListInfo(db))?.version, (await lookupInDb(db, 'scam.example', NOW))?.match.entry?.status);
        return done;
      }) as never)
      .mockImplementationOnce((() => Promise.reject(new Error('quota'))) as never);
    await expect(importList(db, v3big, NOW, { chunkSize: 1 })).rejects.toThrow('quota');
    expect(seenMidway).toEqual([2, 'confirmed']);
    expect((await activeListInfo(db))?.version).toBe(2);
    expect((await lookupInDb(db, 'scam.example', NOW))?.match.entry?.status).toBe('confirmed');
    expect((await lookupInDb(db, 'new.example', NOW))?.match).toEqual({});
    vi.restoreAllMocks();
    expect(await importList(db, v3big, NOW, { chunkSize: 1 })).toMatchObject({ ok: true });
    expect((await db.listEntries.toCollection().primaryKeys()).every((k) => String(k).startsWith('3:b'))).toBe(true);
    expect(await slotCount(db)).toBe(6);
    expect((await lookupInDb(db, 'scam.example', NOW))?.match).toEqual({});
    expect((await db.listMeta.get(LIST_META.importing))).toBeUndefined();
    db.close();
  });

  it('bucketOf is 32-bit FNV-1a, and its source text stands alone (scripts/bench/seed-list.ts evaluates it)', () => {
    // Published FNV-1a test vectors (ASCII: UTF-16 code units are the bytes); mod 2^32 leaves the hash whole.
    expect(bucketOf('', 2 ** 32)).toBe(0x811c9dc5);
    expect(bucketOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(bucketOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    const fromSource = new Function(`return (${bucketOf.toString()});`)() as typeof bucketOf;
    for (const key of ['', 'scam.example', 'a.b.c.www.scam.example', 'xn--fiqs8s.example', '卡盟.example', 'shop-zz.test']) {
      expect(fromSource(key, LIST_BUCKETS)).toBe(bucketOf(key, LIST_BUCKETS));
      expect(bucketOf(key, LIST_BUCKETS)).toBeLessThan(LIST_BUCKETS);
    }
  });
});
