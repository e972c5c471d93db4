// Runs on every http(s) page, so it is small and cheap: a quick shop check, then (for shops, or on request) a
// bounded snapshot sent to the background. No zod, no React, no analysis here (design.md data flow): the
// background answers with the light and, when warranted, the banner text, which this script only shows.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractSnapshot } from '../../lib/extract/snapshot';
import { MSG } from '../../lib/messaging/names';
import type { PageSnapshot } from '../../lib/core/types';
import { mountBanner, type BannerSpec, type MountedBanner } from './banner';
import { captureQrImages } from './capture-images';
import { highlightElement } from './highlight';
import { quickShopCheck } from './quick-check';

/** The background's reply, checked by hand (no zod here): anything unexpected means "no banner". */
function bannerOf(reply: unknown): BannerSpec | null {
  const r = reply as { ok?: unknown; data?: { banner?: Record<string, unknown> | null } } | undefined;
  const b = r?.ok === true ? r.data?.banner : null;
  if (!b || (b.tone !== 'red' && b.tone !== 'amber')) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : '');
  return { tone: b.tone, text: str(b.text), title: str(b.title), reasonsLabel: str(b.reasonsLabel), dismissLabel: str(b.dismissLabel) };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    /** Elements behind the last snapshot's block ids, for "show me where" (kept here, never sent). */
    let elements: Element[] = [];
    let banner: MountedBanner | null = null;

    const snapshotFor = (full: boolean): PageSnapshot => {
      if (full) {
        const ex = extractSnapshot(document, { url: location.href, nativeVisibility: true });
        elements = ex.elements;
        return captureQrImages(document, ex.snapshot, location.origin);
      }
      // Not a shop: the background still gets the title and URL (from sender) to check the risk list.
      return {
        url: location.href.slice(0, 2048), title: document.title.slice(0, 300), lang: (document.documentElement.lang || '').slice(0, 35),
        shopHint: false, blocks: [], links: [], forms: [], scripts: { srcs: [], inline: [] }, meta: {}, images: [], truncated: false,
      };
    };

    const showBanner = (spec: BannerSpec | null) => {
      banner?.remove();
      banner = spec && !ctx.isInvalid ? mountBanner(document, spec, {
        reasons: () => void browser.runtime.sendMessage({ type: MSG.bannerOpenReasons, payload: {} }).catch(() => undefined),
        dismiss: () => void browser.runtime.sendMessage({ type: MSG.bannerDismiss, payload: {} }).catch(() => undefined),
      }) : null;
    };

    const send = async (full: boolean, trigger: 'auto' | 'request') => {
      if (ctx.isInvalid) return;
      try {
        const reply = await browser.runtime.sendMessage({ type: MSG.pageSnapshot, payload: { snapshot: snapshotFor(full), trigger } });
        showBanner(bannerOf(reply));
      } catch {
        // The extension was reloaded or the worker is gone: nothing to do on the page.
      }
    };

    let lastAnalysed = quickShopCheck(document).analyse;
    void send(lastAnalysed, 'auto');

    // Card shops built as single-page apps fill their product list after load: look again a few times while
    // the page keeps growing, then stop observing.
    let rechecks = 0;
    let lastLength = document.body?.textContent?.length ?? 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const length = document.body?.textContent?.length ?? 0;
        if (length < lastLength * 1.3 + 200) return;
        lastLength = length;
        const { analyse } = quickShopCheck(document);
        if (analyse || analyse !== lastAnalysed) void send(analyse, 'auto');
        lastAnalysed = analyse;
        if (++rechecks >= 3) observer.disconnect();
      }, 800);
    });
    if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(() => observer.disconnect(), 20_000);
    ctx.onInvalidated(() => {
      observer.disconnect();
      banner?.remove();
    });

    // Only the extension itself talks to this listener (sender.id); pages cannot reach it.
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = message as { type?: unknown; blockId?: unknown };
      if (m?.type === MSG.snapshotRequest) {
        void send(true, 'request');
        return undefined;
      }
      if (m?.type === MSG.highlightBlock && typeof m.blockId === 'number') {
        return Promise.resolve({ shown: highlightElement(elements[m.blockId]) });
      }
      return undefined;
    });
  },
});
