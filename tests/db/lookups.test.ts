// The lookup cache's bound (LOOKUP_BOUND): expired beyond any stale window, older than the age cap, or beyond the
// newest maxRows go; rows are read back through zod; the prune alarm is created once.
import { describe, expect, it } from 'vitest';
import { openAppDb, SCHEMA_VERSIONS } from '../../lib/db/app-db';
import { ensurePruneAlarm, LOOKUP_BOUND, lookupStore, pruneLookups } from '../../lib/db/lookups';

const DAY = 86_400_000;
const NOW = 1_700_000_000_000;
let n = 0;
const fresh = () => openAppDb(`kadun-lookups-${Date.now()}-${n++}`);
const row = (key: string, storedAt: number, expiresAt: number) => ({ key, source: 'rdap', domain: `${key}.example`, result: { status: 'found' }, storedAt, expiresAt });

describe('lookup cache', () => {
  it('prunes by expiry beyond the stale window and by age, keeps what a policy may still serve', async () => {
    const db = fresh();
    await db.lookups.bulkPut([
      row('fresh', NOW - DAY, NOW + DAY),
      row('stale-usable', NOW - 5 * DAY, NOW - 6 * DAY + 1), // within 7 days of stale-while-revalidate
      row('expired', NOW - 20 * DAY, NOW - 8 * DAY),
      row('ancient', NOW - 101 * DAY, NOW + 400 * DAY), // a far expiry does not keep a row past the age cap
    ]);
    expect(await pruneLookups(db, NOW)).toBe(2);
    expect((await db.lookups.toArray()).map((r) => r.key).sort()).toEqual(['fresh', 'stale-usable']);
  });

  it('keeps at most maxRows rows, the newest', async () => {
    const db = fresh();
    await db.lookups.bulkPut(Array.from({ length: 30 }, (_, i) => row(`k${String(i).padStart(2, '0')}`, NOW - (30 - i) * 1000, NOW + DAY)));
    expect(await pruneLookups(db, NOW, { ...LOOKUP_BOUND, maxRows: 10 })).toBe(20);
    expect((await db.lookups.orderBy('storedAt').primaryKeys())).toEqual(Array.from({ length: 10 }, (_, i) => `k${i + 20}`));
  });

  it('reads rows through their schema: a malformed row is a miss', async () => {
    const db = fresh();
    const store = lookupStore(db);
    await store.put(row('ok', NOW, NOW + DAY));
    await db.lookups.put({ ...row('bad', NOW, NOW + DAY), expiresAt: 'tomorrow' as unknown as number });
    expect((await store.get('ok'))?.domain).toBe('ok.example');
    expect(await store.get('bad')).toBeUndefined();
  });

  it('a v1 cache upgrades to v2 and its rows are pruned by age (the storedAt index)', async () => {
    const name = `kadun-lookups-up-${Date.now()}`;
    const v1 = openAppDb(name, SCHEMA_VERSIONS.findIndex((v) => v.version === 1) + 1);
    await v1.open();
    await v1.table('lookups').bulkPut([row('old', NOW - 200 * DAY, NOW + 400 * DAY), row('new', NOW, NOW + DAY)]);
    v1.close();
    const db = openAppDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await pruneLookups(db, NOW)).toBe(1);
    expect(await db.lookups.orderBy('storedAt').primaryKeys()).toEqual(['new']);
  });

  it('creates the prune alarm once', async () => {
    const made: Array<[string, unknown]> = [];
    const alarms = { get: async (name: string) => made.find(([n]) => n === name), create: (name: string, info: unknown) => void made.push([name, info]) };
    await ensurePruneAlarm(alarms);
    await ensurePruneAlarm(alarms);
    expect(made).toEqual([[LOOKUP_BOUND.alarm, { delayInMinutes: 5, periodInMinutes: LOOKUP_BOUND.everyMinutes }]]);
  });
});
