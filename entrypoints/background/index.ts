// Synchronous wiring only (WXT background docs): listeners are registered in the first turn of the worker so an
// event that woke it is not missed. All state lives in IndexedDB (Dexie) or storage.session.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openAppDb } from '../../lib/db/app-db';
import { ensurePruneAlarm, LOOKUP_BOUND, lookupStore as dexieLookupStore, pruneLookups } from '../../lib/db/lookups';
import { loadSettings } from '../../lib/db/settings-store';
import { browserLocale } from '../_shared/locale';
import '../../lib/i18n/all'; // banners, menus and badges are worded in either language
import { MSG } from '../../lib/messaging/names';
import { createServer, type Handlers } from '../../lib/messaging/server';
import { createAssistedProvider } from '../../lib/providers/icp-assisted';
import { createListCache } from '../../lib/risk-list/cache';
import { BUNDLED_LIST_PATHS, LIST_PUBLIC_KEY } from '../../lib/risk-list/public-key';
import { createHandlers } from './handlers';
import { createIcpAssistHandlers } from './handlers-icp-assist';
import { createGateHandlers, interstitialPath } from './handlers-gate';
import { ensureSiteFilter, syncSiteFilter } from './site-filter-sync';
import { automated, ensureLinkMenu, onLinkMenuClicked, openWelcome, shouldOpenWelcome } from './menus-first-run';
import { createListHandlers } from './handlers-list';
import { createRecordHandlers } from './handlers-records';
import { createTabHandlers } from './handlers-tab';
import { createListUpdater, ensureListAlarm, LIST_UPDATE } from './list-updater';
import { leaveTab } from './leave-tab';
import { decodeSnapshotQr } from './qr';
import { createSourceFactory } from './sources';
import { tabVerdicts } from './tab-state';
import { resetTab, showHiddenWarning, showLight, showPopupVerdict } from './toolbar';

/** Asks the tab's content script for a fresh snapshot; false when there is none (extension or store page). */
async function requestSnapshot(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: MSG.snapshotRequest }, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The document the tab's page shows (its content script's id for this load, after the snapshots it has sent are
 * answered; it sends one now if it never did), or null when no KaDun script runs there (not an http(s) page).
 */
async function currentDocument(tabId: number): Promise<string | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: MSG.docSync }, { frameId: 0 })) as { doc?: unknown } | undefined;
    return typeof reply?.doc === 'string' ? reply.doc : null;
  } catch {
    return null;
  }
}

export default defineBackground(() => {
  const db = openAppDb();
  const now = () => Date.now();
  // The content scripts' site filter (docs/no-wake.md): the list's domains and the person's overrides.
  const syncFilter = () => void syncSiteFilter(db, browser.storage.local, now()).catch((err) => console.warn('[kadun] site filter', err));
  const settings = () => loadSettings(db);
  const listCache = createListCache(db, { onError: (err) => console.warn('[kadun] list cache', err) });
  // The default mirrors are fetched with the host permissions the manifest grants for them (LIST_MIRROR_ORIGINS:
  // Gitee's raw files send no CORS headers). A mirror the person added elsewhere needs the server's CORS answer; one
  // whose server sends no CORS headers fails with a 'network' reason.
  const listUpdater = createListUpdater({
    db,
    fetch: (...a) => fetch(...a),
    now,
    bundled: async () => {
      const [list, sig] = await Promise.all([
        fetch(browser.runtime.getURL(BUNDLED_LIST_PATHS.list)),
        fetch(browser.runtime.getURL(BUNDLED_LIST_PATHS.signature)),
      ]);
      return { bytes: new Uint8Array(await list.arrayBuffer()), signature: await sig.text() };
    },
    publicKey: LIST_PUBLIC_KEY.spki,
    onImported: () => {
      listCache.invalidate();
      syncFilter();
    },
  });
  // Every wake: a first run (or a wiped database) gets the bundled list before the first lookup needs it.
  let listReady: Promise<unknown> | null = null;
  const bundledList = () => (listReady ??= listUpdater.ensureBundled());
  const updateList = (manual: boolean) => async () => {
    const result = await listUpdater.update(await settings(), { manual });
    if (!result.ok) console.warn('[kadun] list update:', result.reason);
  };
  const locale = async () => {
    const { language } = await settings();
    return language === 'auto' ? browserLocale() : language;
  };
  const lookupStore = dexieLookupStore(db);
  const sources = createSourceFactory({
    db,
    store: lookupStore,
    fetch: (...a) => fetch(...a),
    now,
    bundledBootstrap: async () => (await fetch(browser.runtime.getURL('/data/rdap-dns.json'))).json(),
    // What the person looked up themselves on the MIIT page (local: nothing is sent).
    extraIcp: { assisted: createAssistedProvider({ store: lookupStore, now }) },
  });
  const listLookup = async (url: string, at: number) => {
    await bundledList();
    const hit = await listCache.lookup(url, at);
    return hit ? { match: hit.match, info: hit.info } : null;
  };
  const page = createHandlers({
    db,
    now,
    settings,
    locale,
    tabs: tabVerdicts,
    showLight,
    showPopupVerdict,
    resetTab,
    warnHidden: showHiddenWarning,
    requestSnapshot,
    currentDocument,
    decodeQr: (snapshot) => decodeSnapshotQr(snapshot),
    pushBanner: async (tabId, banner) => void (await browser.tabs.sendMessage(tabId, { type: MSG.bannerShow, banner }, { frameId: 0 }).catch(() => undefined)),
    sources,
    listLookup,
    openPage: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') })),
    leaveTab,
    highlight: async (tabId, blockId, target) => {
      try {
        const reply = await browser.tabs.sendMessage(tabId, { type: MSG.highlightBlock, blockId, image: target === 'image' }, { frameId: 0 });
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
      syncFilter(); // a trusted or blocked site's pages report even when they are no shop
      for (const tabId of await tabVerdicts.tabsShowing(domain)) await requestSnapshot(tabId);
    },
  });
  const icpAssist = createIcpAssistHandlers({
    db,
    store: lookupStore,
    now,
    locale,
    loadTabVerdict: (tabId) => tabVerdicts.load(tabId),
    requestSnapshot,
    openTab: async (url) => (await browser.tabs.create({ url })).id,
  });
  const gate = createGateHandlers({
    db, now, settings, sources, listLookup,
    showInterstitial: async (tabId, url) => void (await browser.tabs.update(tabId, { url: browser.runtime.getURL(interstitialPath(url) as '/blocked.html') })),
  });
  const handlers = { ...page, ...records, ...icpAssist, ...gate, ...createListHandlers(listUpdater, settings), ...createTabHandlers(leaveTab) } satisfies Partial<Handlers>;
  const serve = createServer(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onReject: (why) => console.warn('[kadun] rejected message:', why),
  });
  browser.runtime.onMessage.addListener((message, sender) => serve(message, sender));
  // No tabs.onUpdated / onRemoved listener (docs/no-wake.md): either would wake the worker on every navigation or
  // closed tab. A new document's first snapshot replaces the tab's old verdict (lib/db/tab-verdicts.ts claim),
  // verdict/get asks the tab which document it shows (currentDocument), and closed tabs' entries go on a wake.
  void tabVerdicts.retain(async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])))
    .catch((err) => console.warn('[kadun] tab prune', err));
  // The community list: bundled on install (works offline from the first run), then checked every 6 hours.
  browser.runtime.onInstalled.addListener((details) => {
    if (shouldOpenWelcome(details.reason, automated())) void openWelcome().catch((err) => console.warn('[kadun] welcome', err));
    void locale().then(ensureLinkMenu).catch((err) => console.warn('[kadun] link menu', err));
    void (async () => {
      await listUpdater.ensureBundled({ evenIfActive: true }); // an extension update may bring a newer bundled list
      await updateList(false)();
    })().catch((err) => console.warn('[kadun] list install', err));
    void ensureListAlarm(browser.alarms, 'install').catch((err) => console.warn('[kadun] list alarm', err));
  });
  browser.contextMenus?.onClicked.addListener((info) => onLinkMenuClicked(info)); // absent on Firefox for Android
  browser.runtime.onStartup.addListener(() => {
    void locale().then(ensureLinkMenu).catch((err) => console.warn('[kadun] link menu', err));
    void ensureListAlarm(browser.alarms, 'startup').catch((err) => console.warn('[kadun] list alarm', err));
  });
  // The lookup cache's bound (LOOKUP_BOUND: age and count) holds from every worker start and every 6 hours.
  const prune = () => void pruneLookups(db, now()).catch((err) => console.warn('[kadun] lookup prune', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LIST_UPDATE.alarm) void updateList(false)().catch((err) => console.warn('[kadun] list update', err));
    if (alarm.name === LOOKUP_BOUND.alarm) prune();
  });
  void ensurePruneAlarm(browser.alarms).catch((err) => console.warn('[kadun] prune alarm', err));
  prune();
  void bundledList().then(() => ensureSiteFilter(db, browser.storage.local, now())).catch((err) => console.warn('[kadun] site filter', err));
});
