// In-memory lookup for the background service worker. The worker dies and wakes (style.md rule 7), so nothing here
// is the truth: Dexie is. After a wake the first lookups go to Dexie (a few key gets each) while the compiled Map is
// rebuilt once in the background; later lookups are synchronous Map gets. Lists too large to hold in memory stay
// in Dexie, with a small memo of recent answers.
import type { AppDb } from '../db/app-db';
import type { CompiledList } from './lookup';
import { activeListInfo, loadCompiled, lookupInDb, type DbMatch, type StoredListInfo } from './store';

export type ListCache = {
  lookup(domain: string, now: number): Promise<DbMatch | null>;
  /** Call after importList (or when the active list may have changed): the next lookup rebuilds. */
  invalidate(): void;
};

export function createListCache(db: AppDb, opts: { maxInMemory?: number; memoSize?: number; onError?: (err: unknown) => void } = {}): ListCache {
  const maxInMemory = opts.maxInMemory ?? 100_000;
  const memoSize = opts.memoSize ?? 256;
  let compiled: { list: CompiledList; info: StoredListInfo } | null = null;
  let building: Promise<void> | null = null;
  let generation = 0;
  const memo = new Map<string, DbMatch>();

  const build = (gen: number) => (async () => {
    const info = await activeListInfo(db);
    if (!info || info.counts.entries + info.counts.allow > maxInMemory) return;
    const list = await loadCompiled(db, info.importedAt);
    if (list && gen === generation) compiled = { list, info };
  })().catch((err) => opts.onError?.(err));

  return {
    async lookup(domain, now) {
      if (compiled) return { match: compiled.list.match(domain, now), info: compiled.info };
      building ??= build(generation);
      const memoKey = `${Math.floor(now / 3_600_000)}|${domain}`; // expiry is per day: an hour-old answer is fine
      const hit = memo.get(memoKey);
      if (hit) return hit;
      const answer = await lookupInDb(db, domain, now);
      if (answer) {
        if (memo.size >= memoSize) memo.delete(memo.keys().next().value!);
        memo.set(memoKey, answer);
      }
      return answer;
    },
    invalidate() {
      generation++;
      compiled = null;
      building = null;
      memo.clear();
    },
  };
}
