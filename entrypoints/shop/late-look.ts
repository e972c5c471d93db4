// The shop script runs at document_end (docs/dynamic-pages.md "When the first check runs"): right after the page's
// HTML is parsed, before Chromium's first frames and before images and frames have loaded, so the verdict never waits
// for a slow page load (100,000 links keep Chromium busy for up to a minute before its load event). What that first
// snapshot could not see yet — a same-origin payment code still loading (the QR capture draws only loaded images), a
// same-origin frame (a pay layer) not yet loaded — is looked at once more when it has arrived: the parts still loading
// are noted (bounded), and the page is checked again only when one of them turned out to matter. Their own load and
// error events say at once when they arrive; a timer polls them as well, because a page can stop those events (a
// capturing listener on the document; window never sees an element's load event). The poll backs off (300 ms for the
// first second, then doubling up to 2.4 s): every timer is a call into the page's heap, and on a page still loading
// 100,000 images a frequent one kept landing on the page's garbage collection (docs/budgets.md, "Session 7").
import type { PageSnapshot } from '../../lib/core/types';
import { safeUrl, sameOrigin } from '../../lib/extract/walk-helpers';
import { lookAtAdded, qrCandidate } from './watch';

export const LATE_LIMITS = {
  /** <img> elements looked at for ones still loading, and how many of those are followed. */
  imagesLookedAt: 300,
  images: 12,
  /** <iframe> elements looked at, and followed. */
  frames: 5,
  /** How often the parts are polled (pollMs, three times, then doubling up to pollMaxMs), and for how long at most. */
  pollMs: 300,
  pollMaxMs: 2_400,
  waitMs: 15_000,
} as const;

/** Words that make an image worth a second look even when its shape is not a code's (as the QR capture scores). */
const PAY_HINT = /收款|付款|扫码|二维码|qrcode|qr_?code|pay/i;

export type LateParts = { images: HTMLImageElement[]; frames: HTMLIFrameElement[] };

/**
 * The page's same-origin images and frames that were still loading when `snapshot` was read from it (none once it
 * has loaded). Images only when the snapshot holds a same-origin one: on a page without any, `document.images` would
 * be walked to its end for nothing (5-8 ms on 100,000 elements); the QR capture has just walked it otherwise.
 */
export function pendingParts(doc: Document, origin: string, snapshot: Pick<PageSnapshot, 'images'>): LateParts {
  const parts: LateParts = { images: [], frames: [] };
  const base = safeUrl(origin);
  if (doc.readyState === 'complete' || !base) return parts;
  const imgs = snapshot.images.some((i) => !i.src.startsWith('data:') && sameOrigin(i.src, base)) ? doc.images : [];
  for (let i = 0, img = imgs[0]; img && i < LATE_LIMITS.imagesLookedAt && parts.images.length < LATE_LIMITS.images; img = imgs[++i]) {
    if (img.complete) continue;
    const src = img.currentSrc || img.src;
    if (!src || src.startsWith('data:') || !sameOrigin(src, base)) continue;
    parts.images.push(img);
  }
  const frames = doc.getElementsByTagName('iframe');
  for (let i = 0, f = frames[0]; f && i < 20 && parts.frames.length < LATE_LIMITS.frames; f = frames[++i]) {
    const inner = frameDocument(f);
    // Not yet loaded: its document is still the initial one (or loading). A cross-origin frame reads null: skipped.
    if (inner && (inner.readyState !== 'complete' || inner.URL === 'about:blank')) parts.frames.push(f);
  }
  return parts;
}

/** Whether a part that has arrived can change the verdict: a payment-looking image, a frame showing a pay step. */
export function lateWorthALook(parts: LateParts): boolean {
  for (const img of parts.images) {
    if (!img.complete || !img.naturalWidth) continue;
    if (qrCandidate(img) || PAY_HINT.test(`${img.getAttribute('alt') ?? ''} ${img.currentSrc || img.src}`)) return true;
  }
  for (const f of parts.frames) {
    const body = frameDocument(f)?.body;
    if (body && lookAtAdded(body).hint) return true;
  }
  return false;
}

/** Settled: every part has loaded (or failed), or the page itself has. */
function settled(doc: Document, parts: LateParts): boolean {
  if (doc.readyState === 'complete') return true;
  return parts.images.every((img) => img.complete) && parts.frames.every((f) => {
    const inner = frameDocument(f);
    return !inner || (inner.readyState === 'complete' && inner.URL !== 'about:blank');
  });
}

/**
 * Follows `parts` until they settle (at most waitMs), then calls `again` once if one of them matters. A newer
 * snapshot replaces the follow-up (`follow` again, or `stop`). Timers go through `later` (nothing runs once orphaned).
 */
export function createLateLook(doc: Document, later: (fn: () => void, ms: number) => void, again: () => void) {
  let generation = 0;
  // The arrival listeners of the follow-up under way: removed when it ends or a newer one replaces it.
  let listening: AbortController | null = null;
  const end = () => {
    generation++;
    listening?.abort();
    listening = null;
  };
  return {
    follow(parts: LateParts) {
      end();
      const mine = generation;
      if (!parts.images.length && !parts.frames.length) return;
      const started = Date.now();
      let polls = 0;
      // Each scheduled look carries a token: an arrival event reschedules at once and the older timer does nothing.
      let token = 0;
      const schedule = (ms: number) => {
        const t = ++token;
        later(() => t === token && tick(), ms);
      };
      const tick = () => {
        if (mine !== generation) return;
        if (!settled(doc, parts) && Date.now() - started < LATE_LIMITS.waitMs) {
          polls++;
          return schedule(Math.min(LATE_LIMITS.pollMaxMs, LATE_LIMITS.pollMs * 2 ** Math.max(0, polls - 2)));
        }
        end();
        if (lateWorthALook(parts)) again();
      };
      listening = new AbortController();
      const arrived = () => schedule(0);
      for (const el of [...parts.images, ...parts.frames]) {
        el.addEventListener('load', arrived, { signal: listening.signal });
        el.addEventListener('error', arrived, { signal: listening.signal });
      }
      schedule(LATE_LIMITS.pollMs);
    },
    stop: end,
  };
}

function frameDocument(f: HTMLIFrameElement): Document | null {
  try {
    return f.contentDocument; // null for a cross-origin frame
  } catch {
    return null;
  }
}
