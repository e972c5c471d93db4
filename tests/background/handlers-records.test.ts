// Reports, appeals, overrides, history and settings through the real server with fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { createRecordHandlers } from '../../entrypoints/background/handlers-records';
import { createHandlers } from '../../entrypoints/background/handlers';
import { openAppDb } from '../../lib/db/app-db';
import { createServer } from '../../lib/messaging/server';
import { request } from '../../lib/messaging/client';
import type { ReportDraft } from '../../lib/core/types';
import { memoryTabs } from './memory-tabs';

let n = 0;
function setup() {
  const db = openAppDb(`kadun-rec-${Date.now()}-${n++}`);
  const changed: string[] = [];
  const page = createHandlers({
    db, now: () => 1, locale: () => 'zh-CN', settings: async () => DEFAULT_SETTINGS, tabs: memoryTabs().store,
    showLight: async () => {}, requestSnapshot: async () => true,
  });
  const records = createRecordHandlers({ db, now: () => 1_700_000_000_000, onOverrideChanged: async (d) => void changed.push(d) });
  const serve = createServer({ ...page, ...records }, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  const fromPopup = (m: unknown) => serve(m, { id: 'ext', url: 'chrome-extension://ext/report.html' });
  const fromPage = (m: unknown) => serve(m, { id: 'ext', url: 'https://cards.example/', frameId: 0, tab: { id: 1 } });
  return { db, changed, fromPopup, fromPage };
}

const draft: ReportDraft = {
  kind: 'report', domain: 'cards.example', url: 'https://cards.example/pay', includeUrl: false, category: 'personal-payment',
  text: '要求扫个人微信收款码', evidence: [{ signalId: 'payment-personal-qr', quote: 'wxp://…' }],
};

describe('record handlers', () => {
  it('saves a report that a new database connection (a restarted worker) reads back', async () => {
    const { db, fromPopup } = setup();
    const { id } = await request(fromPopup, 'report/save', { draft });
    db.close();
    const reopened = openAppDb(db.name);
    const rows = await reopened.reports.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, text: '要求扫个人微信收款码', status: 'kept', createdAt: 1_700_000_000_000 });
  });

  it('an appeal also trusts the site and re-checks its tabs', async () => {
    const { fromPopup, changed } = setup();
    await request(fromPopup, 'report/save', { draft: { ...draft, kind: 'appeal', category: 'other' } });
    expect(await request(fromPopup, 'override/get', { domain: 'cards.example' })).toEqual({ kind: 'trusted' });
    expect(changed).toEqual(['cards.example']);
  });

  it('sets and clears overrides only for registrable domains', async () => {
    const { fromPopup } = setup();
    await request(fromPopup, 'override/set', { domain: 'cards.example', kind: 'blocked' });
    expect(await request(fromPopup, 'override/get', { domain: 'cards.example' })).toEqual({ kind: 'blocked' });
    await request(fromPopup, 'override/set', { domain: 'cards.example', kind: null });
    expect(await request(fromPopup, 'override/get', { domain: 'cards.example' })).toEqual({ kind: null });
    await expect(request(fromPopup, 'override/set', { domain: 'a.cards.example', kind: 'trusted' })).rejects.toThrow(/registrable/);
  });

  it('pages cannot save reports, set overrides or read history', async () => {
    const { fromPage, db } = setup();
    for (const m of [
      { type: 'report/save', payload: { draft } },
      { type: 'override/set', payload: { domain: 'cards.example', kind: 'trusted' } },
      { type: 'history/export', payload: {} },
    ]) expect((await fromPage(m)).ok).toBe(false);
    expect(await db.reports.count()).toBe(0);
    expect(await db.overrides.count()).toBe(0);
  });

  it('exports everything as JSON and keeps settings validated', async () => {
    const { fromPopup } = setup();
    await request(fromPopup, 'report/save', { draft });
    const { json } = await request(fromPopup, 'history/export', {});
    const parsed = JSON.parse(json);
    expect(parsed.reports).toHaveLength(1);
    const s = await request(fromPopup, 'settings/get', {});
    expect(s.autoCheck).toBe('shops');
    const bad = await fromPopup({ type: 'settings/set', payload: { settings: { ...s, autoCheck: 'always' } } });
    expect(bad.ok).toBe(false);
    await request(fromPopup, 'settings/set', { settings: { ...s, autoCheck: 'click' } });
    expect((await request(fromPopup, 'settings/get', {})).autoCheck).toBe('click');
  });
});
