// popup-first.js: the popup's first frame when the tab's popup URL carries it (lib/core/popup-hash.ts). A classic
// deferred script of its own (popup/index.html loads it before the module), self-contained and a few KB: one file to
// fetch, no module graph, no polyfill, no language table, no browser API — it runs as soon as the page is parsed and
// its stylesheets are in, and lays out the words the service worker composed (the header, the advice, the primary
// action and the first reason) while the module (React's view) is still loading. Without carried words it paints
// nothing and the module paints from storage.session as before. It also starts the module itself (popup.html names it
// in a <meta>, scripts/vite-popup-html.ts): after the first frame's pixels, or at once when there is nothing to paint,
// so React's fetch and evaluation never hold back that frame.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { decodePopupHash, POPUP_VIEW_META } from '../../lib/core/popup-hash';
import { LAST_LOCALE } from '../_shared/locale-key';
import { paintFirstScreen } from '../popup/first-screen';
import { FIRST_PAINTED, painted, shownMarks } from '../popup/paint-clock';

/** Loads the popup's module (React's view), named by popup.html (a dev server's page has its own module tag). */
function loadView(): void {
  const src = document.querySelector(`meta[name="${POPUP_VIEW_META}"]`)?.getAttribute('content');
  if (!src) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

/**
 * False when the person has switched language since the frame was worded (the pages remember the setting's language:
 * ../_shared/locale.ts): the module paints from storage in the new one instead.
 */
function sameLanguage(locale: string): boolean {
  try {
    const last = localStorage.getItem(LAST_LOCALE);
    return last === null || last === locale;
  } catch {
    return true;
  }
}

/** Paints the carried frame and resolves once it is on screen; null when there is none to paint. */
function paintCarried(): Promise<void> | null {
  // Carried only for the toolbar's own popup: a popup opened in a tab (?tabId=) is worded for a tab by the module.
  const carried = location.search ? null : decodePopupHash(location.hash.slice(1));
  const root = document.getElementById('root');
  if (!carried || !root || !sameLanguage(carried.locale)) return null;
  paintFirstScreen(root, carried.locale, carried.frame);
  shownMarks(carried.frame.light, 'url');
  return painted();
}

export default defineUnlistedScript(() => {
  performance.mark('kadun:boot-first');
  let shown: Promise<void> | null = null;
  try {
    shown = paintCarried();
  } finally {
    // Whatever happened above, the view loads: the popup must never stay a picture.
    (globalThis as unknown as Record<string, unknown>)[FIRST_PAINTED] = shown ?? undefined;
    if (shown) void shown.then(loadView, loadView);
    else loadView();
  }
});
