// Runs on every http(s) page, so it is small and cheap: a quick shop check, then (for shops, or on request) a
// bounded snapshot sent to the background. No zod, no React, no analysis here (design.md data flow): the
// background answers with the light and, when warranted, the banner text, which this script only shows.
// Built as a plain script (WXT "unlisted"), declared in the manifest by wxt.config.ts (pageScripts) at document_start
// (in Firefox at document_idle, see there): no WXT content-script context and no polyfill (../_content/,
// docs/no-wake.md "What a page pays"). The first check runs in the page's DOMContentLoaded, as soon as the HTML is
// parsed: Chromium runs document_end and document_idle scripts only once its first frames are done, which on a heavy
// page (100,000 buttons or links) is seconds to a minute later. The listener is on `window`, capturing, and registered
// before any page script, so it runs first and a page cannot stop the event before it. What was still loading then is
// looked at again when it arrives (late-look.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractSnapshot } from '../../lib/extract/snapshot';
import { readFilterOnce } from '../../lib/core/site-filter';
import { PAGE_WALK_LIMITS } from '../../lib/extract/walk';
import { MSG } from '../../lib/messaging/names';
import type { PageSnapshot } from '../../lib/core/types';
import { onExtensionMessage, readLocal, sendToExtension } from '../_content/ext';
import { startLifecycle } from '../_content/lifecycle';
import { bannerOf, createBannerSlot } from './banner-slot';
import { captureCanvasQrs, captureQrImages } from './capture-images';
import { withFrames } from './frames';
import { highlightElement } from './highlight';
import { quickShopCheck } from './quick-check';
import { createPageWatch } from './page-watch';
import { createLateLook, pendingParts } from './late-look';

export default defineUnlistedScript(() => {
  if (document.readyState !== 'loading') return start();
  window.addEventListener('DOMContentLoaded', start, { capture: true, once: true });
});

/** The page's first check and everything after it: the page watch, the banner, the extension's messages. */
function start(): void {
  const ctx = startLifecycle('shop');
  /** Elements behind the last snapshot's block ids, for "show me where" (kept here, never sent). */
  let elements: Element[] = [];

  const snapshotFor = (full: boolean): PageSnapshot => {
    if (full) {
      const ex = extractSnapshot(document, { url: location.href, nativeVisibility: true, walk: PAGE_WALK_LIMITS });
      elements = [...ex.elements];
      const blockIds = new Map(ex.elements.map((el, id) => [el, id]));
      const blockOf = (el: Element) => {
        for (let cur: Element | null = el.parentElement, hops = 0; cur && hops < 12; cur = cur.parentElement, hops++) {
          const id = blockIds.get(cur);
          if (id !== undefined) return id;
        }
        return undefined;
      };
      const top = captureCanvasQrs(document, captureQrImages(document, ex.snapshot, location.origin), blockOf);
      // A payment code or pay frame still loading is looked at again once it has arrived (late-look.ts).
      late.follow(pendingParts(document, location.origin, ex.snapshot));
      // Same-origin frames (a layer's iframe, srcdoc): their text and codes join the page's snapshot (frames.ts).
      return withFrames(document, top, elements, (frameDoc, s) => captureCanvasQrs(frameDoc, captureQrImages(frameDoc, s, location.origin), () => undefined));
    }
    // Not a shop: the background still gets the title and URL (from sender) to check the risk list.
    return {
      url: location.href.slice(0, 2048), title: document.title.slice(0, 300), lang: (document.documentElement.lang || '').slice(0, 35),
      shopHint: false, blocks: [], links: [], forms: [], scripts: { srcs: [], inline: [] }, meta: {}, images: [], truncated: false,
    };
  };

  const late = createLateLook(document, (fn, ms) => ctx.later(fn, ms), () => void send(true, 'auto'));
  const tell = (type: string, payload: unknown = {}) => void sendToExtension({ type, payload }).catch(() => undefined);
  const banner = createBannerSlot(document, {
    reasons: () => tell(MSG.bannerOpenReasons),
    dismiss: () => tell(MSG.bannerDismiss),
    leave: () => tell(MSG.bannerLeave),
    // The page hides the banner: the background warns on the toolbar and opens the reasons in an extension page.
    hidden: (reason) => tell(MSG.bannerHidden, { reason }),
  });
  const showBanner: typeof banner.show = (spec) => banner.show(ctx.invalid ? null : spec);

  // One snapshot at a time, in order: a slow answer for the old route never overwrites the new route's verdict.
  let queue: Promise<void> = Promise.resolve();
  // This document load's id and its snapshots' count: the background stores a verdict only while it is the tab's
  // newest snapshot (lib/db/tab-verdicts.ts), so a slow answer for this page cannot land on the next one.
  // getRandomValues, not randomUUID: the latter exists only in secure contexts, and shops are often plain http.
  const docId = Array.from(crypto.getRandomValues(new Uint8Array(12)), (x) => x.toString(16).padStart(2, '0')).join('');
  let seq = 0;
  let reported = false;
  const send = (full: boolean, trigger: 'auto' | 'request') => {
    reported = true;
    queue = queue.then(async () => {
      if (ctx.invalid) return;
      try {
        const reply = await sendToExtension({ type: MSG.pageSnapshot, payload: { snapshot: snapshotFor(full), trigger, doc: { id: docId, seq: ++seq } } });
        showBanner(bannerOf(reply));
      } catch {
        // The extension was reloaded or the worker is gone: nothing to do on the page.
      }
    });
    return queue;
  };

  // An ordinary page (no shop, its host not in the site filter) sends nothing, so it never wakes the service worker
  // (docs/no-wake.md); once this document has reported, its tab's verdict follows every change (a route change).
  const report = async (analyse: boolean) => {
    if (!analyse && !reported && !(await readFilterOnce(globalThis as unknown as Record<string, unknown>, location.hostname, readLocal))) return;
    await send(analyse, 'auto');
  };
  let lastAnalysed = quickShopCheck(document).analyse;
  void report(lastAnalysed);
  const watch = createPageWatch({
    analysedAtStart: lastAnalysed,
    quickCheck: () => quickShopCheck(document).analyse,
    // A route change always reports (the tab's verdict follows the new URL); a change on the same page only when
    // the page is worth analysing or stopped being so.
    recheck: (reason, analyse) => {
      if (reason === 'route' || analyse || analyse !== lastAnalysed) void report(analyse);
      lastAnalysed = analyse;
    },
    setTimeout: (fn, ms) => ctx.later(fn, ms),
  });
  // Only the extension itself talks to this listener (sender.id, checked in onExtensionMessage); pages cannot reach it.
  const stopListening = onExtensionMessage((message: unknown) => {
    const m = message as { type?: unknown; blockId?: unknown; image?: unknown };
    // The popup asks which document the tab shows (entrypoints/background/handlers.ts verdict/get): report first
    // if this page never did, so the verdict it then reads is this page's, never the tab's previous page's. The
    // answers already asked for are awaited, but not for long: a slow lookup must not keep the popup waiting.
    if (m?.type === MSG.docSync) {
      const settled = reported ? queue : send(lastAnalysed, 'auto');
      return Promise.race([settled, new Promise((r) => setTimeout(r, 2000))]).then(() => ({ doc: docId }));
    }
    if (m?.type === MSG.snapshotRequest) {
      void send(true, 'request');
      return undefined;
    }
    if (m?.type === MSG.bannerShow) {
      // A verdict refined after its reply (a late QR decode): the banner follows it.
      showBanner(bannerOf({ ok: true, data: { banner: (message as { banner?: Record<string, unknown> | null }).banner ?? null } }));
      return undefined;
    }
    if (m?.type === MSG.highlightBlock && typeof m.blockId === 'number') {
      return { shown: highlightElement(elements[m.blockId], { image: m.image === true }) };
    }
    return undefined;
  });
  ctx.onInvalidated(() => {
    watch.stop();
    late.stop();
    banner.remove();
    stopListening();
  });
}
