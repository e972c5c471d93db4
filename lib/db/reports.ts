// Reports, appeals, overrides and history: the person's own records. Written in one transaction each, so a
// report survives a service-worker or browser restart as soon as `saveReport` resolves.
import type { HistoryEntry, Report, ReportDraft } from '../core/types';
import type { AppDb } from './app-db';
import { historyRowSchema, overrideRowSchema, parsedRows, reportRowSchema } from './rows';

export async function saveReport(db: AppDb, draft: ReportDraft, now: number): Promise<number> {
  return db.transaction('rw', db.reports, db.overrides, async () => {
    const id = await db.reports.add({ ...draft, createdAt: now, status: 'kept' });
    // An appeal ("此网站是正规的") is also the person's own decision about the site.
    if (draft.kind === 'appeal') await db.overrides.put({ domain: draft.domain, kind: 'trusted', setAt: now });
    return id as number;
  });
}

export async function listReports(db: AppDb): Promise<Report[]> {
  return parsedRows(reportRowSchema, await db.reports.orderBy('createdAt').reverse().toArray());
}

export async function setReportStatus(db: AppDb, id: number, status: Report['status']): Promise<boolean> {
  return (await db.reports.update(id, { status })) === 1;
}

export async function setOverride(db: AppDb, domain: string, kind: 'trusted' | 'blocked' | null, now: number): Promise<void> {
  if (kind === null) await db.overrides.delete(domain);
  else await db.overrides.put({ domain, kind, setAt: now });
}

export async function listOverrides(db: AppDb) {
  return parsedRows(overrideRowSchema, await db.overrides.orderBy('domain').toArray());
}

export async function listHistory(db: AppDb, limit: number): Promise<HistoryEntry[]> {
  const rows = parsedRows(historyRowSchema, await db.history.orderBy('checkedAt').reverse().limit(limit).toArray());
  return rows.map((r) => ({
    id: r.id, domain: r.domain, url: r.url, light: r.light, checkedAt: r.checkedAt,
    headline: r.verdict.headline, signals: r.verdict.signals.map(({ id, severity, params }) => ({ id, severity, params })),
  }));
}

export async function exportAll(db: AppDb, now: number) {
  const [history, reports, overrides] = await Promise.all([listHistory(db, 10_000), listReports(db), listOverrides(db)]);
  return { app: 'kadun', exportedAt: new Date(now).toISOString(), history, reports, overrides };
}

export async function clearHistory(db: AppDb): Promise<void> {
  await db.history.clear();
}
