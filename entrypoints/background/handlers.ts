// Page handlers: a snapshot becomes a verdict (page stage → lookups → list → domain detectors → verdict), the
// toolbar and the banner follow it. Everything is passed in, so tests run these with fake-indexeddb.
import { bannerDecision, bannerPageKey, BANNER_DISMISS_MS } from '../../lib/core/banner';
import { siteKey } from '../../lib/core/domain';
import type { Settings } from '../../lib/core/settings';
import type { PageSnapshot, Verdict } from '../../lib/core/types';
import type { AppDb } from '../../lib/db/app-db';
import { overrideFor, recordVerdict } from '../../lib/db/history';
import { bannerDismissedUntil, dismissBanner } from '../../lib/db/settings-store';
import type { DocumentRef, TabVerdicts } from '../../lib/db/tab-verdicts';
import type { DecodedQr } from '../../lib/detectors/page/context';
import { headlineText, t, type Locale } from '../../lib/i18n';
import type { Handlers, Caller } from '../../lib/messaging/server';
import { analyzePage, finishVerdict, type ListAnswer } from '../../lib/pipeline/analyze';
import { lookupAll, type LookupSources } from '../../lib/pipeline/lookups';
import { bannerWords } from './banner-text';

export type BackgroundDeps = {
  db: AppDb;
  now: () => number;
  locale: () => Promise<Locale> | Locale;
  settings: () => Promise<Settings>;
  /** Per-tab verdicts tied to their document (lib/db/tab-verdicts.ts). */
  tabs: Pick<TabVerdicts, 'claim' | 'commit' | 'load'> & Partial<Pick<TabVerdicts, 'documentOf'>>;
  showLight: (tabId: number, light: Verdict['light'], title: string) => Promise<void>;
  /** The tab's popup carries the verdict of document `doc` (lib/core/popup-hash.ts). Absent (some tests): nothing. */
  showPopupVerdict?: (tabId: number, verdict: Verdict, doc: string, locale: Locale) => Promise<void>;
  /** Toolbar and popup back to their defaults: the tab shows another document than the verdict's. */
  resetTab?: (tabId: number) => Promise<void>;
  /** The page hid the banner: say so on the toolbar (badge and tooltip). */
  warnHidden?: (tabId: number, title: string) => Promise<void>;
  requestSnapshot: (tabId: number) => Promise<boolean>;
  /**
   * The document the tab shows now, after its content script reported it (null: no KaDun script there). Absent (some
   * tests): the stored verdict is trusted as it is.
   */
  currentDocument?: (tabId: number) => Promise<string | null>;
  /** QR payloads of the snapshot's images (entrypoints/background/qr.ts). Absent (some tests): no QR is decoded. */
  decodeQr?: (snapshot: PageSnapshot) => Promise<DecodedQr[]>;
  /** How long a verdict waits for QR decoding before it is published without it (QR_GRACE_MS). */
  qrGraceMs?: number;
  /** Shows the banner of a verdict refined after its page's reply (a late QR decode); null removes it. */
  pushBanner?: (tabId: number, banner: BannerReply | null) => Promise<void>;
  /** The data sources the person enabled (built once per worker). Absent: nothing is asked. */
  sources?: (settings: Settings) => Promise<LookupSources>;
  /** The community list's answer for a URL (null: no list loaded yet). */
  listLookup?: (url: string, now: number) => Promise<ListAnswer>;
  /** Opens an extension page in a new tab (the banner's "查看原因"). */
  openPage?: (path: string) => Promise<void>;
  /** The banner's 离开此网站: close the tab for a new-tab page. Absent (some tests): nothing happens. */
  leaveTab?: (tabId: number) => Promise<void>;
  /** Asks the tab's content script to outline a block. */
  highlight?: (tabId: number, blockId: number, target?: 'block' | 'image') => Promise<boolean>;
  log?: (...args: unknown[]) => void;
};

export type PageHandlers = Pick<Handlers,
  'page/snapshot' | 'verdict/get' | 'verdict/recheck' | 'page/highlight' | 'banner/dismiss' | 'banner/open-reasons' | 'banner/hidden' | 'banner/leave'>;

/**
 * A QR decode that finishes within this is part of the first verdict; a slower one (large or many images, a busy
 * worker) refines it afterwards. Issue 10: the verdict never waits on decoding.
 */
export const QR_GRACE_MS = 400;

export type BannerReply = { tone: 'red' | 'amber'; text: string; title: string; reasonsLabel: string; dismissLabel: string };

/** A snapshot without a document id (an older content script) is its own document: the newest arrival wins. */
let anonymous = 0;
const anonymousDoc = (): DocumentRef => ({ id: `anon-${Date.now().toString(36)}-${anonymous++}`, seq: 0 });

function contentCaller(caller: Caller) {
  if (caller.kind !== 'content') throw new Error('content only');
  return caller;
}

export function createHandlers(deps: BackgroundDeps) {
  const log = (id: string, err: unknown) => deps.log?.('detector failed', id, err);
  // Verdicts whose hidden banner already opened the reasons page (tab:checkedAt): one page per verdict, however
  // often the page hides the banner again. Bounded; a worker restart forgets it (at worst one more page).
  const openedForHidden = new Set<string>();
  /**
   * After publishing: does the tab still show that document? It may have moved on while the verdict was made, and an
   * ordinary page never reports (docs/no-wake.md), so nothing else would take the verdict back off its toolbar and
   * popup. Not awaited by the handler: the content script answers once this very reply has reached it.
   */
  const confirmShown = async (tabId: number, doc: string) => {
    if (!deps.currentDocument || !deps.resetTab) return;
    if ((await deps.currentDocument(tabId)) !== doc) await deps.resetTab(tabId);
  };
  /** The toolbar and the tab's popup show `verdict`; returns the content script's reply (light, headline, banner). */
  const publish = async (tabId: number, verdict: Verdict, now: number, doc: string) => {
    const locale = await deps.locale();
    const headline = headlineText(locale, verdict);
    await Promise.all([deps.showLight(tabId, verdict.light, headline), deps.showPopupVerdict?.(tabId, verdict, doc, locale)]);
    void confirmShown(tabId, doc).catch((err: unknown) => deps.log?.('tab check failed', err));
    // "我已了解" holds for this page only (its URL without the fragment), never at a payment step (lib/core/banner.ts).
    const pageKey = bannerPageKey(verdict.url);
    const decision = bannerDecision(verdict, pageKey ? await bannerDismissedUntil(deps.db, pageKey) : null, now);
    return { light: verdict.light, headline: headline.slice(0, 200), banner: decision.show ? bannerWords(locale, verdict, decision) : null };
  };
  return {
    async 'page/snapshot'({ snapshot, trigger, doc = anonymousDoc() }, caller) {
      const from = contentCaller(caller);
      // The URL is the sender's, never the payload's: a page cannot file a verdict under another site. Only within the
      // sender's origin the payload's URL counts: after a single-page app's history.pushState Chrome still reports the
      // URL the document was loaded at, and pushState cannot leave the origin (docs/dynamic-pages.md).
      const page = { ...snapshot, url: sameOriginUrl(snapshot.url, from.url) };
      const now = deps.now();
      const settings = await deps.settings();
      const requested = trigger === 'request';
      // "Only when I click": an automatic report is not judged at all — no light, no banner, nothing stored —
      // until the person opens the popup and asks (the popup's 重新检查 sends trigger 'request').
      if (settings.autoCheck === 'click' && !requested) {
        const locale = await deps.locale();
        return { light: 'grey' as const, headline: t(locale, 'headline.none'), banner: null };
      }
      const none = async () => ({ light: 'grey' as const, headline: t(await deps.locale(), 'headline.none'), banner: null });
      // Claimed before the slow part: a later snapshot (another document, or a newer one of this) takes the tab over.
      if (!(await deps.tabs.claim(from.tabId, doc, page.url))) return none();
      const site = siteKey(page.url);
      const override = site ? await overrideFor(deps.db, site.domain) : null;
      // Decoding is best effort: a failure leaves the payment detectors without QR payloads, never without a verdict.
      // And it is off the critical path: the verdict waits for it at most qrGraceMs, then is published from the text
      // and controls; a later decode refines the tab's verdict (toolbar and banner follow) below.
      const decoding = (deps.decodeQr?.(page) ?? Promise.resolve([])).catch((err: unknown) => {
        deps.log?.('qr decoding failed', err);
        return [];
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const early = await Promise.race([decoding, new Promise<null>((r) => (timer = setTimeout(() => r(null), deps.qrGraceMs ?? QR_GRACE_MS)))]);
      clearTimeout(timer);
      let stage = analyzePage({ snapshot: page, qr: early ?? [], now, onDetectorError: log });
      const answers = deps.sources ? await lookupAll(stage, await deps.sources(settings), { requested }) : {};
      const list = deps.listLookup ? await deps.listLookup(page.url, now).catch(() => ({ unavailable: 'source-error' })) : null;
      // Decoded while the lookups ran: still in time for the first verdict (QR payloads never change what is looked up).
      const meanwhile = early ?? (await Promise.race([decoding, Promise.resolve(null)]));
      if (early === null && meanwhile?.length) stage = analyzePage({ snapshot: page, qr: meanwhile, now, onDetectorError: log });
      const verdict = finishVerdict(stage, { answers, list, override, now, onDetectorError: log });

      // The tab moved on while the lookups ran: this verdict describes a document it no longer shows.
      if (!(await deps.tabs.commit(from.tabId, doc, verdict))) return none();
      if (verdict.isShop || override) await recordVerdict(deps.db, verdict);
      const reply = await publish(from.tabId, verdict, now, doc.id);
      if (meanwhile === null) {
        void decoding.then(async (qr) => {
          if (!qr.length) return;
          const refined = finishVerdict(analyzePage({ snapshot: page, qr, now, onDetectorError: log }), { answers, list, override, now, onDetectorError: log });
          if (!(await deps.tabs.commit(from.tabId, doc, refined))) return;
          if ((refined.isShop || override) && refined.light !== verdict.light) await recordVerdict(deps.db, refined);
          await deps.pushBanner?.(from.tabId, (await publish(from.tabId, refined, now, doc.id)).banner);
        }).catch((err: unknown) => deps.log?.('qr refinement failed', err));
      }
      return reply;
    },
    async 'verdict/get'({ tabId }) {
      // An ordinary page never reports on its own (docs/no-wake.md), so the stored verdict may describe the tab's
      // previous page: it counts only when it belongs to the document the tab shows now.
      if (deps.currentDocument && deps.tabs.documentOf) {
        const current = await deps.currentDocument(tabId);
        if (current === null || current !== (await deps.tabs.documentOf(tabId))) return null;
      }
      return deps.tabs.load(tabId);
    },
    async 'verdict/recheck'({ tabId }) {
      return { requested: await deps.requestSnapshot(tabId) };
    },
    async 'page/highlight'({ tabId, blockId, target }) {
      return { shown: (await deps.highlight?.(tabId, blockId, target)) ?? false };
    },
    async 'banner/dismiss'(_req, caller) {
      const from = contentCaller(caller);
      // The page is the one the tab's verdict describes when it is of the sender's origin (a single-page app's route
      // after pushState), else the sender's own URL: never another site's page.
      const verdict = await deps.tabs.load(from.tabId);
      const page = bannerPageKey(verdict ? sameOriginUrl(verdict.url, from.url) : from.url);
      const now = deps.now();
      const until = now + BANNER_DISMISS_MS;
      if (page) await dismissBanner(deps.db, page, until, now);
      return { until };
    },
    async 'banner/leave'(_req, caller) {
      const from = contentCaller(caller);
      if (!deps.leaveTab) return { left: false };
      await deps.leaveTab(from.tabId);
      return { left: true };
    },
    async 'banner/hidden'({ reason }, caller) {
      const from = contentCaller(caller);
      const verdict = await deps.tabs.load(from.tabId);
      // Only a warning the background decided on can be hidden: the tab's own red or amber verdict for this site.
      if (!verdict || (verdict.light !== 'red' && verdict.light !== 'amber') || verdict.domain !== siteKey(from.url)?.domain) {
        return { warned: false, opened: false };
      }
      deps.log?.('banner hidden by the page', reason, verdict.domain);
      const locale = await deps.locale();
      await deps.warnHidden?.(from.tabId, t(locale, 'banner.hidden-title', { headline: headlineText(locale, verdict) }).slice(0, 300));
      const key = `${from.tabId}:${verdict.checkedAt}`;
      if (!deps.openPage || openedForHidden.has(key)) return { warned: true, opened: false };
      if (openedForHidden.size > 200) openedForHidden.clear();
      openedForHidden.add(key);
      await deps.openPage(`/popup.html?tabId=${from.tabId}&view=page&hidden=1`);
      return { warned: true, opened: true };
    },
    async 'banner/open-reasons'(_req, caller) {
      const from = contentCaller(caller);
      if (!deps.openPage) return { opened: false };
      await deps.openPage(`/popup.html?tabId=${from.tabId}&view=page`);
      return { opened: true };
    },
  } satisfies PageHandlers;
}

/** `claimed` when it is an http(s) URL of `sender`'s origin, else `sender`. */
function sameOriginUrl(claimed: string, sender: string): string {
  try {
    const c = new URL(claimed);
    return /^https?:$/.test(c.protocol) && c.origin === new URL(sender).origin ? c.href : sender;
  } catch {
    return sender;
  }
}
