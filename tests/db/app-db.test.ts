// Upgrade pattern: for every published schema version, a database created at that version with sample rows opens
// with the newest schema and keeps its rows. Add a case here with every new version(n).
import { describe, expect, it } from 'vitest';
import { openAppDb, SCHEMA_VERSIONS } from '../../lib/db/app-db';
import { overrideFor, recordVerdict } from '../../lib/db/history';
import { getReport, listHistory, listReports, saveReport } from '../../lib/db/reports';
import { addShot } from '../../lib/db/report-shots';
import { buildVerdict } from '../../lib/core/verdict';

let n = 0;
const freshName = () => `kadun-test-${Date.now()}-${n++}`;
const off = { state: 'off' as const };
const verdict = (checkedAt: number) => buildVerdict({
  url: 'https://shop.example/', domain: 'shop.example', isShop: true, signals: [], override: null, checkedAt, truncated: false,
  sources: { page: { state: 'ok' }, icp: off, rdap: off, list: off },
});

describe('app-db', () => {
  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))('a v%i database upgrades to the newest schema without losing rows', async (version) => {
    const name = freshName();
    const old = openAppDb(name, SCHEMA_VERSIONS.findIndex((v) => v.version === version) + 1);
    await old.open();
    await old.table('history').add({ domain: 'shop.example', url: 'https://shop.example/', light: 'amber', checkedAt: 5, verdict: verdict(5) });
    await old.table('reports').add({ kind: 'report', domain: 'shop.example', url: 'https://shop.example/', category: 'other', text: '收款码是个人的', evidence: [], createdAt: 5, status: 'kept' });
    old.close();
    const db = openAppDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.history.count()).toBe(1);
    expect((await db.reports.toArray())[0]!.text).toBe('收款码是个人的');
    db.close();
  });

  it('keeps a bounded history per domain, newest first', async () => {
    const db = openAppDb(freshName());
    for (let i = 0; i < 5; i++) await recordVerdict(db, verdict(i), 3);
    const rows = await listHistory(db, 10);
    expect(rows.map((r) => r.checkedAt)).toEqual([4, 3, 2]);
    expect(await overrideFor(db, 'shop.example')).toBeNull();
    await db.overrides.put({ domain: 'shop.example', kind: 'trusted', setAt: 1 });
    expect(await overrideFor(db, 'shop.example')).toBe('trusted');
  });

  it('a report saved before v3 (no amount, payee, order number, time or screenshots, no includeUrl) still reads', async () => {
    const name = freshName();
    const v2 = openAppDb(name, SCHEMA_VERSIONS.findIndex((v) => v.version === 2) + 1);
    await v2.open();
    await v2.table('reports').add({ kind: 'report', domain: 'shop.example', url: 'https://shop.example/p', category: 'other', text: '旧的举报', evidence: [], createdAt: 5, status: 'copied' });
    v2.close();
    const db = openAppDb(name);
    const [old] = await listReports(db);
    expect(old).toMatchObject({ text: '旧的举报', includeUrl: false, status: 'copied' });
    expect(old).not.toHaveProperty('amount');
    expect(old).not.toHaveProperty('screenshots');
    // The upgraded database takes the new fields and screenshots for that same report.
    await saveReport(db, { ...old!, amount: '30', payee: 'wxp://f2f0x' }, 6, { id: old!.id });
    await addShot(db, old!.id, { name: 'a.png', type: 'image/png', blob: new Blob([new Uint8Array(10)], { type: 'image/png' }), thumb: 'data:image/jpeg;base64,AA==' }, 7);
    expect(await getReport(db, old!.id)).toMatchObject({ amount: '30', createdAt: 5, status: 'copied', screenshots: [{ name: 'a.png', size: 10 }] });
    db.close();
  });
});
