// How the popup's first screen (../popup-first, a classic script) tells the popup's module (../popup/main.tsx) that it is done —
// painted on screen, or nothing to paint — so React's chunk is fetched and run only after that frame. Two separate
// bundles share no module state: the signal is an attribute on <html> and an event, whichever the module sees first.
const ATTR = 'data-kadun-first';
const EVENT = 'kadun:first-screen';

export function announce(painted: boolean): void {
  document.documentElement.setAttribute(ATTR, painted ? 'painted' : 'none');
  document.dispatchEvent(new Event(EVENT));
}

/** Resolves when the first screen is done, or after `maxMs` (its script failed to load or run). */
export function firstScreenDone(maxMs: number): Promise<void> {
  return new Promise((done) => {
    if (document.documentElement.hasAttribute(ATTR)) return done();
    const timer = setTimeout(done, maxMs);
    document.addEventListener(EVENT, () => { clearTimeout(timer); done(); }, { once: true });
  });
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
