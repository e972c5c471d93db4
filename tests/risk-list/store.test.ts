// The list in Dexie over fake-indexeddb (vitest setupFiles), a fresh database per test.
import { describe, expect, it } from 'vitest';
import { openAppDb } from '../../lib/db/app-db';
import { createListCache } from '../../lib/risk-list/cache';
import { activeListInfo, icpRecordInDb, importList, LIST_META, loadCompiled, lookupInDb } from '../../lib/risk-list/store';
import { allowed, confirmed, entry, list, NOW } from './helpers';

let n = 0;
const freshDb = () => openAppDb(`kadun-risk-list-test-${Date.now()}-${n++}`);

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
    expect(await db.listEntries.count()).toBe(3); // scam, reported, vendor (allow + icp in one row); gone not written
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
