// Synchronous wiring only (WXT background docs): listeners are registered in the first turn of the worker so an
// event that woke it is not missed. All state lives in IndexedDB (Dexie) or storage.session.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openAppDb } from '../../lib/db/app-db';
import { pickLocale } from '../../lib/i18n';
import { MSG } from '../../lib/messaging/names';
import { createServer } from '../../lib/messaging/server';
import { createHandlers } from './handlers';
import { clearTabVerdict, loadTabVerdict, saveTabVerdict } from './tab-state';
import { showLight } from './toolbar';

export default defineBackground(() => {
  const db = openAppDb();
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    locale: () => pickLocale(browser.i18n.getUILanguage()),
    saveTabVerdict,
    loadTabVerdict,
    showLight,
    requestSnapshot: async (tabId) => {
      try {
        await browser.tabs.sendMessage(tabId, { type: MSG.snapshotRequest }, { frameId: 0 });
        return true;
      } catch {
        return false; // no content script there (extension page, store page, not yet loaded)
      }
    },
    log: (...args) => console.warn('[kadun]', ...args),
  });
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
