// The popup's first screen, as a classic script popup.html runs from its <head> (issue 11/12: a cached verdict painted
// about as fast as an empty extension page). A module script runs only once the page is parsed, its stylesheets are
// loaded and its module graph is fetched; this one starts at once, so the storage read overlaps all of that. It reads
// the tab's verdict straight from storage.session (no message: the service worker may be asleep), checks it by hand
// (lib/core/verdict-peek.ts: no zod here), and paints it in plain DOM with the few texts it needs
// (lib/i18n/first-screen-texts.ts). The popup's module (../popup/main.tsx) loads React once this is on screen
// (../_shared/first-screen-signal.ts); React's first render replaces it in one commit.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { tabVerdictKey } from '../../lib/core/session-keys';
import { peekVerdict } from '../../lib/core/verdict-peek';
import { registerFirstScreen } from '../../lib/i18n';
import { firstScreenTexts } from '../../lib/i18n/first-screen-texts';
import { lastLocale } from '../_shared/locale';
import { targetTabId } from '../_shared/runtime';
import { paintFirstScreen } from './first-screen';
import { announce, painted } from '../_shared/first-screen-signal';

/** React's container, as soon as the parser has made it (not at DOMContentLoaded: that waits for the modules). */
const rootElement = () => new Promise<HTMLElement | null>((done) => {
  const now = document.getElementById('root');
  if (now || document.readyState !== 'loading') return done(now);
  const observer = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (root) { observer.disconnect(); done(root); }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => { observer.disconnect(); done(document.getElementById('root')); }, { once: true });
});

async function first(): Promise<boolean> {
  performance.mark('kadun:first-boot');
  const locale = lastLocale();
  registerFirstScreen(locale, firstScreenTexts[locale]);
  const tabId = await targetTabId();
  if (tabId === null) return false;
  const key = tabVerdictKey(tabId);
  const verdict = peekVerdict((await browser.storage.session.get(key))[key]);
  performance.mark('kadun:first-stored');
  if (!verdict) return false;
  const root = await rootElement();
  // React got there first (it should not: it waits for this script's signal, but never paint over it).
  if (!root || root.childElementCount > 0) return false;
  const params = new URLSearchParams(location.search);
  paintFirstScreen(root, locale, verdict, { forTab: params.has('tabId'), canShow: true, hidden: params.get('hidden') === '1' });
  // npm run bench reads this mark (scripts/bench/popup.ts); React's view sets it only when this did not.
  performance.mark('kadun:verdict-shown');
  await painted();
  return true;
}

export default defineUnlistedScript(() => {
  void first().catch(() => false).then(announce);
});
