// Handlers for the person's own records: reports and appeals, per-site overrides, history, settings.
// Extension pages only (the contracts say so; the server enforces it).
import { siteKey } from '../../lib/core/domain';
import type { AppDb } from '../../lib/db/app-db';
import { clearHistory, exportAll, listHistory, listOverrides, listReports, saveReport, setOverride, setReportStatus } from '../../lib/db/reports';
import { overrideFor } from '../../lib/db/history';
import { loadSettings, saveSettings } from '../../lib/db/settings-store';
import type { Handlers } from '../../lib/messaging/server';
import { createReportPageHandlers, reportDomain } from './handlers-reports';

export type RecordsDeps = { db: AppDb; now: () => number; onOverrideChanged?: (domain: string) => Promise<void> };

type RecordHandlers = Pick<Handlers,
  'report/save' | 'report/list' | 'report/set-status' | 'override/set' | 'override/get' | 'override/list' | 'history/list' | 'history/export'
  | 'history/clear' | 'settings/get' | 'settings/set'>;

/** A domain the person names must be a registrable domain: the key every verdict and list lookup uses. */
function registrable(domain: string): string {
  const key = siteKey(`https://${domain}/`);
  if (!key || key.domain !== domain.toLowerCase()) throw new Error('not a registrable domain');
  return key.domain;
}

export function createRecordHandlers(deps: RecordsDeps) {
  const { db } = deps;
  return {
    ...createReportPageHandlers(deps),
    async 'report/save'({ draft, id: draftId }) {
      const domain = reportDomain(draft);
      const id = await saveReport(db, { ...draft, domain }, deps.now(), { id: draftId });
      if (draft.kind === 'appeal') await deps.onOverrideChanged?.(domain);
      return { id };
    },
    'report/list': () => listReports(db),
    async 'report/set-status'({ id, status }) {
      return { updated: await setReportStatus(db, id, status) };
    },
    async 'override/set'({ domain, kind }) {
      const d = registrable(domain);
      await setOverride(db, d, kind, deps.now());
      await deps.onOverrideChanged?.(d);
      return { kind };
    },
    async 'override/get'({ domain }) {
      return { kind: await overrideFor(db, domain.toLowerCase()) };
    },
    'override/list': () => listOverrides(db),
    'history/list': ({ limit }) => listHistory(db, limit),
    async 'history/export'() {
      return { json: JSON.stringify(await exportAll(db, deps.now()), null, 2) };
    },
    async 'history/clear'() {
      await clearHistory(db);
      return { cleared: true };
    },
    'settings/get': () => loadSettings(db),
    'settings/set': ({ settings }) => saveSettings(db, settings),
  } satisfies RecordHandlers;
}
