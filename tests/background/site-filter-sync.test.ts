// The site filter's background half (entrypoints/background/site-filter-sync.ts, docs/no-wake.md): built from the
// active list (reported, confirmed and allow entries; not expired ones) and the person's overrides, rebuilt only for
// another list version or format, and the confirmed-only `gate:` keys of earlier builds removed.
import { describe, expect, it } from 'vitest';
import { ensureSiteFilter, syncSiteFilter } from '../../entrypoints/background/site-filter-sync';
import { filterKeysFor, filterLookup, FILTER_KEYS } from '../../lib/core/site-filter';
import { openAppDb } from '../../lib/db/app-db';
import { setOverride } from '../../lib/db/reports';
import { importList } from '../../lib/risk-list/store';
import { allowed, confirmed, entry, list, NOW } from '../risk-list/helpers';

const testList = list({
  version: 2,
  entries: [
    confirmed('scam-listed.test'),
    entry('reported-only.test'),
    confirmed('old-scam.test', { lastSeen: '2026-01-01', expires: '2026-02-01' }),
    confirmed('pay.cleared.test'),
  ],
  allow: [allowed('cleared.test', { kind: 'cleared' })],
});

let n = 0;
function memoryStorage() {
  const store: Record<string, unknown> = { 'gate:meta': { listVersion: 1 }, 'gate:s3': '\nabc\n', 'other:key': 1 };
  return {
    store,
    get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((k) => k in store).map((k) => [k, store[k]])),
    set: async (items: Record<string, unknown>) => void Object.assign(store, items),
    remove: async (keys: string | string[]) => [keys].flat().forEach((k) => delete store[k]),
  };
}

describe('site filter sync', () => {
  it('holds every live listed domain with its status and the overrides; rebuilt only for another version', async () => {
    const db = openAppDb(`kadun-filter-${Date.now()}-${n++}`);
    await importList(db, testList, NOW);
    await setOverride(db, 'blocked-by-me.example', 'blocked', NOW);
    const storage = memoryStorage();
    const hit = (host: string) => filterLookup(host, Object.fromEntries(filterKeysFor(host).map((k) => [k, storage.store[k]])));

    expect(await ensureSiteFilter(db, storage, NOW)).toMatchObject({ format: 1, listVersion: 2, domains: 5 });
    expect(hit('scam-listed.test')).toBe('confirmed');
    expect(hit('pay.cleared.test')).toBe('confirmed'); // the background still decides (allow precedence)
    expect(hit('reported-only.test')).toBe('listed');
    expect(hit('cleared.test')).toBe('listed'); // allow-listed: green even when no shop, so the page reports
    expect(hit('www.blocked-by-me.example')).toBe('listed'); // never confirmed: no full-page warning for an override
    expect(hit('old-scam.test')).toBeNull();
    expect(hit('news1.test')).toBeNull();
    // The earlier confirmed-only prefilter is gone; other keys are left alone.
    expect(Object.keys(storage.store).filter((k) => k.startsWith('gate:'))).toEqual([]);
    expect(storage.store['other:key']).toBe(1);

    expect(await ensureSiteFilter(db, storage, NOW)).toBeNull(); // same version and format: nothing to do
    storage.store[FILTER_KEYS.meta] = { ...(storage.store[FILTER_KEYS.meta] as object), format: 0 };
    expect(await ensureSiteFilter(db, storage, NOW)).toMatchObject({ format: 1 }); // another format: rebuilt

    await importList(db, list({ version: 3, entries: [] }), NOW);
    expect(await ensureSiteFilter(db, storage, NOW)).toMatchObject({ listVersion: 3, domains: 1 });
    expect(hit('scam-listed.test')).toBeNull();
    expect(hit('blocked-by-me.example')).toBe('listed');
    await setOverride(db, 'blocked-by-me.example', null, NOW);
    await syncSiteFilter(db, storage, NOW);
    expect(hit('blocked-by-me.example')).toBeNull();
    expect(await syncSiteFilter(openAppDb(`kadun-filter-empty-${n++}`), storage, NOW)).toBeNull(); // no list yet
  });
});
