// The page hid the in-page banner (the content script saw it covered, clipped or warped): the background says so on
// the toolbar and opens the reasons in an extension page, once per verdict; only for the tab's own red/amber verdict.
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
const plain = extractHtml('<html><body><p>博客</p></body></html>', 'https://blog.example/').snapshot;
const sender = (url: string) => ({ id: 'ext', url, frameId: 0, tab: { id: 5, url } });

function setup() {
  const { store, tabs } = memoryTabs();
  const warned: string[] = [];
  const opened: string[] = [];
  const handlers = createHandlers({
    db: openAppDb(`kadun-hidden-${Date.now()}-${Math.random()}`), now: () => 1_700_000_000_000, locale: () => 'zh-CN',
    settings: async () => DEFAULT_SETTINGS, tabs: store, showLight: async () => undefined, requestSnapshot: async () => true,
    warnHidden: async (_tab, title) => void warned.push(title),
    openPage: async (path) => void opened.push(path),
  });
  return { serve: createServer(handlers, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' }), tabs, warned, opened };
}

describe('banner/hidden', () => {
  it('warns on the toolbar and opens the reasons once per verdict', async () => {
    const { serve, tabs, warned, opened } = setup();
    await serve({ type: 'page/snapshot', payload: { snapshot: red } }, sender('https://b-shop.example/'));
    expect(tabs.get(5)?.light).toBe('red');
    const first = await serve({ type: 'banner/hidden', payload: { reason: 'covered' } }, sender('https://b-shop.example/'));
    expect(first).toEqual({ ok: true, data: { warned: true, opened: true } });
    expect(warned[0]).toMatch(/遮住/);
    expect(opened).toEqual(['/popup.html?tabId=5&view=page&hidden=1']);
    const again = await serve({ type: 'banner/hidden', payload: { reason: 'top-layer' } }, sender('https://b-shop.example/'));
    expect(again).toEqual({ ok: true, data: { warned: true, opened: false } });
    expect(opened).toHaveLength(1);
  });

  it('does nothing for a page without a warning, for another site than the verdict\'s, or for an unknown reason', async () => {
    const { serve, warned, opened } = setup();
    await serve({ type: 'page/snapshot', payload: { snapshot: plain } }, sender('https://blog.example/'));
    expect(await serve({ type: 'banner/hidden', payload: { reason: 'covered' } }, sender('https://blog.example/'))).toMatchObject({ data: { warned: false } });
    await serve({ type: 'page/snapshot', payload: { snapshot: red } }, sender('https://b-shop.example/'));
    expect(await serve({ type: 'banner/hidden', payload: { reason: 'covered' } }, sender('https://other.example/'))).toMatchObject({ data: { warned: false } });
    expect((await serve({ type: 'banner/hidden', payload: { reason: 'bored' } }, sender('https://b-shop.example/'))).ok).toBe(false);
    expect(warned).toEqual([]);
    expect(opened).toEqual([]);
  });
});
