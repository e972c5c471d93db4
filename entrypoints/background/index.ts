// Synchronous wiring only (WXT background docs): listeners are registered in the first turn of the worker so an
// event that woke it is not missed. All state lives in IndexedDB (Dexie) or storage.session.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openAppDb } from '../../lib/db/app-db';
import { browserLocale } from '../../lib/i18n';
import { MSG } from '../../lib/messaging/names';
import { createServer, type Handlers } from '../../lib/messaging/server';
import { createListCache } from '../../lib/risk-list/cache';
import { createHandlers } from './handlers';
import { createRecordHandlers, loadSettings } from './handlers-records';
import { decodeSnapshotQr } from './qr';
import { createSourceFactory } from './sources';
import { clearTabVerdict, loadTabVerdict, saveTabVerdict, tabsShowingDomain } from './tab-state';
import { showLight } from './toolbar';

/** Asks the tab's content script for a fresh snapshot; false when there is none (extension or store page). */
async function requestSnapshot(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: MSG.snapshotRequest }, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

export default defineBackground(() => {
  const db = openAppDb();
  const now = () => Date.now();
  const settings = () => loadSettings(db);
  const listCache = createListCache(db, { onError: (err) => console.warn('[kadun] list cache', err) });
  const sources = createSourceFactory({
    db,
    fetch: (...a) => fetch(...a),
    now,
    bundledBootstrap: async () => (await fetch(browser.runtime.getURL('/data/rdap-dns.json'))).json(),
  });
  const page = createHandlers({
    db,
    now,
    settings,
    locale: async () => {
      const { language } = await settings();
      return language === 'auto' ? browserLocale() : language;
    },
    saveTabVerdict,
    loadTabVerdict,
    showLight,
    requestSnapshot,
    decodeQr: (snapshot) => decodeSnapshotQr(snapshot),
    sources,
    listLookup: async (url, at) => {
      const hit = await listCache.lookup(url, at);
      return hit ? { match: hit.match, info: hit.info } : null;
    },
    openPage: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') })),
    highlight: async (tabId, blockId) => {
      try {
        const reply = await browser.tabs.sendMessage(tabId, { type: MSG.highlightBlock, blockId }, { frameId: 0 });
        return (reply as { shown?: unknown } | undefined)?.shown === true;
      } catch {
        return false;
      }
    },
    log: (...args) => console.warn('[kadun]', ...args),
  });
  const records = createRecordHandlers({
    db,
    now,
    // A changed override changes the verdict of every open tab on that site: ask them to report again.
    onOverrideChanged: async (domain) => {
      for (const tabId of await tabsShowingDomain(domain)) await requestSnapshot(tabId);
    },
  });
  const handlers = { ...page, ...records } satisfies Partial<Handlers>;
  const serve = createServer(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onReject: (why) => console.warn('[kadun] rejected message:', why),
  });
  browser.runtime.onMessage.addListener((message, sender) => serve(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabVerdict(tabId));
  // A new document in the tab: the old verdict no longer describes it until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void clearTabVerdict(tabId);
  });
});
