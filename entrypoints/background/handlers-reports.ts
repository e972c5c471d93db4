// The report page's draft autosave, reopening a saved report and its screenshots (lib/messaging/contracts-report.ts).
// Screenshots are stored as Blobs in the extension's own database and never leave it.
import { siteKey } from '../../lib/core/domain';
import type { ReportDraft } from '../../lib/core/types';
import type { AppDb } from '../../lib/db/app-db';
import { getReport, saveReport } from '../../lib/db/reports';
import { addShot, removeShot, shotBlob, ShotRefused } from '../../lib/db/report-shots';
import type { Handlers } from '../../lib/messaging/server';
import { blobToDataUrl, dataUrlToBlob } from './data-url';

type ReportPageHandlers = Pick<Handlers, 'report/autosave' | 'report/get' | 'report/shot-add' | 'report/shot-remove' | 'report/shot-get'>;

/** The draft's domain as the key every lookup uses: the URL's registrable domain, or a registrable domain as given. */
export function reportDomain(draft: Pick<ReportDraft, 'url' | 'domain'>): string {
  if (siteKey(draft.url)?.domain === draft.domain) return draft.domain;
  const key = siteKey(`https://${draft.domain}/`);
  if (!key || key.domain !== draft.domain.toLowerCase()) throw new Error('not a registrable domain');
  return key.domain;
}

export function createReportPageHandlers(deps: { db: AppDb; now: () => number }) {
  const { db } = deps;
  return {
    async 'report/autosave'({ draft, id }) {
      return { id: await saveReport(db, { ...draft, domain: reportDomain(draft) }, deps.now(), { id, trust: false }) };
    },
    'report/get': ({ id }) => getReport(db, id),
    async 'report/shot-add'({ reportId, name, type, dataUrl, thumb }) {
      try {
        const shot = await addShot(db, reportId, { name, type, blob: dataUrlToBlob(dataUrl), thumb }, deps.now());
        return { shot, refused: null };
      } catch (err) {
        if (err instanceof ShotRefused) return { shot: null, refused: err.message as 'too-many' | 'too-big' | 'no-report' };
        throw err;
      }
    },
    async 'report/shot-remove'({ reportId, shotId }) {
      return { removed: await removeShot(db, reportId, shotId) };
    },
    async 'report/shot-get'({ shotId }) {
      const found = await shotBlob(db, shotId);
      return found ? { dataUrl: await blobToDataUrl(found.blob, found.type) } : null;
    },
  } satisfies ReportPageHandlers;
}
