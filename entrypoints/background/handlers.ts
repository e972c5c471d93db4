// Page handlers: a snapshot becomes a verdict (page stage → lookups → list → domain detectors → verdict), the
// toolbar and the banner follow it. Everything is passed in, so tests run these with fake-indexeddb.
import { bannerDecision, BANNER_DISMISS_MS } from '../../lib/core/banner';
import { siteKey } from '../../lib/core/domain';
import type { Settings } from '../../lib/core/settings';
import type { PageSnapshot, Verdict } from '../../lib/core/types';
import type { AppDb } from '../../lib/db/app-db';
import { overrideFor, recordVerdict } from '../../lib/db/history';
import type { DecodedQr } from '../../lib/detectors/page/context';
import { headlineText, signalText, t, type Locale } from '../../lib/i18n';
import type { Handlers, Caller } from '../../lib/messaging/server';
import { analyzePage, finishVerdict, type ListAnswer } from '../../lib/pipeline/analyze';
import { lookupAll, type LookupSources } from '../../lib/pipeline/lookups';

export type BackgroundDeps = {
  db: AppDb;
  now: () => number;
  locale: () => Promise<Locale> | Locale;
  settings: () => Promise<Settings>;
  saveTabVerdict: (tabId: number, v: Verdict) => Promise<void>;
  loadTabVerdict: (tabId: number) => Promise<Verdict | null>;
  showLight: (tabId: number, light: Verdict['light'], title: string) => Promise<void>;
  requestSnapshot: (tabId: number) => Promise<boolean>;
  /** QR payloads of the snapshot's images (entrypoints/background/qr.ts). Absent (some tests): no QR is decoded. */
  decodeQr?: (snapshot: PageSnapshot) => Promise<DecodedQr[]>;
  /** The data sources the person enabled (built once per worker). Absent: nothing is asked. */
  sources?: (settings: Settings) => Promise<LookupSources>;
  /** The community list's answer for a URL (null: no list loaded yet). */
  listLookup?: (url: string, now: number) => Promise<ListAnswer>;
  /** Opens an extension page in a new tab (the banner's "查看原因"). */
  openPage?: (path: string) => Promise<void>;
  /** Asks the tab's content script to outline a block. */
  highlight?: (tabId: number, blockId: number) => Promise<boolean>;
  log?: (...args: unknown[]) => void;
};

export type PageHandlers = Pick<Handlers,
  'page/snapshot' | 'verdict/get' | 'verdict/recheck' | 'page/highlight' | 'banner/dismiss' | 'banner/open-reasons'>;

const dismissKey = (domain: string) => `banner-dismissed:${domain}`;

function contentCaller(caller: Caller) {
  if (caller.kind !== 'content') throw new Error('content only');
  return caller;
}

export function createHandlers(deps: BackgroundDeps): PageHandlers {
  const log = (id: string, err: unknown) => deps.log?.('detector failed', id, err);
  return {
    async 'page/snapshot'({ snapshot, trigger }, caller) {
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
      const site = siteKey(page.url);
      const override = site ? await overrideFor(deps.db, site.domain) : null;
      // Decoding is best effort: a failure leaves the payment detectors without QR payloads, never without a verdict.
      const qr = await (deps.decodeQr?.(page) ?? Promise.resolve([])).catch((err: unknown) => {
        deps.log?.('qr decoding failed', err);
        return [];
      });
      const stage = analyzePage({ snapshot: page, qr, now, onDetectorError: log });
      const answers = deps.sources ? await lookupAll(stage, await deps.sources(settings), { requested }) : {};
      const list = deps.listLookup ? await deps.listLookup(page.url, now).catch(() => ({ unavailable: 'source-error' })) : null;
      const verdict = finishVerdict(stage, { answers, list, override, now, onDetectorError: log });

      await deps.saveTabVerdict(from.tabId, verdict);
      if (verdict.isShop || override) await recordVerdict(deps.db, verdict);
      const locale = await deps.locale();
      const headline = headlineText(locale, verdict);
      await deps.showLight(from.tabId, verdict.light, headline);

      const dismissed = (await deps.db.settings.get(dismissKey(verdict.domain)))?.value;
      const decision = bannerDecision(verdict, typeof dismissed === 'number' ? dismissed : null, now);
      return {
        light: verdict.light,
        headline: headline.slice(0, 200),
        banner: decision.show ? {
          tone: decision.tone,
          text: t(locale, decision.paymentStep ? `banner.${decision.tone}-pay` : 'banner.red', { reason: headlineReason(locale, verdict) }).slice(0, 300),
          title: t(locale, 'app.name'),
          reasonsLabel: t(locale, 'banner.reasons'),
          dismissLabel: t(locale, 'banner.dismiss'),
        } : null,
      };
    },
    async 'verdict/get'({ tabId }) {
      return deps.loadTabVerdict(tabId);
    },
    async 'verdict/recheck'({ tabId }) {
      return { requested: await deps.requestSnapshot(tabId) };
    },
    async 'page/highlight'({ tabId, blockId }) {
      return { shown: (await deps.highlight?.(tabId, blockId)) ?? false };
    },
    async 'banner/dismiss'(_req, caller) {
      const from = contentCaller(caller);
      const domain = siteKey(from.url)?.domain;
      const until = deps.now() + BANNER_DISMISS_MS;
      if (domain) await deps.db.settings.put({ key: dismissKey(domain), value: until });
      return { until };
    },
    async 'banner/open-reasons'(_req, caller) {
      const from = contentCaller(caller);
      if (!deps.openPage) return { opened: false };
      await deps.openPage(`/popup.html?tabId=${from.tabId}&view=page`);
      return { opened: true };
    },
  };
}

/** The deciding signal's title, for the banner's one sentence. */
function headlineReason(locale: Locale, verdict: Verdict): string {
  const top = verdict.signals.find((s) => s.id === verdict.headline.params.signal) ?? verdict.signals.find((s) => s.severity === 'danger' || s.severity === 'warn');
  return top ? signalText(locale, top).title : headlineText(locale, verdict);
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
