// cached() over the real Dexie schema (fake-indexeddb): fresh, stale-while-revalidate, expired, and failures kept
// for minutes only.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openAppDb, type AppDb } from '../../lib/db/app-db';
import { cached, type LookupStore } from '../../lib/providers/cached';
import { lookupStore as dexieLookupStore } from '../../lib/db/lookups';
import { settingStore as dexieSettingStore } from '../../lib/db/settings-store';
import { createBootstrapSource, RDAP_CACHE_POLICY, type StoredBootstrap } from '../../lib/providers/rdap';
import type { LookupResult, Provider } from '../../lib/providers/types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 24, 12);
const D = 'kadun-test-shop.com';
let n = 0;
const freshDb = () => openAppDb(`kadun-cached-${Date.now()}-${n++}`);

type Answer = LookupResult<{ v: number }>;

/** A provider whose next answer the test sets; it records calls and whether it ran inside a Dexie transaction. */
function fakeProvider(first: Answer) {
  const state = { next: first, calls: 0, inTransaction: false, gate: undefined as Promise<void> | undefined };
  const provider: Provider<{ v: number }> = {
    id: 'fake',
    lookup: async () => {
      state.calls++;
      if (Dexie.currentTransaction) state.inTransaction = true;
      await state.gate;
      return state.next;
    },
  };
  return { provider, state };
}

function setup(first: Answer, db: AppDb = freshDb()) {
  let now = T0;
  const refreshes: Array<Promise<void>> = [];
  const { provider, state } = fakeProvider(first);
  const c = cached(provider, RDAP_CACHE_POLICY, dexieLookupStore(db), () => now, {
    dataSchema: z.object({ v: z.number() }),
    onRefresh: (p) => refreshes.push(p),
  });
  return { c, db, state, refreshes, at: (ms: number) => { now = T0 + ms; } };
}

const found = (v: number, fetchedAt = T0): Answer => ({ status: 'found', data: { v }, fetchedAt });

describe('cached()', () => {
  it('answers a fresh entry from the cache without asking, keyed provider:registrable-domain', async () => {
    const s = setup(found(1));
    expect(await s.c.lookup(D)).toEqual(found(1));
    s.at(3 * DAY - 1);
    expect(await s.c.lookup(`www.${D}`)).toEqual(found(1));
    expect(s.state.calls).toBe(1);
    expect(await s.db.lookups.get(`fake:${D}`)).toMatchObject({ source: 'fake', domain: D, storedAt: T0, expiresAt: T0 + 3 * DAY });
  });

  it('serves a stale entry at once, marked stale, and refreshes it in the background', async () => {
    const s = setup(found(1));
    await s.c.lookup(D);
    s.at(3 * DAY + HOUR);
    s.state.next = found(2, T0 + 3 * DAY + HOUR);
    let release!: () => void;
    s.state.gate = new Promise((r) => { release = r; });
    expect(await s.c.lookup(D)).toEqual({ ...found(1), stale: true });
    // A second lookup during the refresh shares it.
    expect(await s.c.lookup(D)).toEqual({ ...found(1), stale: true });
    release();
    await Promise.all(s.refreshes);
    expect(s.state.calls).toBe(2);
    expect(await s.c.lookup(D)).toEqual(found(2, T0 + 3 * DAY + HOUR));
    expect(s.state.calls).toBe(2);
    expect((await s.db.lookups.get(`fake:${D}`))?.result).not.toHaveProperty('stale');
  });

  it('a not-found is kept 6 h, then served stale while revalidating', async () => {
    const s = setup({ status: 'not-found', fetchedAt: T0 });
    await s.c.lookup(D);
    s.at(6 * HOUR - 1);
    expect(await s.c.lookup(D)).toEqual({ status: 'not-found', fetchedAt: T0 });
    s.at(6 * HOUR);
    expect(await s.c.lookup(D)).toEqual({ status: 'not-found', fetchedAt: T0, stale: true });
    await Promise.all(s.refreshes);
    expect(s.state.calls).toBe(2);
  });

  it('a failed refresh keeps the stale answer', async () => {
    const s = setup(found(1));
    await s.c.lookup(D);
    s.at(4 * DAY);
    s.state.next = { status: 'unavailable', reason: 'rate-limited' };
    expect(await s.c.lookup(D)).toMatchObject({ status: 'found', stale: true });
    await Promise.all(s.refreshes);
    expect(await s.c.lookup(D)).toMatchObject({ status: 'found', stale: true });
  });

  it('past stale-while-revalidate asks the network and waits for it', async () => {
    const s = setup(found(1));
    await s.c.lookup(D);
    s.at(3 * DAY + 7 * DAY);
    s.state.next = { status: 'unavailable', reason: 'timeout' };
    expect(await s.c.lookup(D)).toEqual({ status: 'unavailable', reason: 'timeout' });
    expect(s.state.calls).toBe(2);
    expect(s.refreshes).toHaveLength(0);
  });

  it('keeps an unavailable answer for minutes only, and never serves it stale', async () => {
    const s = setup({ status: 'unavailable', reason: 'server-error' });
    expect(await s.c.lookup(D)).toEqual({ status: 'unavailable', reason: 'server-error' });
    s.at(10 * MIN - 1);
    expect(await s.c.lookup(D)).toEqual({ status: 'unavailable', reason: 'server-error' });
    expect(s.state.calls).toBe(1);
    s.at(10 * MIN);
    s.state.next = found(3, T0 + 10 * MIN);
    expect(await s.c.lookup(D)).toEqual(found(3, T0 + 10 * MIN));
    expect(s.state.calls).toBe(2);
  });

  it.each(['aborted', 'offline', 'not-configured', 'backing-off'])('does not cache %s', async (reason) => {
    const s = setup({ status: 'unavailable', reason });
    await s.c.lookup(D);
    await s.c.lookup(D);
    expect(s.state.calls).toBe(2);
    expect(await s.db.lookups.count()).toBe(0);
  });

  it('never calls the provider inside a Dexie transaction', async () => {
    const s = setup(found(1));
    await s.c.lookup(D);
    s.at(5 * DAY);
    await s.c.lookup(D);
    await Promise.all(s.refreshes);
    s.at(30 * DAY);
    await s.c.lookup(D);
    expect(s.state.calls).toBe(3);
    expect(s.state.inTransaction).toBe(false);
  });

  it('treats a row of the wrong shape, or a broken store, as a miss', async () => {
    const s = setup(found(1));
    await s.db.lookups.put({ key: `fake:${D}`, source: 'fake', domain: D, result: { status: 'found', data: { v: 'old' }, fetchedAt: T0 }, storedAt: T0, expiresAt: T0 + DAY });
    expect(await s.c.lookup(D)).toEqual(found(1));
    const broken: LookupStore = { get: () => Promise.reject(new Error('db closed')), put: () => Promise.reject(new Error('db closed')) };
    const { provider } = fakeProvider(found(7));
    expect(await cached(provider, RDAP_CACHE_POLICY, broken, () => T0).lookup(D)).toEqual(found(7));
  });

  it('a throwing provider reads as unavailable', async () => {
    const throwing: Provider<unknown> = { id: 'bad', lookup: () => { throw new Error('bug'); } };
    expect(await cached(throwing, RDAP_CACHE_POLICY, dexieLookupStore(freshDb()), () => T0).lookup(D)).toEqual({ status: 'unavailable', reason: 'network' });
  });

});

describe('dexieSettingStore', () => {
  it('backs the RDAP bootstrap source with a settings row', async () => {
    const db = freshDb();
    const store = dexieSettingStore<StoredBootstrap>(db, 'rdapBootstrap');
    const copy = { version: '1.0', publication: '2026-11-20T00:00:00Z', services: [[['com'], ['https://rdap.verisign.com/com/v1/']]] };
    const refreshes: Array<Promise<void>> = [];
    const source = createBootstrapSource({
      deps: { now: () => T0, fetch: (async () => Response.json(copy)) as typeof fetch },
      bundled: () => undefined,
      store,
      onRefresh: (p) => refreshes.push(p),
    });
    expect((await source.get()).publication).toBe(copy.publication);
    await Promise.all(refreshes);
    expect(await db.settings.get('rdapBootstrap')).toEqual({ key: 'rdapBootstrap', value: { checkedAt: T0, bootstrap: copy } });
  });
});
