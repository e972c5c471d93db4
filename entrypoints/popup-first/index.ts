// popup-first.js: the popup's first screen when the tab's popup URL carries its verdict (lib/core/popup-hash.ts). A
// classic deferred script of its own (popup/index.html loads it before the module), self-contained: one file to fetch,
// no module graph, no polyfill, no browser API at all — it runs as soon as the page is parsed and its stylesheets are
// in, and paints the headline, the advice and the danger reasons while the module (React's view) is still loading.
// Without a carried verdict it paints nothing and the module paints from storage.session as before. It also starts
// the module itself (popup.html names it in a <meta>, scripts/vite-popup-html.ts): after the first screen's pixels,
// or at once when there is nothing to paint, so React's fetch and evaluation never hold back that frame.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { decodePopupHash, POPUP_VIEW_META } from '../../lib/core/popup-hash';
import { registerFirstScreen } from '../../lib/i18n';
import { firstScreenTexts } from '../../lib/i18n/first-screen-texts';
import { lastLocale } from '../_shared/locale';
import { FIRST_PAINTED, paintNow, paintRest, painted } from '../popup/first-paint';

/** Loads the popup's module (React's view), named by popup.html (a dev server's page has its own module tag). */
function loadView(): void {
  const src = document.querySelector(`meta[name="${POPUP_VIEW_META}"]`)?.getAttribute('content');
  if (!src) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

export default defineUnlistedScript(() => {
  performance.mark('kadun:boot-first');
  let shown: Promise<void> | null = null;
  try {
    const carried = decodePopupHash(location.hash.slice(1));
    if (carried) {
      const locale = lastLocale();
      registerFirstScreen(locale, firstScreenTexts[locale]);
      if (paintNow({ locale, tabId: carried.tabId, stored: carried.verdict })) shown = painted().then(paintRest);
    }
  } finally {
    // Whatever happened above, the view loads: the popup must never stay a picture.
    (globalThis as unknown as Record<string, unknown>)[FIRST_PAINTED] = shown ?? undefined;
    if (shown) void shown.then(loadView, loadView);
    else loadView();
  }
});
