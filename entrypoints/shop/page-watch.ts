// When the content script looks at a page again after its first check (docs/dynamic-pages.md):
// - a route change of a single-page app (Navigation API events where they exist; popstate, hashchange and a URL
//   comparison in the mutation callback otherwise): always, as a new page with fresh caps;
// - a payment dialog or QR code added later (or an existing dialog shown by a class change), at any time on a page
//   worth analysing: only ADDED nodes are looked at, each within a budget (watch.ts);
// - growth in the first 20 s (a shop SPA filling its product list): up to 3 times, measured from the added nodes.
// - a frame of the page's own origin added later (a layer's iframe): looked at once, when it has loaded.
// Throttled (one re-check per 1.5 s) and capped (12 per page, 40 route changes per document); a page that is not a
// shop and shows no commerce wording is not observed after its first 20 s or its 3 growth re-checks, whichever comes
// first, and meanwhile each mutation batch is sampled (10 added nodes). The growth baseline is read only once the
// page grows: a page that never changes pays nothing here.
import { textPiece } from '../../lib/extract/walk-helpers';
import { dialogShown, lookAtAdded } from './watch';

export const WATCH_LIMITS = {
  /** Wait after a trigger before looking (a dialog or route renders in pieces). */
  settleMs: 400,
  /** At most one re-check per this many ms. */
  throttleMs: 1500,
  /** Re-checks per page (URL): after that the observer stops until the next route change. */
  rechecksPerPage: 12,
  /** Route changes that re-check, per document (some pages rewrite the URL as one scrolls). */
  routes: 40,
  /** Growth re-checks in the first growthWindowMs of a page. */
  growthRechecks: 3,
  growthWindowMs: 20_000,
  /** Added nodes and attribute changes looked at per mutation batch (on a page worth analysing). */
  nodesPerBatch: 50,
  /** The same on a page that is not (yet): an endless feed is sampled, not walked. */
  plainNodesPerBatch: 10,
  /** Text sampled for the growth baseline. */
  baselineChars: 20_000,
} as const;

export type Reason = 'route' | 'payment' | 'growth';
const RANK: Record<Reason, number> = { growth: 0, payment: 1, route: 2 };

export type WatchOptions = {
  analysedAtStart: boolean;
  /** The quick shop check (bounded): true when the page is worth the full analysis. */
  quickCheck: () => boolean;
  recheck: (reason: Reason, analyse: boolean) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  now?: () => number;
};

export type PageWatch = { stop(): void; stats(): { rechecks: number; routes: number; batches: number; nodes: number } };

export function createPageWatch(opts: WatchOptions): PageWatch {
  const now = opts.now ?? (() => Date.now());
  let analysed = opts.analysedAtStart;
  let href = location.href;
  let pageStart = now();
  let rechecks = 0;
  let routes = 0;
  let growthChecks = 0;
  let addedChars = 0;
  let threshold: number | null = null;
  let lastRun = -Infinity;
  let pending: Reason | null = null;
  let observing: 'none' | 'plain' | 'dialogs' = 'none';
  let stopped = false;
  let batches = 0;
  let nodes = 0;

  const observer = new MutationObserver((records) => {
    batches++;
    if (checkHref()) return;
    let looked = 0;
    const cap = observing === 'plain' ? WATCH_LIMITS.plainNodesPerBatch : WATCH_LIMITS.nodesPerBatch;
    let hint = false;
    let chars = 0;
    let added = 0;
    for (const r of records) if (r.type === 'childList') added += r.addedNodes.length;
    for (const r of records) {
      if (looked >= cap || hint) break;
      if (r.type === 'childList') {
        for (let i = 0; i < r.addedNodes.length && looked < cap; i++, looked++) {
          const node = r.addedNodes[i]!;
          if (node.nodeType === 1) watchFrames(node as Element);
          const look = lookAtAdded(node);
          chars += look.chars;
          if (look.hint) {
            hint = true;
            break;
          }
        }
      } else if (r.type === 'attributes' && r.target.nodeType === 1) {
        looked++;
        if (dialogShown(r.target as Element)) hint = true;
      }
    }
    nodes += looked;
    if (hint) return schedule('payment');
    if (!chars) return;
    // A sampled batch stands for all of it: 40 product cards rendered at once are growth even when 10 were read.
    addedChars += looked > 0 && added > looked ? (chars * added) / looked : chars;
    threshold ??= growthThreshold();
    if (addedChars >= threshold && growthChecks < WATCH_LIMITS.growthRechecks && now() - pageStart < WATCH_LIMITS.growthWindowMs) {
      growthChecks++;
      addedChars = 0;
      threshold = null;
      schedule('growth');
    }
  });

  /** An added frame (a layer's iframe) is looked at once it has loaded, when it is of the page's origin (frames.ts). */
  function watchFrames(el: Element) {
    const list = el.localName === 'iframe' ? [el] : Array.prototype.slice.call(el.getElementsByTagName('iframe'), 0, 3) as Element[];
    for (const f of list) {
      if (framesSeen.has(f) || frameCount >= 20) continue;
      framesSeen.add(f);
      frameCount++;
      f.addEventListener('load', () => {
        let body: HTMLElement | null | undefined = null;
        try {
          body = (f as HTMLIFrameElement).contentDocument?.body;
        } catch {
          body = null;
        }
        if (body && lookAtAdded(body).hint) schedule('payment');
      }, { once: true });
    }
  }
  const framesSeen = new WeakSet<Element>();
  let frameCount = 0;

  /** True when the URL changed to another route (then a route re-check is scheduled). */
  function checkHref(): boolean {
    if (stopped || location.href === href) return false;
    const before = href;
    href = location.href;
    if (!isRouteChange(before, href) || routes >= WATCH_LIMITS.routes) return false;
    routes++;
    pageStart = now();
    rechecks = 0;
    growthChecks = 0;
    addedChars = 0;
    threshold = null;
    schedule('route');
    return true;
  }
  const onNav = () => void checkHref();

  function schedule(reason: Reason) {
    if (stopped || (reason !== 'route' && rechecks >= WATCH_LIMITS.rechecksPerPage)) return;
    if (pending) {
      if (RANK[reason] > RANK[pending]) pending = reason;
      return;
    }
    pending = reason;
    opts.setTimeout(run, Math.max(WATCH_LIMITS.settleMs, lastRun + WATCH_LIMITS.throttleMs - now()));
  }

  function run() {
    const reason = pending;
    pending = null;
    if (stopped || !reason) return;
    rechecks++;
    lastRun = now();
    analysed = opts.quickCheck();
    opts.recheck(reason, analysed);
    observe();
  }

  /** Observe while the page is worth analysing (with attribute changes: a dialog shown) or in its first 20 s. */
  function observe() {
    const body = document.body;
    const want: typeof observing = stopped || !body || rechecks >= WATCH_LIMITS.rechecksPerPage ? 'none'
      : analysed ? 'dialogs' : now() - pageStart < WATCH_LIMITS.growthWindowMs && growthChecks < WATCH_LIMITS.growthRechecks ? 'plain' : 'none';
    // A page observed for its first 20 s only is looked at again when they are over (the window moves on a route change).
    if (want === 'plain') opts.setTimeout(observe, WATCH_LIMITS.growthWindowMs - (now() - pageStart) + 50);
    if (want === observing) return;
    observer.disconnect();
    observing = want;
    if (want === 'none' || !body) return;
    observer.observe(body, want === 'dialogs'
      ? { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'open', 'src'] }
      : { childList: true, subtree: true });
  }

  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onNav);
  nav?.addEventListener('currententrychange', onNav);
  window.addEventListener('popstate', onNav);
  window.addEventListener('hashchange', onNav);
  observe();

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      observing = 'none';
      nav?.removeEventListener('navigatesuccess', onNav);
      nav?.removeEventListener('currententrychange', onNav);
      window.removeEventListener('popstate', onNav);
      window.removeEventListener('hashchange', onNav);
    },
    stats: () => ({ rechecks, routes, batches, nodes }),
  };
}

/** Another path or query, or a hash router's route (`#/pay`, `#!/order`); not an in-page anchor (`#top`). */
export function isRouteChange(before: string, after: string): boolean {
  const cut = (u: string) => {
    const i = u.indexOf('#');
    return i < 0 ? [u, ''] : [u.slice(0, i), u.slice(i)];
  };
  const [a, ah] = cut(before);
  const [b, bh] = cut(after);
  if (a !== b) return true;
  return ah !== bh && (/^#!?\//.test(bh!) || /^#!?\//.test(ah!));
}

/** 30 % of the page's text so far (sampled, at most baselineChars) plus 200 characters. */
function growthThreshold(): number {
  const body = document.body;
  if (!body) return 200;
  const walker = document.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let chars = 0;
  // At most 1,000 text nodes: 100,000 one-character buttons must not cost a walk of 20,000 of them.
  let nodes = 0;
  for (let n = walker.nextNode(); n && chars < WATCH_LIMITS.baselineChars && nodes++ < 1000; n = walker.nextNode()) chars += textPiece(n, WATCH_LIMITS.baselineChars - chars).trim().length;
  return Math.min(chars, WATCH_LIMITS.baselineChars) * 0.3 + 200;
}
