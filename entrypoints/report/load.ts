// What the report page opens with: a saved report (`?id=N`, from the records page), or a new one pre-filled from
// the tab's verdict (`?tabId=N&kind=report|appeal`).
import { guessCategory, reportEvidence } from '../../lib/core/report';
import { payeeFromSignals, type ShotMeta } from '../../lib/core/report-fields';
import type { Report, ReportDraft } from '../../lib/core/types';
import { request } from '../../lib/messaging/client';
import { send, targetTabId } from '../_shared/page-env';

export type Loaded =
  | { phase: 'missing'; why: 'no-verdict' | 'missing-saved' }
  | { phase: 'ready'; draft: ReportDraft; id: number | null; shots: ShotMeta[]; payeePrefilled: boolean };

export async function loadReport(search: string): Promise<Loaded> {
  const params = new URLSearchParams(search);
  const idParam = params.get('id');
  if (idParam !== null) {
    const id = /^\d{1,9}$/.test(idParam) ? Number(idParam) : 0;
    const saved = id > 0 ? await request(send, 'report/get', { id }) : null;
    return saved ? { phase: 'ready', draft: draftOf(saved), id: saved.id, shots: saved.screenshots ?? [], payeePrefilled: false } : { phase: 'missing', why: 'missing-saved' };
  }
  const kind = params.get('kind') === 'appeal' ? 'appeal' : 'report';
  const tabId = await targetTabId();
  const verdict = tabId === null ? null : await request(send, 'verdict/get', { tabId });
  if (!verdict || !verdict.domain) return { phase: 'missing', why: 'no-verdict' };
  const base = { kind, domain: verdict.domain, url: verdict.url, includeUrl: false, text: '' } as const;
  if (kind === 'appeal') return { phase: 'ready', draft: { ...base, category: 'other', evidence: [] }, id: null, shots: [], payeePrefilled: false };
  const payee = payeeFromSignals(verdict.signals);
  return {
    phase: 'ready',
    draft: { ...base, category: guessCategory(verdict.signals), evidence: reportEvidence(verdict.signals), amount: '', payee, orderNo: '', paidAt: '' },
    id: null,
    shots: [],
    payeePrefilled: payee !== '',
  };
}

function draftOf(r: Report): ReportDraft {
  const { id: _id, createdAt: _c, status: _s, screenshots: _shots, ...draft } = r;
  return draft;
}
