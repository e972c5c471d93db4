// The one Dexie schema. Every version(n) is kept forever (Dexie needs the chain to upgrade old installs);
// tests/db/app-db.test.ts opens a database at each older version and upgrades it to the newest.
// Index only what is queried. Never fetch inside a transaction.
import Dexie, { type EntityTable } from 'dexie';
import type { Light, Report, Verdict } from '../core/types';

export type HistoryRow = {
  id?: number;
  domain: string;
  url: string;
  light: Light;
  checkedAt: number;
  verdict: Verdict;
};
export type LookupCacheRow = { key: string; source: string; domain: string; result: unknown; storedAt: number; expiresAt: number };
export type ReportRow = Omit<Report, 'id'> & { id?: number };
export type SettingRow = { key: string; value: unknown };
export type OverrideRow = { domain: string; kind: 'trusted' | 'blocked'; setAt: number };
export type ListEntryRow = { domain: string; entry: unknown };
export type ListMetaRow = { key: string; value: unknown };
export type ReportShotRow = { id?: number; reportId: number; name: string; type: string; size: number; blob: Blob; thumb: string; addedAt: number };

/** Schema versions, oldest first. Append; never edit or remove a published one. */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      history: '++id, domain, checkedAt',
      lookups: 'key, expiresAt',
      reports: '++id, domain, createdAt',
      settings: 'key',
      overrides: 'domain',
      listEntries: 'domain',
      listMeta: 'key',
    },
  },
  // v2: lookups indexed by storedAt, so pruning can keep the newest N rows (lib/db/lookups.ts LOOKUP_BOUND).
  { version: 2, stores: { lookups: 'key, expiresAt, storedAt' } },
  // v3: screenshots kept with a report, as Blobs (lib/db/report-shots.ts); looked up by report. Reports gained
  // optional fields (amount, payee, order number, time) that need no index, so old rows read as they are.
  { version: 3, stores: { reportShots: '++id, reportId' } },
];

export type AppDb = Dexie & {
  history: EntityTable<HistoryRow, 'id'>;
  lookups: EntityTable<LookupCacheRow, 'key'>;
  reports: EntityTable<ReportRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  overrides: EntityTable<OverrideRow, 'domain'>;
  listEntries: EntityTable<ListEntryRow, 'domain'>;
  listMeta: EntityTable<ListMetaRow, 'key'>;
  reportShots: EntityTable<ReportShotRow, 'id'>;
};

export const DB_NAME = 'kadun';

export function openAppDb(name = DB_NAME, upTo = SCHEMA_VERSIONS.length): AppDb {
  const db = new Dexie(name) as AppDb;
  for (const v of SCHEMA_VERSIONS.slice(0, upTo)) db.version(v.version).stores(v.stores);
  return db;
}
