// No navigation listener wakes the worker any more (docs/no-wake.md), so a tab's stored verdict may describe the
// page it showed before: verdict/get hands it out only when it belongs to the document the tab shows now (its
// content script says which, after reporting if it never did), a new document's first snapshot drops the old
// verdict, and closed tabs' entries are pruned when the worker wakes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../entrypoints/background/handlers';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { openAppDb } from '../../lib/db/app-db';
import { createServer } from '../../lib/messaging/server';
import { extractHtml, PAGE_FIXTURES } from '../helpers/fixtures';
import { memoryTabs } from './memory-tabs';

const red = extractHtml(readFileSync(join(PAGE_FIXTURES, 'illegal-goods', 'match-cheat-cards.html'), 'utf8'), 'https://b-shop.example/').snapshot;
const page = (url: string) => ({ id: 'ext', url, frameId: 0, tab: { id: 3, url } });
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

function setup(current: () => string | null) {
  const { store, tabs, area } = memoryTabs();
  const asked: number[] = [];
  const handlers = createHandlers({
    db: openAppDb(`kadun-doc-${Date.now()}-${Math.random()}`), now: () => 1_700_000_000_000, locale: () => 'zh-CN',
    settings: async () => DEFAULT_SETTINGS, tabs: store, showLight: async () => undefined, requestSnapshot: async () => true,
    currentDocument: async (tabId) => (asked.push(tabId), current()),
  });
  const serve = createServer(handlers, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  const snapshot = (doc: string) => serve({ type: 'page/snapshot', payload: { snapshot: red, doc: { id: doc, seq: 1 } } }, page('https://b-shop.example/'));
  const get = async () => ((await serve({ type: 'verdict/get', payload: { tabId: 3 } }, popup)) as { ok: true; data: { light: string } | null }).data;
  return { store, tabs, area, asked, snapshot, get };
}

describe('verdict/get and the document the tab shows', () => {
  it('gives the stored verdict only for the document that reported it', async () => {
    let shows: string | null = 'doc-aaaaaaaa';
    const { snapshot, get, asked, tabs } = setup(() => shows);
    await snapshot('doc-aaaaaaaa');
    expect(tabs.get(3)?.light).toBe('red');
    expect(await get()).toMatchObject({ light: 'red' });
    // The tab moved on to an ordinary page that never reported: the red verdict is not its verdict.
    shows = 'doc-bbbbbbbb';
    expect(await get()).toBeNull();
    // The tab shows a page KaDun does not run on (a browser page): nothing.
    shows = null;
    expect(await get()).toBeNull();
    expect(asked).toEqual([3, 3, 3]);
  });

  it("a new document's first snapshot drops the tab's old verdict at once", async () => {
    const { store, tabs, snapshot } = setup(() => null);
    await snapshot('doc-aaaaaaaa');
    expect(tabs.get(3)?.light).toBe('red');
    // A newer snapshot of the same document keeps it until its own verdict replaces it.
    await store.claim(3, { id: 'doc-aaaaaaaa', seq: 2 }, 'https://a.example/');
    expect(tabs.get(3)?.light).toBe('red');
    await store.claim(3, { id: 'doc-bbbbbbbb', seq: 1 }, 'https://b.example/');
    expect(tabs.get(3)).toBeUndefined();
    expect(await store.documentOf(3)).toBe('doc-bbbbbbbb');
    expect(await store.documentOf(4)).toBeNull();
  });

  it('forgets closed tabs (pruned on a wake, no onRemoved listener) and keeps open ones and other keys', async () => {
    const { store, area } = setup(() => null);
    await area.set({ 'tab:3': {}, 'doc:3': {}, 'tab:4': {}, 'doc:4': {}, 'tab:12': {}, 'other:4': 1 });
    await store.retain(async () => {
      await area.set({ 'doc:20': {} }); // a tab opened while the worker asked: its claim is not taken for a closed tab's
      return [3];
    });
    expect([...area.data.keys()].sort()).toEqual(['doc:20', 'doc:3', 'other:4', 'tab:3']);
  });
});
