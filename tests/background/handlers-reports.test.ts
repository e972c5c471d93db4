// The report page's messages through the real server with fake-indexeddb: autosave (one row, never an override),
// the appeal's submit, screenshots kept as Blobs with their caps, and what the export says about them.
import { describe, expect, it } from 'vitest';
import { createRecordHandlers } from '../../entrypoints/background/handlers-records';
import { REPORT_LIMITS } from '../../lib/core/report-fields';
import type { ReportDraft } from '../../lib/core/types';
import { openAppDb } from '../../lib/db/app-db';
import { request } from '../../lib/messaging/client';
import { createServer } from '../../lib/messaging/server';

let n = 0;
function setup() {
  const db = openAppDb(`kadun-rep-${Date.now()}-${n++}`);
  const changed: string[] = [];
  const handlers = createRecordHandlers({ db, now: () => 1_700_000_000_000, onOverrideChanged: async (d) => void changed.push(d) });
  const serve = createServer(handlers, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  const fromPage = (m: unknown) => serve(m, { id: 'ext', url: 'chrome-extension://ext/report.html' });
  const fromShop = (m: unknown) => serve(m, { id: 'ext', url: 'https://cards.example/', frameId: 0, tab: { id: 1 } });
  return { db, changed, fromPage, fromShop };
}

const draft: ReportDraft = {
  kind: 'report', domain: 'cards.example', url: 'https://cards.example/pay?o=1', includeUrl: false, category: 'personal-payment',
  text: '', evidence: [], amount: '', payee: 'wxp://f2f0AbC', orderNo: '', paidAt: '',
};
const bytes = Buffer.from('\x89PNG\r\n\x1a\n-not-really-decoded-here', 'binary');
const dataUrl = `data:image/png;base64,${bytes.toString('base64')}`;
const thumb = `data:image/jpeg;base64,${Buffer.alloc(90, 3).toString('base64')}`;

describe('report page handlers', () => {
  it('autosaves every change into one row, and a saved report reads back with its new fields', async () => {
    const { db, fromPage } = setup();
    const { id } = await request(fromPage, 'report/autosave', { draft });
    const again = await request(fromPage, 'report/autosave', { draft: { ...draft, amount: '98.50', orderNo: 'D1', paidAt: '2026-12-05T14:30' }, id });
    expect(again.id).toBe(id);
    expect(await db.reports.count()).toBe(1);
    expect(await request(fromPage, 'report/get', { id })).toMatchObject({ id, amount: '98.50', payee: 'wxp://f2f0AbC', orderNo: 'D1', status: 'kept' });
    expect(await request(fromPage, 'report/get', { id: id + 1 })).toBeNull();
  });

  it('refuses a bad amount, and an update that names another site', async () => {
    const { fromPage } = setup();
    expect((await fromPage({ type: 'report/autosave', payload: { draft: { ...draft, amount: '98元' } } })).ok).toBe(false);
    const { id } = await request(fromPage, 'report/autosave', { draft });
    const other = { ...draft, domain: 'other.example', url: 'https://other.example/' };
    expect((await fromPage({ type: 'report/autosave', payload: { draft: other, id } })).ok).toBe(false);
  });

  it('an autosaved appeal trusts nothing; submitting it trusts the site and updates the same row', async () => {
    const { db, fromPage, changed } = setup();
    const appeal: ReportDraft = { ...draft, kind: 'appeal', category: 'other', text: '有营业执照' };
    const { id } = await request(fromPage, 'report/autosave', { draft: appeal });
    expect(await request(fromPage, 'override/get', { domain: 'cards.example' })).toEqual({ kind: null });
    expect((await request(fromPage, 'report/save', { draft: appeal, id })).id).toBe(id);
    expect(await request(fromPage, 'override/get', { domain: 'cards.example' })).toEqual({ kind: 'trusted' });
    expect(changed).toEqual(['cards.example']);
    expect(await db.reports.count()).toBe(1);
  });

  it('keeps screenshots as Blobs, capped per report, and gives the image back as it came', async () => {
    const { db, fromPage, fromShop } = setup();
    const { id: reportId } = await request(fromPage, 'report/autosave', { draft });
    const add = () => request(fromPage, 'report/shot-add', { reportId, name: 'pay.png', type: 'image/png', dataUrl, thumb });
    const first = await add();
    expect(first).toMatchObject({ refused: null, shot: { name: 'pay.png', type: 'image/png', size: bytes.length, thumb } });
    expect((await db.reportShots.toArray())[0]!.blob).toBeInstanceOf(Blob);
    expect(await request(fromPage, 'report/shot-get', { shotId: first.shot!.id })).toEqual({ dataUrl });
    for (let i = 1; i < REPORT_LIMITS.shots; i++) expect((await add()).refused).toBeNull();
    expect(await add()).toEqual({ shot: null, refused: 'too-many' });
    expect((await request(fromPage, 'report/get', { id: reportId }))!.screenshots).toHaveLength(REPORT_LIMITS.shots);

    expect(await request(fromPage, 'report/shot-remove', { reportId: reportId + 1, shotId: first.shot!.id })).toEqual({ removed: false });
    expect(await request(fromPage, 'report/shot-remove', { reportId, shotId: first.shot!.id })).toEqual({ removed: true });
    expect(await request(fromPage, 'report/shot-add', { reportId: reportId + 5, name: 'x.png', type: 'image/png', dataUrl, thumb })).toEqual({ shot: null, refused: 'no-report' });
    // A shop page's content script can neither add nor read screenshots.
    expect((await fromShop({ type: 'report/shot-get', payload: { shotId: 2 } })).ok).toBe(false);
    expect((await fromShop({ type: 'report/shot-add', payload: { reportId, name: 'x.png', type: 'image/png', dataUrl, thumb } })).ok).toBe(false);
  });

  it('exports screenshots as name, type and size only, never the image', async () => {
    const { fromPage } = setup();
    const { id: reportId } = await request(fromPage, 'report/autosave', { draft: { ...draft, amount: '12' } });
    await request(fromPage, 'report/shot-add', { reportId, name: 'pay.png', type: 'image/png', dataUrl, thumb });
    const { json } = await request(fromPage, 'history/export', {});
    const [report] = JSON.parse(json).reports;
    expect(report).toMatchObject({ amount: '12', payee: 'wxp://f2f0AbC', screenshots: [{ name: 'pay.png', type: 'image/png', size: bytes.length }] });
    expect(json).not.toContain('base64');
  });
});
