// What both first-screen painters share (popup-first.js for the frame the popup's URL carries, ./first-paint.ts for the
// verdict read from storage): the marks that say what was painted, and the wait for its pixels. No imports, so
// popup-first.js stays a few KB.

/** Where popup-first.js leaves the promise of its paint for the module (absent: it painted nothing). */
export const FIRST_PAINTED = '__kadunFirstPainted';

/**
 * The first screen is in the DOM: `data-kadun-first="painted"`, its light and where its words came from ('url': the
 * popup's URL; 'storage': the stored verdict) on <html> (tests), and the mark `npm run bench` reads
 * (scripts/bench/popup.ts; React's view sets it only when no first screen did).
 */
export function shownMarks(light: string, from: 'url' | 'storage'): void {
  performance.mark('kadun:verdict-shown');
  document.documentElement.setAttribute('data-kadun-first', 'painted');
  document.documentElement.setAttribute('data-kadun-first-light', light);
  document.documentElement.setAttribute('data-kadun-first-from', from);
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
