// Screenshots kept with a report: the image as a Blob in IndexedDB (never uploaded; the person attaches them to a
// 12321 form or hands them to the police), a small thumbnail beside it for lists. Capped per report in the same
// transaction that adds one, so two quick pastes cannot pass the cap together.
import { REPORT_LIMITS, shotMetaSchema, type ShotMeta } from '../core/report-fields';
import type { AppDb, ReportShotRow } from './app-db';
import { parsedRows } from './rows';

export type NewShot = Pick<ReportShotRow, 'name' | 'type' | 'blob' | 'thumb'>;

export class ShotRefused extends Error {}

export async function addShot(db: AppDb, reportId: number, shot: NewShot, now: number): Promise<ShotMeta> {
  if (shot.blob.size > REPORT_LIMITS.shotBytes) throw new ShotRefused('too-big');
  return db.transaction('rw', db.reports, db.reportShots, async () => {
    if (!(await db.reports.get(reportId))) throw new ShotRefused('no-report');
    if ((await db.reportShots.where('reportId').equals(reportId).count()) >= REPORT_LIMITS.shots) throw new ShotRefused('too-many');
    const row = { reportId, name: shot.name, type: shot.type, size: shot.blob.size, blob: shot.blob, thumb: shot.thumb, addedAt: now };
    const id = (await db.reportShots.add(row)) as number;
    return metaOf({ ...row, id });
  });
}

export async function removeShot(db: AppDb, reportId: number, shotId: number): Promise<boolean> {
  return db.transaction('rw', db.reportShots, async () => {
    if ((await db.reportShots.get(shotId))?.reportId !== reportId) return false;
    await db.reportShots.delete(shotId);
    return true;
  });
}

/** The thumbnails and sizes of each report's screenshots, oldest first. */
export async function shotsByReport(db: AppDb, reportIds: readonly number[]): Promise<Map<number, ShotMeta[]>> {
  const rows = await db.reportShots.where('reportId').anyOf([...reportIds]).toArray();
  const out = new Map<number, ShotMeta[]>();
  for (const row of rows.sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    const [meta] = parsedRows(shotMetaSchema, [metaOf(row)]);
    if (meta) out.set(row.reportId, [...(out.get(row.reportId) ?? []), meta]);
  }
  return out;
}

/** One full image, for the person to look at or save again. */
export async function shotBlob(db: AppDb, shotId: number): Promise<{ type: string; blob: Blob } | null> {
  const row = await db.reportShots.get(shotId);
  return row && row.blob instanceof Blob ? { type: row.type, blob: row.blob } : null;
}

function metaOf(row: ReportShotRow): ShotMeta {
  return { id: row.id!, name: row.name, type: row.type as ShotMeta['type'], size: row.size, thumb: row.thumb, addedAt: row.addedAt };
}
