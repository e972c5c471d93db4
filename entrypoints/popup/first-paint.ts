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

/** Paints `first` at once when it is a verdict; false (and `data-kadun-first="none"`) otherwise. */
export function paintNow(first: FirstInput | null): boolean {
  const verdict = first ? peekVerdict(first.stored) : null;
  const root = document.getElementById('root');
  if (!first || !verdict || !root) {
    document.documentElement.setAttribute('data-kadun-first', 'none');
    return false;
  }
  const params = new URLSearchParams(location.search);
  paintFirstScreen(root, first.locale, verdict, { forTab: params.has('tabId'), canShow: first.tabId !== null, hidden: params.get('hidden') === '1' });
  // npm run bench reads this mark (scripts/bench/popup.ts); React's view sets it only when this did not.
  performance.mark('kadun:verdict-shown');
  document.documentElement.setAttribute('data-kadun-first', 'painted');
  document.documentElement.setAttribute('data-kadun-first-light', verdict.light);
  return true;
}

/** The module's path: the stored verdict once read, painted, and its pixels on screen. */
export async function paintFirst(early: Early): Promise<void> {
  if (paintNow((await early.first) ?? null)) await painted();
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
