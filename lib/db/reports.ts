// Reports, appeals, overrides and history: the person's own records. Written in one transaction each, so a
// report survives a service-worker or browser restart as soon as `saveReport` resolves.
import type { HistoryEntry, Report, ReportDraft } from '../core/types';
import type { AppDb } from './app-db';
import { historyRowSchema, overrideRowSchema, parsedRows, reportRowSchema } from './rows';
import { shotsByReport } from './report-shots';

/**
 * Creates the report, or updates report `id` (kind, domain and when it was made stay as first saved). `trust`: an
 * appeal the person submits also sets the site to trusted; an autosaved draft of one never does.
 */
export async function saveReport(db: AppDb, draft: ReportDraft, now: number, opts: { id?: number; trust?: boolean } = {}): Promise<number> {
  const trust = opts.trust ?? true;
  return db.transaction('rw', db.reports, db.overrides, async () => {
    const old = opts.id === undefined ? undefined : await db.reports.get(opts.id);
    if (opts.id !== undefined && (!old || old.domain !== draft.domain || old.kind !== draft.kind)) throw new Error('no such report');
    const id = old
      ? (await db.reports.put({ ...draft, id: old.id, createdAt: old.createdAt, status: old.status }), old.id!)
      : ((await db.reports.add({ ...draft, createdAt: now, status: 'kept' })) as number);
    // An appeal ("此网站是正规的") is also the person's own decision about the site.
    if (draft.kind === 'appeal' && trust) await db.overrides.put({ domain: draft.domain, kind: 'trusted', setAt: now });
    return id;
  });
}

export async function listReports(db: AppDb): Promise<Report[]> {
  return withShots(db, parsedRows(reportRowSchema, await db.reports.orderBy('createdAt').reverse().toArray()));
}

export async function getReport(db: AppDb, id: number): Promise<Report | null> {
  const [row] = parsedRows(reportRowSchema, [await db.reports.get(id)]);
  return row ? (await withShots(db, [row]))[0]! : null;
}

async function withShots(db: AppDb, reports: Report[]): Promise<Report[]> {
  const shots = await shotsByReport(db, reports.map((r) => r.id));
  return reports.map((r) => (shots.has(r.id) ? { ...r, screenshots: shots.get(r.id) } : r));
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
  // Screenshots go out as name, type and size only: an export is a readable record people pass on, and payment
  // screenshots hold account names and balances (and run to megabytes). The images stay here, on the report page.
  const described = reports.map(({ screenshots, ...r }) => ({
    ...r, screenshots: (screenshots ?? []).map(({ name, type, size, addedAt }) => ({ name, type, size, addedAt })),
  }));
  return { app: 'kadun', exportedAt: new Date(now).toISOString(), history, reports: described, overrides };
}

export async function clearHistory(db: AppDb): Promise<void> {
  await db.history.clear();
}
