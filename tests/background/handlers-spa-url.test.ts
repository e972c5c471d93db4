// After a single-page app's history.pushState, Chrome still reports the URL the document was loaded at as the
// sender's: the verdict is filed under the snapshot's URL when it is of the sender's origin, and under the sender's
// URL otherwise (docs/dynamic-pages.md, "The tab's verdict follows the URL").
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { createHandlers } from '../../entrypoints/background/handlers';
import { openAppDb } from '../../lib/db/app-db';
import { createServer } from '../../lib/messaging/server';
import { extractHtml } from '../helpers/fixtures';
import { memoryTabs } from './memory-tabs';

function setup() {
  const { store, tabs } = memoryTabs();
  const handlers = createHandlers({
    db: openAppDb(`kadun-bg-spa-${Date.now()}`),
    now: () => 1_700_000_000_000,
    locale: () => 'zh-CN',
    settings: async () => DEFAULT_SETTINGS,
    tabs: store,
    showLight: async () => undefined,
    requestSnapshot: async () => true,
  });
  const serve = createServer(handlers, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  return { tabs, serve };
}
const sender = (url: string) => ({ id: 'ext', url, frameId: 0, tab: { id: 7, url } });
const snapshotAt = (url: string) => extractHtml('<html><body><p>卡密 自动发货 售价 ￥9.9</p><button>立即购买</button></body></html>', url).snapshot;

describe('page/snapshot after a route change', () => {
  it('files the verdict under the snapshot URL of the same origin', async () => {
    const { tabs, serve } = setup();
    const r = await serve({ type: 'page/snapshot', payload: { snapshot: snapshotAt('https://cards.example/pay/123?x=1') } }, sender('https://cards.example/'));
    expect(r.ok).toBe(true);
    expect(tabs.get(7)?.url).toBe('https://cards.example/pay/123?x=1');
  });

  it('never under another origin (site, scheme or port)', async () => {
    for (const claimed of ['https://bank.example/pay', 'http://cards.example/pay', 'https://cards.example:8443/pay', 'javascript:alert(1)']) {
      const { tabs, serve } = setup();
      const snapshot = { ...snapshotAt('https://cards.example/'), url: claimed };
      await serve({ type: 'page/snapshot', payload: { snapshot } }, sender('https://cards.example/'));
      expect(tabs.get(7)?.url, claimed).toBe('https://cards.example/');
    }
  });
});
