// The popup's first screen: the stored verdict checked by hand (lib/core/verdict-peek.ts, no zod here) and painted in
// plain DOM (./first-screen.ts) in the language the pages last showed, before React's view is even fetched; then it
// waits until those pixels are on screen, so React's chunk (fetched, parsed and run on this thread) does not hold that
// frame back. `data-kadun-first` on <html> says what happened ('painted' | 'none'), `data-kadun-first-light` which light.
// Two callers: the classic script popup-first.js (entrypoints/popup-first/), which paints the verdict the tab's popup
// URL carries before the module graph has loaded, and the popup's module (./main.tsx) for everything else (the
// verdict read from storage.session).
import { peekVerdict } from '../../lib/core/verdict-peek';
import type { Locale } from '../../lib/i18n';
import type { Early } from './early';
import { paintFirstScreen } from './first-screen';

export type FirstInput = { locale: Locale; tabId: number | null; stored: unknown };

/** Where popup-first.js leaves the promise of its paint for the module (absent: it painted nothing). */
export const FIRST_PAINTED = '__kadunFirstPainted';

/** How many reason cards the first frame carries (the rest follow in the next: paintRest). */
const FIRST_FRAME_CARDS = 1;
/** The full first screen, drawn once the first frame is on screen (set by paintNow). */
let rest: (() => void) | null = null;

/**
 * Paints `first` at once when it is a verdict — the header, the advice, the primary action and the first reason card
 * only (measured: a frame with the whole first screen to lay out came one frame later) — and keeps the rest for
 * paintRest; false (and `data-kadun-first="none"`) when there is nothing to paint.
 */
export function paintNow(first: FirstInput | null): boolean {
  const verdict = first ? peekVerdict(first.stored) : null;
  const root = document.getElementById('root');
  if (!first || !verdict || !root) {
    document.documentElement.setAttribute('data-kadun-first', 'none');
    return false;
  }
  const params = new URLSearchParams(location.search);
  const opts = { forTab: params.has('tabId'), canShow: first.tabId !== null, hidden: params.get('hidden') === '1' };
  paintFirstScreen(root, first.locale, verdict, { ...opts, cards: FIRST_FRAME_CARDS });
  rest = () => paintFirstScreen(root, first.locale, verdict, opts);
  // npm run bench reads this mark (scripts/bench/popup.ts); React's view sets it only when this did not.
  performance.mark('kadun:verdict-shown');
  document.documentElement.setAttribute('data-kadun-first', 'painted');
  document.documentElement.setAttribute('data-kadun-first-light', verdict.light);
  return true;
}

/** The rest of the first screen (every danger and warn card), once the first frame is on screen; then nothing. */
export function paintRest(): void {
  const draw = rest;
  rest = null;
  draw?.();
}

/** The module's path: the stored verdict once read, painted, its pixels on screen, then the rest of its cards. */
export async function paintFirst(early: Early): Promise<void> {
  if (paintNow((await early.first) ?? null)) {
    await painted();
    paintRest();
  }
}

/**
 * Resolves once the first screen's pixels are on screen: the browser reports the paint of its marked texts (Element
 * Timing). Without that API (Firefox), the frame after the next; a page without frames (hidden) goes on after 150 ms.
 */
export function painted(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 150);
    const finish = () => { clearTimeout(timer); done(); };
    if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('element')) {
      const observer = new PerformanceObserver(() => { observer.disconnect(); finish(); });
      observer.observe({ type: 'element', buffered: true });
    } else {
      requestAnimationFrame(() => requestAnimationFrame(finish));
    }
  });
}
