// Issue 10, "Banner hiding and spoofing", in real Chromium with the built extension (npm run build first). The
// page attacks the red banner of pay-personal.test: whatever it does, the warning is either still painted on top
// (checked by the pixel colour at the bar, not by the DOM) or handed to surfaces the page cannot touch (the toolbar
// badge and tooltip, and the reasons opened in an extension page); a decoy cannot turn a click into a dismissal.
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/demo/server';
import { clickBannerButton, openPopup, readBanner, toolbarState, useDemoBrowser, verdictForUrl } from './extension';

const env = useDemoBrowser();

async function visit(site: Parameters<DemoServer['url']>[0]) {
  const page = await env.b.context.newPage();
  const url = env.server.url(site);
  const since = Date.now();
  await page.goto(url);
  const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
  await expect.poll(async () => (await readBanner(page)).present).toBe(true);
  return { page, url, tabId, verdict };
}

type Box = { x: number; y: number; width: number; height: number };

/** A box of the banner's shadow content (the bar, or a button) through the DevTools protocol (closed shadow root). */
async function bannerBox(page: Page, pick: 'bar' | 'dismiss'): Promise<Box> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { backendNodeId: number; localName?: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const attr = (n: Node, k: string) => { const a = n.attributes ?? []; const i = a.indexOf(k); return i >= 0 && i % 2 === 0 ? a[i + 1] : null; };
    const want = (n: Node) => (pick === 'bar' ? attr(n, 'role') === 'alert' : n.localName === 'button' && attr(n, 'class') === 'dismiss');
    const find = (n: Node, inBanner: boolean): Node | null => {
      const inside = inBanner || Boolean(n.localName?.startsWith('kadun-banner-'));
      if (inside && want(n)) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const hit = find(c, inside);
        if (hit) return hit;
      }
      return null;
    };
    const node = find(root, false);
    if (!node) throw new Error(`no banner ${pick}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  } finally {
    await cdp.detach();
  }
}

/** Whether the banner's red is what is actually painted at the bar's left padding (a screenshot pixel). */
async function paintedRed(page: Page): Promise<boolean> {
  const bar = await bannerBox(page, 'bar');
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.max(bar.x + 3, 0), y: bar.y + bar.height / 2, width: 1, height: 1 } }));
  const [r, g, b] = [png.data[0]!, png.data[1]!, png.data[2]!];
  return Math.abs(r - 0xb9) < 24 && g < 60 && b < 60;
}

/** The fallback: the toolbar says the warning was hidden, and an extension page with the reasons was opened. */
async function expectFallback(tabId: number, opened: Promise<Page>) {
  const reasons = await opened;
  await reasons.waitForSelector('.hidden-warning', { timeout: 10_000 });
  expect(reasons.url()).toContain(`tabId=${tabId}`);
  expect(await reasons.getAttribute('.verdict', 'data-light')).toBe('red');
  const bar = await toolbarState(env.b.worker, tabId);
  expect(bar.badge).toBe('!!');
  expect(bar.title).toContain('遮住');
  await reasons.close();
}

const extensionPage = () => env.b.context.waitForEvent('page', { predicate: (p) => p.url().startsWith('chrome-extension://'), timeout: 20_000 });

describe('banner attacks', () => {
  it('a later fixed element with the highest z-index does not cover it (the banner is in the top layer)', async () => {
    const { page } = await visit('pay-personal.test');
    expect(await paintedRed(page)).toBe(true);
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;top:0;left:0;right:0;height:160px;background:#fff;z-index:2147483647';
      cover.textContent = '正规商城';
      document.body.append(cover);
    });
    await page.waitForTimeout(300);
    expect(await paintedRed(page)).toBe(true);
    await page.close();
  });

  it.each([
    ['clip-path', 'body', 'clip-path: inset(100% 0 0 0) !important'],
    ['transform', 'body', 'transform: translateY(-400px) scale(0.01) !important'],
    ['opacity', 'body', 'opacity: 0 !important'],
    ['clip-path', 'html', 'clip-path: inset(100% 0 0 0) !important'],
    ['opacity', 'html', 'opacity: 0.01 !important'],
    ['filter', 'html', 'filter: opacity(0) !important'],
  ])('%s on <%s> does not hide it (the top layer is out of its reach)', async (_what, tag, css) => {
    const { page, tabId } = await visit('pay-personal.test');
    await page.evaluate(([t, c]) => document.querySelector(t!)!.setAttribute('style', c!), [tag, css]);
    await page.waitForTimeout(2500); // past the first visibility checks: nothing reported, nothing to fall back to
    expect(await paintedRed(page)).toBe(true);
    expect((await toolbarState(env.b.worker, tabId)).badge).toBe('!');
    await page.close();
  });

  it('the page takes it out of the top layer (hidePopover) under a fixed cover: it goes back', async () => {
    const { page } = await visit('pay-personal.test');
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;top:0;left:0;right:0;height:160px;background:#fff;z-index:2147483647';
      document.body.append(cover);
      const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('kadun-banner-')) as HTMLElement;
      host.hidePopover();
    });
    await expect.poll(() => paintedRed(page), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('a popover the page shows over it once: the banner takes the top back', async () => {
    const { page } = await visit('pay-personal.test');
    await page.evaluate(() => {
      const pop = document.createElement('div');
      pop.popover = 'manual';
      pop.style.cssText = 'inset:0 0 auto 0;width:100vw;height:160px;margin:0;background:#16a34a;color:#fff;border:0';
      pop.textContent = '✔ 卡盾：本站已核验';
      document.body.append(pop);
      pop.showPopover();
    });
    await expect.poll(() => paintedRed(page), { timeout: 8000 }).toBe(true);
    await page.close();
  });

  it('a popover the page keeps raising over it: the toolbar warns and the reasons open in an extension page', async () => {
    const { page, tabId } = await visit('pay-personal.test');
    const opened = extensionPage();
    await page.evaluate(() => {
      const pop = document.createElement('div');
      pop.popover = 'manual';
      pop.style.cssText = 'inset:0 0 auto 0;width:100vw;height:160px;margin:0;background:#16a34a;color:#fff;border:0';
      pop.textContent = '✔ 卡盾：本站已核验';
      document.body.append(pop);
      setInterval(() => {
        pop.hidePopover();
        pop.showPopover();
      }, 30);
    });
    await expectFallback(tabId, opened);
    await page.close();
  });

  it('a pointer-events:none decoy over 我已了解 does not turn a real click into a dismissal', async () => {
    const { page, url } = await visit('pay-personal.test');
    const button = await bannerBox(page, 'dismiss');
    await page.evaluate((b) => {
      const decoy = document.createElement('div');
      decoy.popover = 'manual';
      decoy.style.cssText = `position:fixed;inset:auto;left:${b.x - 4}px;top:${b.y - 4}px;width:${b.width + 8}px;height:${b.height + 8}px;margin:0;`
        + 'pointer-events:none;background:#16a34a;color:#fff;border:0;font-size:12px';
      decoy.textContent = '领取优惠';
      document.body.append(decoy);
      decoy.showPopover();
    }, button);
    await clickBannerButton(page, 'dismiss');
    await page.waitForTimeout(300);
    expect((await readBanner(page)).present).toBe(true);
    // Nothing was remembered: the banner is back after a reload.
    const since = Date.now();
    await page.reload();
    await verdictForUrl(env.b.worker, url, 10_000, since);
    await expect.poll(async () => (await readBanner(page)).present).toBe(true);
    await page.close();
  });

  it('a real click on 我已了解 with nothing over it still dismisses it', async () => {
    const { page } = await visit('fake-icp.test');
    await clickBannerButton(page, 'dismiss');
    await expect.poll(async () => (await readBanner(page)).present).toBe(false);
    await page.close();
  });

  it('a fake "✔ 卡盾：本站已核验" drawn by the page: the popup and the options page say KaDun never shows one', async () => {
    const { page, tabId } = await visit('pay-personal.test');
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    expect(await popup.textContent('.no-green-note')).toMatch(/从不在网页里显示绿色/);
    await popup.goto(`chrome-extension://${env.b.extensionId}/options.html`);
    expect(await popup.textContent('.no-green-note', { timeout: 10_000 })).toMatch(/从不在网页里显示绿色/);
    await popup.close();
    await page.close();
  });
});
