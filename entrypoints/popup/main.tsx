// The popup's boot: reads the tab's verdict from storage.session and asks for the language (./early.ts: the browser
// API, message names and one language's texts), paints the first screen in plain DOM (./first-screen.ts), and only
// then loads the view (./render.tsx: React, components, zod/mini), which replaces that screen in one commit.
import { peekVerdict } from '../../lib/core/verdict-peek';
import { askEarly, type Early } from './early';
import { paintFirstScreen } from './first-screen';
import '../_shared/style.css';
import './style.css';

/** The first screen when the stored verdict has the verdict's shape; React's first render shows whatever else. */
async function paintFirst(early: Early): Promise<void> {
  const first = await early.first;
  const verdict = first ? peekVerdict(first.stored) : null;
  if (!first || !verdict) return;
  const params = new URLSearchParams(location.search);
  paintFirstScreen(document.getElementById('root')!, first.locale, verdict, {
    forTab: params.has('tabId'), canShow: first.tabId !== null, hidden: params.get('hidden') === '1',
  });
  // npm run bench reads this mark (scripts/bench/popup.ts); React's view sets it only when this did not.
  performance.mark('kadun:verdict-shown');
  await painted();
}

/**
 * Resolves once the first screen's pixels are on screen, so React's chunk (fetched, parsed and run on this thread)
 * does not hold that frame back: the browser reports the paint of the marked texts (Element Timing). Without that
 * API (Firefox), the frame after the next; a page without frames (hidden) goes on after 150 ms.
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

const early = askEarly();
void paintFirst(early).catch(() => undefined).then(() => import('./render')).then((view) => {
  performance.mark('kadun:view-loaded');
  return view.render(early);
});
