// The domains the active list marks `confirmed` (and not expired at `now`): what the interstitial's prefilter
// (lib/core/gate-filter.ts) is built from, once per imported list. One pass over the active version's rows in the
// layout lib/risk-list/store.ts writes (bucket rows, or one row per domain for lists stored by older builds).
import type { AppDb } from '../db/app-db';
import { isExpired } from './format';
import type { ListSlot } from './lookup';
import { activeListInfo, eachActiveRow, type StoredListInfo } from './store';

export async function confirmedDomains(db: AppDb, now: number): Promise<{ info: StoredListInfo; domains: string[] } | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const prefix = `${info.version}:`;
  const domains: string[] = [];
  const take = (domain: string, slot: ListSlot | undefined) => {
    if (slot?.entry?.status === 'confirmed' && !isExpired(slot.entry, now)) domains.push(domain);
  };
  await eachActiveRow(db, info, (row) => {
    if (info.buckets) for (const [domain, slot] of Object.entries(row.entry as Record<string, ListSlot>)) take(domain, slot);
    else take(row.domain.slice(prefix.length), row.entry as ListSlot);
  });
  return { info, domains };
}
