// The popup's first screen, from its boot (main.tsx): the stored verdict checked by hand (lib/core/verdict-peek.ts,
// no zod here) and painted in plain DOM (./first-screen.ts) in the language the pages last showed, before React's
// view is even fetched; then it waits until those pixels are on screen, so React's chunk (fetched, parsed and run on
// this thread) does not hold that frame back. `data-kadun-first` on <html> says what happened ('painted' | 'none'), `data-kadun-first-light` which light.
import { peekVerdict } from '../../lib/core/verdict-peek';
import type { Early } from './early';
import { paintFirstScreen } from './first-screen';

export async function paintFirst(early: Early): Promise<void> {
  const first = await early.first;
  const verdict = first ? peekVerdict(first.stored) : null;
  const root = document.getElementById('root');
  if (!first || !verdict || !root) {
    document.documentElement.setAttribute('data-kadun-first', 'none');
    return;
  }
  const params = new URLSearchParams(location.search);
  paintFirstScreen(root, first.locale, verdict, { forTab: params.has('tabId'), canShow: first.tabId !== null, hidden: params.get('hidden') === '1' });
  // npm run bench reads this mark (scripts/bench/popup.ts); React's view sets it only when this did not.
  performance.mark('kadun:verdict-shown');
  document.documentElement.setAttribute('data-kadun-first', 'painted');
  document.documentElement.setAttribute('data-kadun-first-light', verdict.light);
  await painted();
}

/**
 * Resolves once the first screen's pixels are on screen: the browser reports the paint of its marked texts (Element
 * Timing). Without that API (Firefox), the frame after the next; a page without frames (hidden) goes on after 150 ms.
 */
function painted(): Promise<void> {
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
