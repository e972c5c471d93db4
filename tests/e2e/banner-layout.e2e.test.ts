// The banner's place and size in real Chromium (issue 11 item 11): it takes its own space at the top — the shop's
// header, in the page's flow or fixed to the top, stays visible below it — it is compact on a narrow window (one
// line and its buttons, ≤ 64 px at 480 px wide), and 离开此网站 closes the tab for a new-tab page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES_DIR, DEMO_SITES, type DemoServer } from '../../scripts/demo/server';
import { ARTEFACTS, clickBannerButton, readBanner, toolbarState, useDemoBrowser, verdictForUrl } from './extension';

const env = useDemoBrowser();

/** `query`: a page of its own (a dismissal in one test holds for its page only, never for another test's). */
async function visit(site: Parameters<DemoServer['url']>[0], width = 1100, prepare?: (page: Page) => Promise<void>, query = '') {
  const page = await env.b.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await prepare?.(page);
  const url = env.server.url(site) + query;
  const since = Date.now();
  await page.goto(url);
  const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
  await expect.poll(async () => (await readBanner(page)).present).toBe(true);
  return { page, url, tabId, verdict };
}

/** The banner host's box and the box of the page's element matching `selector` (both in viewport pixels). */
async function boxes(page: Page, selector: string) {
  // Let the banner's size settle (ResizeObserver) before measuring.
  await page.waitForTimeout(300);
  return page.evaluate((sel) => {
    const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('kadun-banner-'))!;
    const el = document.querySelector(sel)!;
    const r = (e: Element) => { const b = e.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, height: b.height }; };
    const header = r(el);
    // What is painted at the header's middle: the header (or its text), not the banner.
    const hit = document.elementFromPoint(20, header.top + header.height / 2);
    return { banner: r(host), header, headerVisible: hit !== null && (hit === el || el.contains(hit)) };
  }, selector);
}

describe('the banner takes its own space at the top', () => {
  it('pushes the page down: the shop\'s header in the page flow stays visible below it', async () => {
    const { page } = await visit('fake-icp.test');
    const { banner, header, headerVisible } = await boxes(page, 'header');
    expect(banner.top).toBe(0);
    expect(header.top).toBeGreaterThanOrEqual(banner.bottom - 0.5);
    expect(headerVisible).toBe(true);
    await page.close();
  });

  it.each(['fixed', 'sticky'] as const)('moves a header %s to the top below it, and gives everything back after 我已了解', async (position) => {
    const { page } = await visit('fake-icp.test', 1100, async (p) => {
      // The demo page with its header fixed (or sticky) at the top, and long enough to scroll (served from the file:
      // the test names resolve in Chromium only).
      const html = readFileSync(join(DEMO_PAGES_DIR, DEMO_SITES['fake-icp.test']), 'utf8')
        .replace('<header>', `<header id="fixed-nav" style="position:${position};top:0;left:0;right:0;z-index:999">`)
        .replace('</body>', '<div style="height:3000px"></div></body>');
      await p.route((u) => u.pathname === '/' && u.hostname === 'fake-icp.test', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    }, `?nav=${position}`);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const { banner, header, headerVisible } = await boxes(page, '#fixed-nav');
    expect(header.top).toBeGreaterThanOrEqual(banner.bottom - 0.5);
    expect(headerVisible).toBe(true);
    await page.screenshot({ path: join(ARTEFACTS, `banner-${position}-header.png`) });
    await clickBannerButton(page, 'dismiss');
    await expect.poll(async () => (await readBanner(page)).present).toBe(false);
    const after = await page.evaluate(() => ({
      nav: document.querySelector('#fixed-nav')!.getBoundingClientRect().top,
      margin: getComputedStyle(document.documentElement).marginTop,
    }));
    expect(after).toEqual({ nav: 0, margin: '0px' });
    await page.close();
  });

  it('is compact at 480 px wide: at most 64 px, its buttons on screen, 疑似 said at most once', async () => {
    const { page } = await visit('pay-personal.test', 480);
    const { banner, headerVisible } = await boxes(page, 'header');
    expect(banner.height).toBeLessThanOrEqual(64);
    expect(headerVisible).toBe(true);
    const text = (await readBanner(page)).text;
    for (const label of ['离开此网站', '查看原因', '我已了解']) expect(text).toContain(label);
    expect(text.split('疑似').length - 1).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(ARTEFACTS, 'banner-narrow-480.png') });
    await page.close();
  });
});

describe('离开此网站', () => {
  it('closes the shop\'s tab and opens a new-tab page in its place', async () => {
    const { page } = await visit('pay-personal.test');
    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
    const opened = env.b.context.waitForEvent('page', { timeout: 10_000 });
    await clickBannerButton(page, 'leave');
    const fresh = await opened;
    await closed;
    expect(page.isClosed()).toBe(true);
    expect(fresh.url()).not.toContain('.test');
    await fresh.close();
  });

});

describe('toolbar badges', () => {
  it('amber and grey differ: amber says "!" on amber, grey (not a shop) has no badge', async () => {
    const expected = {
      'epay-cashier.test': { light: 'amber', badge: '!' },
      'news.test': { light: 'grey', badge: '' },
      'pay-personal.test': { light: 'red', badge: '!' },
    } as const;
    for (const site of Object.keys(expected) as (keyof typeof expected)[]) {
      const page = await env.b.context.newPage();
      const url = env.server.url(site);
      const since = Date.now();
      await page.goto(url);
      const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
      expect(verdict.light).toBe(expected[site].light);
      // The toolbar follows the stored verdict asynchronously: wait for it to settle on the light's badge.
      await expect.poll(async () => (await toolbarState(env.b.worker, tabId)).badge, { timeout: 5_000 }).toBe(expected[site].badge);
      await page.close();
    }
    // Amber's badge is not grey's.
    expect(expected['epay-cashier.test'].badge).not.toBe(expected['news.test'].badge);
  });
});
