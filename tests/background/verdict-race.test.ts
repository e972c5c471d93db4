// Issue 10, "Verdict race": a verdict is stored only while the tab still shows the document it describes. Page A's
// lookups are slow (a gated fake list lookup), the tab moves to page B, B's red verdict is stored, then A's lookups
// finish: A's verdict must not overwrite B's, on the tab, the toolbar or the banner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../entrypoints/background/handlers';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { openAppDb } from '../../lib/db/app-db';
import { createServer } from '../../lib/messaging/server';
import { extractHtml, PAGE_FIXTURES } from '../helpers/fixtures';
import { memoryTabs } from './memory-tabs';

const fixture = (dir: string, file: string) => readFileSync(join(PAGE_FIXTURES, dir, file), 'utf8');
const red = extractHtml(fixture('illegal-goods', 'match-cheat-cards.html'), 'https://b-shop.example/').snapshot;
const other = extractHtml(fixture('shop-detected', 'match-dujiaoka-home.html'), 'https://a-shop.example/').snapshot;
const sender = (url: string) => ({ id: 'ext', url, frameId: 0, tab: { id: 3, url } });

function setup() {
  const { store, tabs } = memoryTabs();
  const toolbar: string[] = [];
  // The list lookup of a-shop.example hangs until released: the "slow lookup".
  let release = () => {};
  const slow = new Promise<void>((r) => (release = r));
  const handlers = createHandlers({
    db: openAppDb(`kadun-race-${Date.now()}-${Math.random()}`), now: () => 1_700_000_000_000, locale: () => 'zh-CN',
    settings: async () => DEFAULT_SETTINGS, tabs: store, showLight: async (_id, light) => void toolbar.push(light),
    requestSnapshot: async () => true,
    listLookup: async (url) => {
      if (url.includes('a-shop')) await slow;
      return null;
    },
  });
  const serve = createServer(handlers, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  return { serve, tabs, toolbar, store, release };
}

describe('a verdict is tied to its document', () => {
  it('a slow page A does not overwrite page B after the tab moved on', async () => {
    const { serve, tabs, toolbar, store, release } = setup();
    const a = serve({ type: 'page/snapshot', payload: { snapshot: other, doc: { id: 'doc-aaaaaaaa', seq: 1 } } }, sender('https://a-shop.example/'));
    await new Promise((r) => setTimeout(r, 20));
    await store.clear(3); // tabs.onUpdated: the tab is loading B
    const b = await serve({ type: 'page/snapshot', payload: { snapshot: red, doc: { id: 'doc-bbbbbbbb', seq: 1 } } }, sender('https://b-shop.example/'));
    expect(b).toMatchObject({ ok: true, data: { light: 'red' } });
    release();
    const late = await a;
    expect(late).toMatchObject({ ok: true, data: { banner: null } });
    expect(tabs.get(3)?.domain).toBe('b-shop.example');
    expect(tabs.get(3)?.light).toBe('red');
    expect(toolbar).toEqual(['red']);
  });

  it('without a navigation event too: the newest document wins, and a snapshot without a doc id still races safely', async () => {
    const { serve, tabs, release } = setup();
    const a = serve({ type: 'page/snapshot', payload: { snapshot: other } }, sender('https://a-shop.example/'));
    await new Promise((r) => setTimeout(r, 20));
    await serve({ type: 'page/snapshot', payload: { snapshot: red } }, sender('https://b-shop.example/'));
    release();
    await a;
    expect(tabs.get(3)?.domain).toBe('b-shop.example');
  });

  it('a newer snapshot of the same document wins over an older one that finishes later', async () => {
    const { serve, tabs, release } = setup();
    const url = 'https://a-shop.example/';
    const older = serve({ type: 'page/snapshot', payload: { snapshot: other, doc: { id: 'doc-aaaaaaaa', seq: 1 } } }, sender(url));
    await new Promise((r) => setTimeout(r, 20));
    // The same document, later (an SPA route change to a pay page on the same origin), answered first.
    const newer = { ...red, url: 'https://a-shop.example/pay' };
    const n = serve({ type: 'page/snapshot', payload: { snapshot: newer, doc: { id: 'doc-aaaaaaaa', seq: 2 } } }, sender(url));
    release();
    await Promise.all([older, n]);
    expect(tabs.get(3)?.url).toBe('https://a-shop.example/pay');
    // And an out-of-order older snapshot arriving after the newer one is not even analysed into the tab.
    await serve({ type: 'page/snapshot', payload: { snapshot: other, doc: { id: 'doc-aaaaaaaa', seq: 1 } } }, sender(url));
    expect(tabs.get(3)?.url).toBe('https://a-shop.example/pay');
  });
});
