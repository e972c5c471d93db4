// Every domain the active list names, with whether its entry is `confirmed`: what the site filter
// (lib/core/site-filter.ts) is built from, once per imported list. Reported and confirmed entries not expired at
// `now`, and allow entries (an allow-listed page reads green even when it is no shop, so it needs the background
// too). One pass over the active version's rows in the layout lib/risk-list/store.ts writes (bucket rows, or one
// row per domain for lists stored by older builds; after a delta, the rows it rewrote: store.ts eachActiveRow).
import type { AppDb } from '../db/app-db';
import { isExpired } from './format';
import type { ListSlot } from './lookup';
import { activeListInfo, eachActiveRow, type StoredListInfo } from './store';

export async function listedDomains(db: AppDb, now: number): Promise<{ info: StoredListInfo; domains: Array<[string, boolean]> } | null> {
  const info = await activeListInfo(db);
  if (!info) return null;
  const prefix = `${info.version}:`;
  const domains: Array<[string, boolean]> = [];
  const take = (domain: string, slot: ListSlot | undefined) => {
    const live = slot?.entry && !isExpired(slot.entry, now) ? slot.entry : undefined;
    if (live || slot?.allow) domains.push([domain, live?.status === 'confirmed']);
  };
  await eachActiveRow(db, info, (row) => {
    if (info.buckets) for (const [domain, slot] of Object.entries(row.entry as Record<string, ListSlot>)) take(domain, slot);
    else take(row.domain.slice(prefix.length), row.entry as ListSlot);
  });
  return { info, domains };
}
