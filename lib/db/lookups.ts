// The lookup cache (Dexie `lookups`): read back through zod, and bounded. Without pruning the cache grows by one row
// per site ever visited; `pruneLookups` runs on every worker start and on an alarm (entrypoints/background/index.ts).
import { z } from 'zod';
import type { AppDb, LookupCacheRow } from './app-db';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The stated bound. A row goes when no cache policy could still serve it (expired for longer than the longest
 * stale-while-revalidate window, 7 days), when it is older than `maxAgeMs` whatever its expiry says (the longest
 * policy keeps a person's own official check 90 days), and beyond the newest `maxRows` rows.
 */
export const LOOKUP_BOUND = { staleMs: 7 * DAY, maxAgeMs: 100 * DAY, maxRows: 5000, alarm: 'kadun-prune-lookups', everyMinutes: 6 * 60 } as const;

export const lookupCacheRowSchema = z.object({
  key: z.string().max(600),
  source: z.string().max(60),
  domain: z.string().max(260),
  result: z.unknown(),
  storedAt: z.number().finite(),
  expiresAt: z.number().finite(),
});

/** Get/put over the `lookups` table (the shape lib/providers/cached.ts expects). A malformed row reads as a miss. */
export function lookupStore(db: AppDb): { get(key: string): Promise<LookupCacheRow | undefined>; put(row: LookupCacheRow): Promise<void> } {
  return {
    async get(key) {
      const parsed = lookupCacheRowSchema.safeParse(await db.lookups.get(key));
      return parsed.success ? (parsed.data as LookupCacheRow) : undefined;
    },
    async put(row) {
      await db.lookups.put(lookupCacheRowSchema.parse(row) as LookupCacheRow);
    },
  };
}

/** Applies LOOKUP_BOUND at `now`; returns how many rows were deleted. */
export async function pruneLookups(db: AppDb, now: number, bound: { staleMs: number; maxAgeMs: number; maxRows: number } = LOOKUP_BOUND): Promise<number> {
  return db.transaction('rw', db.lookups, async () => {
    let deleted = await db.lookups.where('expiresAt').below(now - bound.staleMs).delete();
    deleted += await db.lookups.where('storedAt').below(now - bound.maxAgeMs).delete();
    const extra = (await db.lookups.count()) - bound.maxRows;
    if (extra > 0) {
      const oldest = await db.lookups.orderBy('storedAt').limit(extra).primaryKeys();
      await db.lookups.bulkDelete(oldest);
      deleted += oldest.length;
    }
    return deleted;
  });
}

/** The alarms calls the schedule needs (browser.alarms; a fake in tests). */
export type PruneAlarms = {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes: number }): Promise<void> | void;
};

/** Creates the periodic prune alarm unless it exists (alarms survive worker restarts, not always reinstalls). */
export async function ensurePruneAlarm(alarms: PruneAlarms): Promise<void> {
  if (await alarms.get(LOOKUP_BOUND.alarm)) return;
  await alarms.create(LOOKUP_BOUND.alarm, { delayInMinutes: 5, periodInMinutes: LOOKUP_BOUND.everyMinutes });
}
