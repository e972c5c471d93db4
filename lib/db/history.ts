import type { Verdict } from '../core/types';
import type { AppDb } from './app-db';
import { overrideRowSchema } from './rows';

/** Keeps the newest verdict per domain and URL; at most `keep` rows per domain so a busy shop cannot grow the DB. */
export async function recordVerdict(db: AppDb, verdict: Verdict, keep = 20): Promise<void> {
  await db.transaction('rw', db.history, async () => {
    await db.history.add({ domain: verdict.domain, url: verdict.url, light: verdict.light, checkedAt: verdict.checkedAt, verdict });
    const rows = await db.history.where('domain').equals(verdict.domain).sortBy('checkedAt');
    const extra = rows.length - keep;
    if (extra > 0) await db.history.bulkDelete(rows.slice(0, extra).map((r) => r.id!));
  });
}

export async function overrideFor(db: AppDb, domain: string): Promise<'trusted' | 'blocked' | null> {
  const parsed = overrideRowSchema.safeParse(await db.overrides.get(domain));
  return parsed.success ? parsed.data.kind : null;
}
