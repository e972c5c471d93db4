// The assisted official check's handlers behind the real server, with fake-indexeddb: only the MIIT page may ask for
// the pending domain or hand in records; records for another site are dropped; "no record" counts only as the page's
// explicit answer to the person's own query of exactly this domain; and what is kept is what the provider reads.
import { describe, expect, it } from 'vitest';
import { createIcpAssistHandlers, MIIT_QUERY_URL, PENDING_KEY, PENDING_MS } from '../../entrypoints/background/handlers-icp-assist';
import type { IcpRecord, Verdict } from '../../lib/core/types';
import { openAppDb } from '../../lib/db/app-db';
import { request } from '../../lib/messaging/client';
import { createServer } from '../../lib/messaging/server';
import { lookupStore as dexieLookupStore } from '../../lib/db/lookups';
import { createAssistedProvider, ICP_ASSISTED_POLICY } from '../../lib/providers/icp-assisted';

const T0 = 1_700_000_000_000;
const SHOP_TAB = 4;
const MIIT_TAB = 9;
let n = 0;

function setup(verdictDomain = 'cards.example') {
  const db = openAppDb(`kadun-assist-${Date.now()}-${n++}`);
  const clock = { now: T0 };
  const opened: string[] = [];
  const rechecked: number[] = [];
  const store = dexieLookupStore(db);
  const handlers = createIcpAssistHandlers({
    db, store, now: () => clock.now, locale: () => 'zh-CN',
    loadTabVerdict: async (tabId) => (tabId === SHOP_TAB ? ({ domain: verdictDomain } as Verdict) : null),
    requestSnapshot: async (tabId) => (rechecked.push(tabId), true),
    openTab: async (url) => (opened.push(url), MIIT_TAB),
  });
  const serve = createServer(handlers, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  const fromPopup = (m: unknown) => serve(m, { id: 'ext', url: 'chrome-extension://ext/popup.html?tabId=4' });
  const fromTab = (url: string, tabId = MIIT_TAB) => (m: unknown) => serve(m, { id: 'ext', url, frameId: 0, tab: { id: tabId, url } });
  const fromMiit = fromTab('https://beian.miit.gov.cn/#/Integrated/lastQuery');
  const provider = createAssistedProvider({ store, now: () => clock.now });
  return { db, clock, opened, rechecked, fromPopup, fromTab, fromMiit, provider };
}

const record = (over: Partial<IcpRecord> = {}): IcpRecord => ({
  unitName: '某某科技有限公司', natureName: '企业', serviceLicence: '京ICP备2021012345号-1', mainLicence: '京ICP备2021012345号',
  domain: 'cards.example', updateRecordTime: '2021-06-18', limitAccess: '否', ...over,
});

describe('icp/assist-open', () => {
  it('remembers the tab\'s site as pending (in Dexie: a restarted worker still knows) and opens the MIIT query page', async () => {
    const { db, fromPopup, opened } = setup();
    expect(await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB })).toEqual({ opened: true });
    expect(opened).toEqual([MIIT_QUERY_URL]);
    const reopened = openAppDb(db.name);
    expect((await reopened.settings.get(PENDING_KEY))?.value).toEqual({ domain: 'cards.example', tabId: SHOP_TAB, openedAt: T0, assistTabId: MIIT_TAB });
  });

  it('opens nothing for a tab without a verdict or for an IP address', async () => {
    const a = setup();
    expect(await request(a.fromPopup, 'icp/assist-open', { tabId: 77 })).toEqual({ opened: false });
    const b = setup('127.0.0.1');
    expect(await request(b.fromPopup, 'icp/assist-open', { tabId: SHOP_TAB })).toEqual({ opened: false });
    expect([...a.opened, ...b.opened]).toEqual([]);
  });

  it('cannot be sent by a page', async () => {
    const { fromTab, opened } = setup();
    await expect(request(fromTab('https://cards.example/', SHOP_TAB), 'icp/assist-open', { tabId: SHOP_TAB })).rejects.toThrow(/content may not send/);
    expect(opened).toEqual([]);
  });
});

describe('icp/assist-pending', () => {
  it('tells the MIIT tab it opened which domain to fill in, with the notice in the person\'s language', async () => {
    const { fromPopup, fromMiit } = setup();
    expect(await request(fromMiit, 'icp/assist-pending', {})).toBeNull();
    await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    const reply = await request(fromMiit, 'icp/assist-pending', {});
    expect(reply?.domain).toBe('cards.example');
    expect(reply?.text.filled).toBe('卡盾已填入 cards.example，请自己完成验证码并查询；结果出现后卡盾会读取并保存。');
  });

  it('rejects any other origin, and answers null to another MIIT tab or after the pending query expired', async () => {
    const { fromPopup, fromTab, fromMiit, clock } = setup();
    await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    for (const url of ['https://cards.example/', 'http://beian.miit.gov.cn/', 'https://beian.miit.gov.cn.evil.example/', 'https://x.beian.miit.gov.cn/']) {
      await expect(request(fromTab(url), 'icp/assist-pending', {}), url).rejects.toThrow(/only the MIIT query page/);
    }
    expect(await request(fromTab('https://beian.miit.gov.cn/', 12), 'icp/assist-pending', {})).toBeNull();
    clock.now = T0 + PENDING_MS + 1;
    expect(await request(fromMiit, 'icp/assist-pending', {})).toBeNull();
  });
});

describe('icp/captured', () => {
  it('keeps this site\'s record, clears the pending query and asks the waiting tab to report again', async () => {
    const { db, fromPopup, fromMiit, rechecked, provider, clock } = setup();
    await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    clock.now = T0 + 60_000;
    const other = record({ domain: 'other-shop.example', serviceLicence: '京ICP备2021012345号-2' });
    expect(await request(fromMiit, 'icp/captured', { query: 'cards.example', records: [other, record({ domain: 'www.cards.example' })] })).toEqual({ stored: 1, rechecked: 1 });
    expect(rechecked).toEqual([SHOP_TAB]);
    expect(await db.settings.get(PENDING_KEY)).toBeUndefined();
    expect(await provider.lookup('cards.example')).toEqual({ status: 'found', data: record({ domain: 'www.cards.example' }), fetchedAt: T0 + 60_000 });
    expect(await provider.lookup('other-shop.example')).toEqual({ status: 'unavailable', reason: 'not-in-records' });
    clock.now = T0 + 60_000 + ICP_ASSISTED_POLICY.foundMs;
    expect(await provider.lookup('cards.example')).toEqual({ status: 'unavailable', reason: 'not-in-records' });
  });

  it('from a non-MIIT sender is rejected and stores nothing', async () => {
    const { db, fromPopup, fromTab, rechecked, provider } = setup();
    await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    const forged = { query: 'cards.example', records: [record()] };
    await expect(request(fromTab('https://cards.example/pay', SHOP_TAB), 'icp/captured', forged)).rejects.toThrow(/only the MIIT query page/);
    await expect(request(fromTab('https://beian.miit.gov.cn.cards.example/'), 'icp/captured', forged)).rejects.toThrow(/only the MIIT query page/);
    await expect(request(fromPopup, 'icp/captured', forged)).rejects.toThrow(/extension may not send/);
    expect(await db.lookups.count()).toBe(0);
    expect(rechecked).toEqual([]);
    expect(await provider.lookup('cards.example')).toEqual({ status: 'unavailable', reason: 'not-in-records' });
    expect(await db.settings.get(PENDING_KEY)).toBeDefined();
  });

  it('drops records for another domain and keeps waiting', async () => {
    const { db, fromPopup, fromMiit, rechecked } = setup();
    await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    const reply = await request(fromMiit, 'icp/captured', { query: '某某科技有限公司', records: [record({ domain: 'cards.example.cn' }), record({ domain: 'notcards.example' })] });
    expect(reply).toEqual({ stored: 0, rechecked: 0 });
    expect(await db.lookups.count()).toBe(0);
    expect(rechecked).toEqual([]);
    expect(await db.settings.get(PENDING_KEY)).toBeDefined();
  });

  it('takes a row without a domain column as this site\'s only when the person searched exactly this domain', async () => {
    const a = setup();
    await request(a.fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    expect(await request(a.fromMiit, 'icp/captured', { query: '某某科技有限公司', records: [record({ domain: '' })] })).toEqual({ stored: 0, rechecked: 0 });
    expect(await request(a.fromMiit, 'icp/captured', { query: ' Cards.Example ', records: [record({ domain: '' })] })).toEqual({ stored: 1, rechecked: 1 });
    expect(await a.provider.lookup('cards.example')).toMatchObject({ status: 'found', data: { domain: 'cards.example' } });
  });

  it('never keeps MIIT\'s "no record" (an IP ban shows the same table): the site stays unchecked, never not-filed', async () => {
    const { db, fromPopup, fromMiit, provider, rechecked } = setup();
    await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    expect(await request(fromMiit, 'icp/captured', { query: 'cards.example', records: [] })).toEqual({ stored: 0, rechecked: 0 });
    expect(await request(fromMiit, 'icp/captured', { query: 'other.example', records: [], noRecord: true })).toEqual({ stored: 0, rechecked: 0 });
    expect(await request(fromMiit, 'icp/captured', { query: 'cards.example', records: [], noRecord: true })).toEqual({ stored: 0, rechecked: 0 });
    expect(await db.lookups.count()).toBe(0);
    expect(await provider.lookup('cards.example')).toEqual({ status: 'unavailable', reason: 'not-in-records' });
    expect(rechecked).toEqual([]);
    // The query stays pending: the person can search again once MIIT answers properly.
    expect(await db.settings.get(PENDING_KEY)).toBeDefined();
  });

  it('reads a "not-found" row kept by an older version as unchecked, not as not-filed', async () => {
    const { db, provider } = setup();
    await db.lookups.put({ key: 'icp-assisted:cards.example', source: 'icp-assisted', domain: 'cards.example', result: { status: 'not-found', fetchedAt: T0 }, storedAt: T0, expiresAt: T0 + 86_400_000 });
    expect(await provider.lookup('cards.example')).toEqual({ status: 'unavailable', reason: 'not-in-records' });
  });

  it('does nothing without a pending query (nobody asked, or it was answered already)', async () => {
    const { db, fromMiit } = setup();
    expect(await request(fromMiit, 'icp/captured', { query: 'cards.example', records: [record()] })).toEqual({ stored: 0, rechecked: 0 });
    expect(await db.lookups.count()).toBe(0);
  });

  it('rejects malformed records before any handler runs', async () => {
    const { fromPopup, fromMiit, db } = setup();
    await request(fromPopup, 'icp/assist-open', { tabId: SHOP_TAB });
    await expect(request(fromMiit, 'icp/captured', { query: 'cards.example', records: [{ unitName: 'x' } as IcpRecord] })).rejects.toThrow(/invalid icp\/captured/);
    expect(await db.lookups.count()).toBe(0);
  });
});
