// When the first-run page opens: a fresh install in a person's browser only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { automated, checkPagePath, ensureLinkMenu, hasLinkMenu, shouldOpenWelcome } from '../../entrypoints/background/menus-first-run';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

describe('first run', () => {
  it('opens on install, not on update or a browser update, and not when automated', () => {
    expect(shouldOpenWelcome('install', false)).toBe(true);
    expect(shouldOpenWelcome('update', false)).toBe(false);
    expect(shouldOpenWelcome('chrome_update', false)).toBe(false);
    expect(shouldOpenWelcome('install', true)).toBe(false);
  });

  it('headless Chromium or webdriver count as automated; an ordinary browser does not', () => {
    expect(automated({ userAgent: CHROME })).toBe(false);
    expect(automated({ userAgent: CHROME.replace('Chrome/', 'HeadlessChrome/') })).toBe(true);
    expect(automated({ webdriver: true, userAgent: CHROME })).toBe(true);
    expect(automated(undefined)).toBe(false);
  });

  it('the menu opens the check page with the link in its address', () => {
    expect(checkPagePath('http://qq-pay.test/a?b=1')).toBe('/check.html?url=http%3A%2F%2Fqq-pay.test%2Fa%3Fb%3D1');
  });
});

describe('link menu where there are no context menus (Firefox for Android)', () => {
  const real = Object.getOwnPropertyDescriptor(browser, 'contextMenus');
  const setMenus = (value: unknown) => Object.defineProperty(browser, 'contextMenus', { value, configurable: true, writable: true });
  afterEach(() => {
    if (real) Object.defineProperty(browser, 'contextMenus', real);
  });

  it('creates the item where the browser has context menus', async () => {
    const menus = { removeAll: vi.fn(async () => undefined), create: vi.fn() };
    setMenus(menus);
    expect(hasLinkMenu()).toBe(true);
    await ensureLinkMenu('zh-CN');
    expect(menus.removeAll).toHaveBeenCalledOnce();
    expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ contexts: ['link'], title: '用卡盾检查此链接' }));
  });

  it('skips it, without throwing, where browser.contextMenus is undefined', async () => {
    setMenus(undefined);
    expect(hasLinkMenu()).toBe(false);
    await expect(ensureLinkMenu('zh-CN')).resolves.toBeUndefined();
  });
});
