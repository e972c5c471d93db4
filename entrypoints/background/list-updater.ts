// The background's part of keeping the community list current: the alarm schedule, and the Dexie tables the
// updater keeps its state and the list in. The updater itself (download, checks, back-off, state machine) is pure
// and lives in lib/risk-list/updater.ts.
import type { AppDb } from '../../lib/db/app-db';
import { activeListInfo, importList } from '../../lib/risk-list/store';
import { applyDeltaToDb } from '../../lib/risk-list/store-delta';
import { createListUpdaterCore, type ListUpdater, type ListUpdaterCoreDeps } from '../../lib/risk-list/updater';
import { LIST_UPDATE, type UpdaterStore } from '../../lib/risk-list/updater-state';

export { backoffMs, LIST_UPDATE, type ListStatus, type UpdateResult, type UpdateState } from '../../lib/risk-list/updater-state';
export type { ListUpdater } from '../../lib/risk-list/updater';

export type ListUpdaterDeps = Omit<ListUpdaterCoreDeps, 'store'> & { db: AppDb };

/** The updater's state in `listMeta` ('updateState'), the list itself in the list tables (lib/risk-list/store.ts). */
export function dexieUpdaterStore(db: AppDb): UpdaterStore {
  return {
    readState: async () => (await db.listMeta.get(LIST_UPDATE.stateKey))?.value,
    writeState: (state) => db.listMeta.put({ key: LIST_UPDATE.stateKey, value: state }),
    activeInfo: () => activeListInfo(db),
    importList: (list, now) => importList(db, list, now),
    applyDelta: (delta, now) => applyDeltaToDb(db, delta, now),
  };
}

export function createListUpdater({ db, ...deps }: ListUpdaterDeps): ListUpdater {
  return createListUpdaterCore({ ...deps, store: dexieUpdaterStore(db) });
}

type AlarmsApi = {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
};

/**
 * The schedule. On install (and extension update) the alarm is created afresh; on browser startup only when it is
 * missing (Chrome keeps alarms across restarts, Firefox does not), starting a minute later: re-creating it on every
 * startup would push its first firing 6 h away each time, and a browser used in short sessions would never update.
 * A scheduled check that comes too soon after the last one is skipped ('not-due'), so an extra firing costs nothing.
 */
export async function ensureListAlarm(alarms: AlarmsApi, reason: 'install' | 'startup'): Promise<void> {
  if (reason === 'startup' && (await alarms.get(LIST_UPDATE.alarm))) return;
  await alarms.create(LIST_UPDATE.alarm, {
    ...(reason === 'startup' ? { delayInMinutes: 1 } : {}),
    periodInMinutes: LIST_UPDATE.periodMinutes,
  });
}
