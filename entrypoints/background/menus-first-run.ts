// The link context menu (用卡盾检查此链接 → the check page) and the first-run page. Both are opened as KaDun's own
// pages with tabs.create, which needs no tabs permission; the link's address stays inside the extension page's URL.
import { browser } from 'wxt/browser';
import { t, type Locale } from '../../lib/i18n';

export const LINK_MENU_ID = 'kadun-link-check';

/** The first-run page opens on a fresh install only — not on an update, and not in a headless or automated browser
 * (the e2e tests, the headless demo), where an extra tab would change what the tests see. A test that wants it
 * launches with an ordinary browser's user agent (tests/e2e/welcome.e2e.test.ts). */
export function shouldOpenWelcome(reason: string, automated: boolean): boolean {
  return reason === 'install' && !automated;
}

/**
 * A person never browses in headless Chromium. navigator.webdriver would be the direct signal, but Chromium does
 * not expose it to a service worker, so the worker reads the user agent ("HeadlessChrome"); webdriver is still
 * honoured where a browser exposes it (Firefox's background page).
 */
export function automated(nav: { webdriver?: boolean; userAgent?: string } | undefined = globalThis.navigator): boolean {
  return nav?.webdriver === true || /\bHeadlessChrome\//.test(nav?.userAgent ?? '');
}

export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

/** Firefox for Android has no context menus (browser.contextMenus is undefined there): the link check stays in the
 * popup and on the check page. */
export const hasLinkMenu = (): boolean => browser.contextMenus !== undefined;

/** (Re)creates the menu: Chrome keeps menus across restarts, Firefox's event pages do not; removeAll avoids a duplicate id. */
export async function ensureLinkMenu(locale: Locale): Promise<void> {
  if (!hasLinkMenu()) return;
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LINK_MENU_ID, title: t(locale, 'check.menu'), contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] });
}

export const checkPagePath = (url: string) => `/check.html?url=${encodeURIComponent(url)}`;

export function onLinkMenuClicked(info: { menuItemId: string | number; linkUrl?: string }): void {
  if (info.menuItemId !== LINK_MENU_ID || !info.linkUrl) return;
  void browser.tabs.create({ url: browser.runtime.getURL(checkPagePath(info.linkUrl) as '/check.html') });
}
