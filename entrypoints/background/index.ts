// Synchronous wiring only (WXT background docs): listeners are registered in the first turn of the worker so an
// event that woke it is not missed. All state lives in IndexedDB (Dexie) or storage.session.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openAppDb } from '../../lib/db/app-db';
import { pickLocale } from '../../lib/i18n';
import { MSG } from '../../lib/messaging/names';
import { createServer } from '../../lib/messaging/server';
import { createHandlers } from './handlers';
import { decodeSnapshotQr } from './qr';
import { createRecordHandlers } from './handlers-records';
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
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    locale: () => pickLocale(browser.i18n.getUILanguage()),
    saveTabVerdict,
    loadTabVerdict,
    showLight,
    requestSnapshot,
    decodeQr: (snapshot) => decodeSnapshotQr(snapshot),
    log: (...args) => console.warn('[kadun]', ...args),
  });
  const records = createRecordHandlers({
    db,
    now: () => Date.now(),
    // A changed override changes the verdict of every open tab on that site: ask them to report again.
    onOverrideChanged: async (domain) => {
      for (const tabId of await tabsShowingDomain(domain)) await requestSnapshot(tabId);
    },
  });
  const serve = createServer({ ...handlers, ...records }, {
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
