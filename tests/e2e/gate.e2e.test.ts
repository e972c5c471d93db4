// The full-page warning for confirmed scams, and the link check, in real Chromium. The extension's bundled list is
// a signed test list (tests/e2e/signed-list.ts): scam-listed.test is confirmed, reported-only.test only reported.
// Visiting the confirmed site shows KaDun's warning page instead; 离开 closes it; 仍要访问 is behind the details
// toggle, loads the site and is remembered (also after a browser restart); the reported site loads as usual.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { confirmed, entry, list } from '../risk-list/helpers';
import { ARTEFACTS, verdictForUrl } from './extension';
import { extensionWithList } from './signed-list';

declare const chrome: any;

const TEST_LIST = list({
  version: 5,
  entries: [
    confirmed('scam-listed.test', {
      category: 'non-delivery', note: '付款到个人微信后不发货，客服失联', firstSeen: '2026-10-03', lastSeen: '2026-11-18', expires: '2099-01-01',
      evidence: ['https://evidence.example/report/42'],
    }),
    entry('reported-only.test', { expires: '2099-01-01' }),
  ],
});

let server: DemoServer;
let b: Launched;
let extDir: string;

const url = (host: string) => `http://${host}:${server.port}/pay-personal.html`;

/** Waits until the install-time import has built the prefilter the document_start script reads. */
async function filterReady(launched: Launched) {
  for (let i = 0; i < 100; i++) {
    const meta = await launched.worker.evaluate(async () => (await chrome.storage.local.get('filter:meta'))['filter:meta']);
    if (meta?.listVersion === 5) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('gate filter not built');
}

async function visit(page: Page, target: string) {
  await page.goto(target).catch(() => undefined); // a navigation replaced by the warning page aborts
}

beforeAll(async () => {
  server = await startDemoServer();
  extDir = await extensionWithList(TEST_LIST);
  b = await launchWithExtension({ headless: true, extensionDir: extDir });
  await filterReady(b);
});
afterAll(async () => {
  await b?.context.close();
  await server?.close();
});

describe('interstitial for a confirmed list entry', () => {
  it('shows what, why, since when and the evidence; 离开 closes the tab', async () => {
    const page = await b.context.newPage();
    await visit(page, url('scam-listed.test'));
    await page.waitForURL(/\/blocked\.html\?url=/, { timeout: 10_000 });
    await page.waitForSelector('.blocked-banner');
    const text = await page.locator('main.blocked').innerText();
    expect(text).toContain('卡盾已拦下这个网站');
    expect(text).toContain('scam-listed.test');
    expect(text).toContain('付款到个人微信后不发货，客服失联');
    expect(text).toContain('付款不发货 / 跑路');
    expect(text).toContain('2026-10-03');
    expect(await page.locator('.blocked-evidence a').getAttribute('href')).toBe('https://evidence.example/report/42');
    // The way on is hidden until the details are opened; 离开 is the visible, focused button.
    expect(await page.locator('button[name=proceed]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('leave');
    await page.screenshot({ path: join(ARTEFACTS, 'interstitial-zh-CN.png'), fullPage: true });
    await Promise.all([page.waitForEvent('close', { timeout: 10_000 }), page.click('button[name=leave]')]);
    expect(page.isClosed()).toBe(true);
  });

  it('仍要访问 (inside the details) loads the site and is remembered for the site, also after a restart', async () => {
    const page = await b.context.newPage();
    await visit(page, url('scam-listed.test'));
    await page.waitForSelector('.blocked-banner', { timeout: 10_000 });
    await page.click('details.blocked-details > summary');
    await Promise.all([page.waitForURL(url('scam-listed.test'), { timeout: 10_000 }), page.click('button[name=proceed]')]);
    await page.waitForLoadState('load');
    expect(page.url()).toBe(url('scam-listed.test'));

    // Another page of the same site: no warning page any more (the list still makes the verdict red).
    const again = await b.context.newPage();
    const shop = `http://www.scam-listed.test:${server.port}/clean-shop.html`;
    const since = Date.now();
    await again.goto(shop);
    const { verdict } = await verdictForUrl(b.worker, shop, 10_000, since);
    expect(verdict.light).toBe('red');
    expect(again.url()).toBe(shop);

    // A restarted browser (same profile) remembers the choice.
    const profile = b.userDataDir;
    await b.context.close();
    b = await launchWithExtension({ headless: true, extensionDir: extDir, userDataDir: profile });
    const later = await b.context.newPage();
    await later.goto(url('scam-listed.test'));
    await verdictForUrl(b.worker, url('scam-listed.test'));
    expect(later.url()).toBe(url('scam-listed.test'));
  });

  it('a reported (not confirmed) entry gets no warning page, only its verdict', async () => {
    const page = await b.context.newPage();
    const since = Date.now();
    await page.goto(url('reported-only.test'));
    const { verdict } = await verdictForUrl(b.worker, url('reported-only.test'), 10_000, since);
    expect(verdict.signals.map((s) => s.id)).toContain('list-reported');
    expect(page.url()).toBe(url('reported-only.test'));
  });
});

describe('link check page', () => {
  const check = async (input: string) => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${new URL(b.worker.url()).host}/check.html`);
    await page.fill('#link-input', input);
    await page.click('button[name=check]');
    await page.waitForSelector('.link-check-result, .link-check-error', { timeout: 10_000 });
    return page;
  };

  it('a look-alike host gets a warning', async () => {
    const page = await check('群里发的 http://qq-pay.test/chongzhi 便宜');
    expect(await page.locator('[data-signal=impersonation]').count()).toBe(1);
    expect(['red', 'amber']).toContain(await page.locator('.link-check-result').getAttribute('data-light'));
    await page.setViewportSize({ width: 720, height: 900 });
    await page.screenshot({ path: join(ARTEFACTS, 'link-check-zh-CN.png'), fullPage: true });
  });

  it('a listed domain is red with the list\'s reason', async () => {
    const page = await check('https://pay.scam-listed.test/order');
    expect(await page.locator('.link-check-result').getAttribute('data-light')).toBe('red');
    expect(await page.locator('[data-signal=list-confirmed]').innerText()).toContain('付款到个人微信后不发货，客服失联');
  });

  it('an unknown domain with the sources off says what it could not check', async () => {
    const page = await check('unknown-shop.example');
    expect(await page.locator('.link-check-result').getAttribute('data-light')).toBe('amber');
    const unchecked = await page.locator('.link-check-unchecked').innerText();
    expect(unchecked).toContain('未加载页面，无法检查收款方式');
    expect(await page.locator('.link-check-unchecked li').count()).toBeGreaterThanOrEqual(2);
    // Not a link: a plain answer, no result.
    await page.fill('#link-input', 'javascript:alert(1)');
    await page.click('button[name=check]');
    await page.waitForSelector('.link-check-error');
    expect(await page.locator('.link-check-error').innerText()).toContain('只能检查 http 或 https 网址');
  });

  it('the link context menu item exists, and the page it opens (check.html?url=…) checks that link at once', async () => {
    // Playwright cannot open the browser's native menu: the item is checked through the API (update fails for an
    // unknown id), and the page its click opens (menus-first-run.ts checkPagePath) is opened directly.
    const exists = await b.worker.evaluate(() => new Promise((r) => chrome.contextMenus.update('kadun-link-check', {}, () => r(!chrome.runtime.lastError))));
    expect(exists).toBe(true);
    const missing = await b.worker.evaluate(() => new Promise((r) => chrome.contextMenus.update('no-such-item', {}, () => r(!chrome.runtime.lastError))));
    expect(missing).toBe(false);
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${new URL(b.worker.url()).host}/check.html?url=${encodeURIComponent('http://qq-pay.test/x')}`);
    await page.waitForSelector('.link-check-result', { timeout: 10_000 });
    expect(await page.locator('#link-input').inputValue()).toBe('http://qq-pay.test/x');
    expect(await page.locator('[data-signal=impersonation]').count()).toBe(1);
  });
});
