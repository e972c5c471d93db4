// Toolbar state per tab: an icon per light (KaDun's shield in the light's colour, carrying the light's shape, so the
// lights differ without colour), a badge for red and amber, and the headline as the tooltip. Same code for Chrome
// MV3 (`action`) and Firefox MV2 (`browserAction`).
import { browser } from 'wxt/browser';
import { firstFrame } from '../../lib/i18n/first-frame';
import { FIRST_FRAME_CARDS } from '../../lib/core/frame-texts';
import { encodePopupHash } from '../../lib/core/popup-hash';
import type { Locale } from '../../lib/i18n';
import type { Light, Verdict } from '../../lib/core/types';

// Amber is "be careful" ("!" on amber), never the grey of "not a shop" (no badge: KaDun makes no call there). Issue
// 11: amber's "?" used to read like grey's "could not tell".
export const BADGE: Record<Light, { text: string; color: string }> = {
  red: { text: '!', color: '#b91c1c' },
  amber: { text: '!', color: '#b45309' },
  green: { text: '', color: '#15803d' },
  grey: { text: '', color: '#4b5563' },
};

function actionApi() {
  return browser.action ?? browser.browserAction;
}

export function iconPaths(light: Light): Record<string, string> {
  return { 16: `/icons/${light}-16.png`, 32: `/icons/${light}-32.png`, 48: `/icons/${light}-48.png` };
}

export async function showLight(tabId: number, light: Light, title: string): Promise<void> {
  const action = actionApi();
  await Promise.all([
    action.setIcon({ tabId, path: iconPaths(light) }),
    action.setBadgeText({ tabId, text: BADGE[light].text }),
    action.setBadgeBackgroundColor({ tabId, color: BADGE[light].color }),
    action.setTitle({ tabId, title }),
  ]);
}

/** The page hid the in-page banner: the toolbar says so (its badge and tooltip are out of the page's reach). */
export async function showHiddenWarning(tabId: number, title: string): Promise<void> {
  const action = actionApi();
  await Promise.all([
    action.setBadgeText({ tabId, text: '!!' }),
    action.setBadgeBackgroundColor({ tabId, color: BADGE.red.color }),
    action.setTitle({ tabId, title }),
  ]);
}

/**
 * The tab's popup carries its first frame, worded in `locale` (lib/core/popup-hash.ts): the popup paints it without
 * asking anything. A frame too large for the URL leaves the plain popup, which reads storage.session.
 */
export async function showPopupVerdict(tabId: number, verdict: Verdict, doc: string, locale: Locale): Promise<void> {
  // The toolbar's popup: not in a tab (no ?tabId=), for a known tab, the banner not hidden (that opens a tab).
  const frame = firstFrame(locale, verdict, { forTab: false, canShow: true, hidden: false, cards: FIRST_FRAME_CARDS });
  const hash = encodePopupHash({ tabId, doc, locale, frame });
  await actionApi().setPopup({ tabId, popup: hash ? `/popup.html#${hash}` : '/popup.html' });
}

/** The title the manifest gives the toolbar button (what a navigation leaves), in either manifest version. */
function defaultTitle(): string {
  const m = browser.runtime.getManifest() as { action?: { default_title?: string }; browser_action?: { default_title?: string } };
  return m.action?.default_title ?? m.browser_action?.default_title ?? '卡盾';
}

/**
 * The tab shows another document than the one just published (it moved on while the verdict was being made): its
 * toolbar and popup go back to their defaults — grey, no badge, the plain popup — as a navigation leaves them.
 */
export async function resetTab(tabId: number): Promise<void> {
  await Promise.all([showLight(tabId, 'grey', defaultTitle()), actionApi().setPopup({ tabId, popup: '/popup.html' })]);
}
