// The background's handlers behind the real server: a valid snapshot is analysed, stored per tab, recorded in
// history and shown on the toolbar; a forged or malformed one is rejected and nothing is stored.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../../entrypoints/background/handlers';
import { createRecordHandlers } from '../../entrypoints/background/handlers-records';
import { openAppDb } from '../../lib/db/app-db';
import { createServer } from '../../lib/messaging/server';
import type { PageSnapshot, Verdict } from '../../lib/core/types';
import type { DecodedQr } from '../../lib/detectors/page/context';
import { extractHtml, PAGE_FIXTURES } from '../helpers/fixtures';
import { memoryTabs } from './memory-tabs';

let n = 0;
function setup(decodeQr: (s: PageSnapshot) => Promise<DecodedQr[]> = async () => [], settings = DEFAULT_SETTINGS) {
  const db = openAppDb(`kadun-bg-${Date.now()}-${n++}`);
  const { store, tabs } = memoryTabs();
  const toolbar = new Map<number, { light: string; title: string }>();
  const handlers = createHandlers({
    db,
    now: () => 1_700_000_000_000,
    locale: () => 'zh-CN', settings: async () => settings,
    tabs: store,
    showLight: async (id, light, title) => void toolbar.set(id, { light, title }),
    requestSnapshot: async () => true,
    decodeQr,
  });
  const serve = createServer({ ...handlers, ...createRecordHandlers({ db, now: () => 1_700_000_000_000 }) }, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  return { db, tabs, toolbar, serve };
}

const shopHtml = readFileSync(join(PAGE_FIXTURES, 'shop-detected', 'match-dujiaoka-home.html'), 'utf8');
const sender = (tabId: number, url: string, frameId = 0) => ({ id: 'ext', url, frameId, tab: { id: tabId, url } });

describe('background handlers', () => {
  it('analyses a shop snapshot under the sender\'s URL, stores it, records history and sets the toolbar', async () => {
    const { db, tabs, toolbar, serve } = setup();
    const { snapshot } = extractHtml(shopHtml, 'https://cards.example/');
    // The payload claims another site; the verdict is filed under the sender's URL.
    const reply = await serve({ type: 'page/snapshot', payload: { snapshot: { ...snapshot, url: 'https://bank.example/' } } }, sender(4, 'https://cards.example/'));
    expect(reply.ok).toBe(true);
    const v = tabs.get(4)!;
    expect(v.url).toBe('https://cards.example/');
    expect(v.domain).toBe('cards.example');
    expect(v.isShop).toBe(true);
    expect(toolbar.get(4)?.light).toBe(v.light);
    expect(toolbar.get(4)?.title).toMatch(/[\u4e00-\u9fff]/);
    expect(await db.history.where('domain').equals('cards.example').count()).toBe(1);

    const got = await serve({ type: 'verdict/get', payload: { tabId: 4 } }, { id: 'ext', url: 'chrome-extension://ext/popup.html' });
    expect(got).toEqual({ ok: true, data: v });
  });

  it('does not record non-shop pages in history', async () => {
    const { db, tabs, serve } = setup();
    const { snapshot } = extractHtml('<html><body><p>博客</p></body></html>', 'https://blog.example/');
    await serve({ type: 'page/snapshot', payload: { snapshot } }, sender(5, 'https://blog.example/'));
    expect(tabs.get(5)?.light).toBe('grey');
    expect(await db.history.count()).toBe(0);
  });

  it('decodes QR codes before analysing, and still judges the page when decoding fails', async () => {
    const { snapshot } = extractHtml(shopHtml, 'https://cards.example/');
    const seen: PageSnapshot[] = [];
    const ok = setup(async (s) => {
      seen.push(s);
      return [];
    });
    await ok.serve({ type: 'page/snapshot', payload: { snapshot } }, sender(7, 'https://cards.example/'));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('https://cards.example/');

    const failing = setup(async () => Promise.reject(new Error('no OffscreenCanvas')));
    const reply = await failing.serve({ type: 'page/snapshot', payload: { snapshot } }, sender(8, 'https://cards.example/'));
    expect(reply.ok).toBe(true);
    expect(failing.tabs.get(8)?.isShop).toBe(true);
  });

  const { snapshot } = extractHtml(shopHtml, 'https://cards.example/');
  const page = 'https://cards.example/';
  it.each([
    ['a sub-frame', { type: 'page/snapshot', payload: { snapshot } }, sender(6, page, 2)],
    ['a malformed snapshot', { type: 'page/snapshot', payload: { snapshot: { ...snapshot, blocks: [{ id: -1 }] } } }, sender(6, page)],
    ['a payload naming another tab', { type: 'page/snapshot', payload: { snapshot, tabId: 9 } }, sender(6, page)],
    ['another extension', { type: 'page/snapshot', payload: { snapshot } }, { ...sender(6, page), id: 'other' }],
  ])('rejects %s and stores nothing', async (_n, message, from) => {
    const { db, tabs, toolbar, serve } = setup();
    const reply = await serve(message, from);
    expect(reply.ok).toBe(false);
    expect(tabs.size).toBe(0);
    expect(toolbar.size).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it('"only when I click": an automatic report is not judged; the request of the person is', async () => {
    const { db, tabs, toolbar, serve } = setup(undefined, { ...DEFAULT_SETTINGS, autoCheck: 'click' });
    const { snapshot } = extractHtml(shopHtml, 'https://cards.example/');
    const auto = await serve({ type: 'page/snapshot', payload: { snapshot, trigger: 'auto' } }, sender(8, 'https://cards.example/'));
    expect(auto).toMatchObject({ ok: true, data: { light: 'grey', banner: null } });
    expect(tabs.size).toBe(0);
    expect(toolbar.size).toBe(0);
    expect(await db.history.count()).toBe(0);
    await serve({ type: 'page/snapshot', payload: { snapshot, trigger: 'request' } }, sender(8, 'https://cards.example/'));
    expect(tabs.get(8)?.isShop).toBe(true);
  });
});
