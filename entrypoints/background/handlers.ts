// Message handlers. Everything they need is passed in, so tests can run them with fake-indexeddb and fakeBrowser.
import type { PageSnapshot, Verdict } from '../../lib/core/types';
import { siteKey } from '../../lib/core/domain';
import type { AppDb } from '../../lib/db/app-db';
import type { DecodedQr } from '../../lib/detectors/page/context';
import { overrideFor, recordVerdict } from '../../lib/db/history';
import { headlineText, type Locale } from '../../lib/i18n';
import type { Handlers } from '../../lib/messaging/server';
import { analyze } from '../../lib/pipeline/analyze';

export type BackgroundDeps = {
  db: AppDb;
  now: () => number;
  locale: () => Locale;
  saveTabVerdict: (tabId: number, v: Verdict) => Promise<void>;
  loadTabVerdict: (tabId: number) => Promise<Verdict | null>;
  showLight: (tabId: number, light: Verdict['light'], title: string) => Promise<void>;
  requestSnapshot: (tabId: number) => Promise<boolean>;
  /** QR payloads of the snapshot's images (entrypoints/background/qr.ts). Absent (some tests): no QR is decoded. */
  decodeQr?: (snapshot: PageSnapshot) => Promise<DecodedQr[]>;
  log?: (...args: unknown[]) => void;
};

export type PageHandlers = Pick<Handlers, 'page/snapshot' | 'verdict/get' | 'verdict/recheck'>;

export function createHandlers(deps: BackgroundDeps): PageHandlers {
  return {
    async 'page/snapshot'({ snapshot }, caller) {
      if (caller.kind !== 'content') throw new Error('content only');
      // The URL is the sender's, never the payload's: a page cannot file a verdict under another site.
      const page = { ...snapshot, url: caller.url };
      const site = siteKey(page.url);
      const override = site ? await overrideFor(deps.db, site.domain) : null;
      // Decoding is best effort: a failure leaves the payment detectors without QR payloads, never without a verdict.
      const qr = await (deps.decodeQr?.(page) ?? Promise.resolve([])).catch((err: unknown) => {
        deps.log?.('qr decoding failed', err);
        return [];
      });
      const verdict = analyze({
        snapshot: page,
        override,
        qr,
        now: deps.now(),
        onDetectorError: (id, err) => deps.log?.('detector failed', id, err),
      });
      await deps.saveTabVerdict(caller.tabId, verdict);
      if (verdict.isShop || override) await recordVerdict(deps.db, verdict);
      const headline = headlineText(deps.locale(), verdict);
      await deps.showLight(caller.tabId, verdict.light, headline);
      return { light: verdict.light, headline: headline.slice(0, 200) };
    },
    async 'verdict/get'({ tabId }) {
      return deps.loadTabVerdict(tabId);
    },
    async 'verdict/recheck'({ tabId }) {
      return { requested: await deps.requestSnapshot(tabId) };
    },
  };
}
