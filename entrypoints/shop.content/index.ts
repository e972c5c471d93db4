// Runs on every http(s) page, so it is small and cheap: a quick shop check, then (for shops, or on request) a
// bounded snapshot sent to the background. No zod, no React, no analysis here (design.md data flow).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractSnapshot } from '../../lib/extract/snapshot';
import { MSG } from '../../lib/messaging/names';
import type { PageSnapshot } from '../../lib/core/types';
import { captureQrImages } from './capture-images';
import { quickShopCheck } from './quick-check';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    /** Elements behind the last snapshot's block ids, for "show me where" (kept here, never sent). */
    let elements: Element[] = [];

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

    const send = async (full: boolean) => {
      if (ctx.isInvalid) return;
      try {
        await browser.runtime.sendMessage({ type: MSG.pageSnapshot, payload: { snapshot: snapshotFor(full) } });
      } catch {
        // The extension was reloaded or the worker is gone: nothing to do on the page.
      }
    };

    let lastWasShop = quickShopCheck(document).isShop;
    void send(lastWasShop);

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
        const isShop = quickShopCheck(document).isShop;
        if (isShop || isShop !== lastWasShop) void send(isShop);
        lastWasShop = isShop;
        if (++rechecks >= 3) observer.disconnect();
      }, 800);
    });
    if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(() => observer.disconnect(), 20_000);
    ctx.onInvalidated(() => observer.disconnect());

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== MSG.snapshotRequest) return undefined;
      void send(true);
      return undefined;
    });
  },
});
