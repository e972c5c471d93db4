// What a hostile page can and cannot do, what survives the service worker dying, and the English UI.
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../../scripts/browser';
import { openPopup, useDemoBrowser, verdictForUrl } from './extension';

declare const chrome: any;

const env = useDemoBrowser();

const sessionKeys = () => env.b.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).sort());

describe('message boundaries in real Chromium', () => {
  it('a page cannot reach the extension, and forged messages from an extension page are rejected with nothing stored', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('fake-icp.test');
    const since = Date.now();
    await page.goto(url);
    const { tabId } = await verdictForUrl(env.b.worker, url, 10_000, since);
    const before = await sessionKeys();

    // The page's own scripts: no runtime to talk to (no externally_connectable), and window messages are ignored.
    const fromPage = await page.evaluate(async (id: string) => {
      const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      window.postMessage({ type: 'page/snapshot', payload: { snapshot: {} } }, '*');
      if (typeof rt?.sendMessage !== 'function') return 'no runtime';
      try {
        await (rt.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, { type: 'verdict/get', payload: { tabId: 0 } });
        return 'sent';
      } catch (e) {
        return 'refused: ' + String(e);
      }
    }, env.b.extensionId);
    expect(fromPage).not.toBe('sent');

    // An extension page pretending to be a content script, and a request naming a tab in the payload.
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    const replies = await popup.evaluate(async (tab: number) => {
      const snapshot = { url: 'https://bank.example/', title: 'x', lang: '', shopHint: false, blocks: [], links: [], forms: [], scripts: { srcs: [], inline: [] }, meta: {}, images: [], truncated: false };
      return Promise.all([
        chrome.runtime.sendMessage({ type: 'page/snapshot', payload: { snapshot } }),
        chrome.runtime.sendMessage({ type: 'page/snapshot', payload: { snapshot, tabId: tab } }),
        chrome.runtime.sendMessage({ type: 'verdict/get', payload: { tabId: 'all' } }),
        chrome.runtime.sendMessage('garbage'),
      ]);
    }, tabId);
    for (const r of replies) expect(r).toMatchObject({ ok: false });
    expect(await sessionKeys()).toEqual(before);
    const stored = await verdictForUrl(env.b.worker, url);
    expect(stored.verdict.url).toBe(url); // the real verdict is untouched
    await popup.close();
    await page.close();
  });

  it('the tab\'s verdict survives the service worker being stopped', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('clean-shop.test');
    const since = Date.now();
    await page.goto(url);
    const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
    const cdp = await env.b.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Opening the popup wakes the worker again; the verdict comes back from storage.session.
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    expect(await popup.getAttribute('.verdict', 'data-light')).toBe(verdict.light);
    await popup.close();
    await page.close();
  });
});

describe('a hostile page', () => {
  it('huge, deeply nested, full-width and zero-width text, hidden numbers: the check is bounded and still right', async () => {
    // 5,000 levels of nesting, 60,000 product cards, a hidden fake filing number, a visible one written with
    // full-width digits and zero-width spaces (a parody prefix: it must still be read, and read as fake).
    const cards = Array.from({ length: 60_000 }, (_, i) => `<div class="c"><h5>Q币 ${i % 90 + 10}个 卡密</h5><p>售价 ￥${i % 90 + 9}.50</p><a href="/buy/${i}">立即购买</a></div>`).join('');
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><title>超大卡密商城</title></head><body>${'<div>'.repeat(5000)}深处${'</div>'.repeat(5000)}`
      + `<p style="display:none">京ICP备2031999999号</p><footer>萌ICP备２０２６\u200B０００１号</footer>${cards}</body></html>`;
    const hostile = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((r) => hostile.listen(0, '127.0.0.1', r));
    const url = `http://huge-shop.test:${(hostile.address() as AddressInfo).port}/`;
    try {
      const page = await env.b.context.newPage();
      const since = Date.now();
      await page.goto(url, { timeout: 60_000 });
      const { verdict } = await verdictForUrl(env.b.worker, url, 30_000, since);
      expect(verdict.truncated).toBe(true);
      expect(verdict.light).toBe('red');
      const invalid = verdict.signals.filter((s) => s.id === 'icp-filing-invalid');
      // The visible parody number is found (full-width digits, zero-width space); the hidden one is not read at all.
      expect(invalid.map((s) => s.params.number)).toEqual(['萌ICP备20260001号']);
      expect(invalid[0]!.evidence[0]!.quote).toContain('２０２６');
      // The page itself stays responsive.
      expect(await page.evaluate(() => document.title)).toBe('超大卡密商城');
      await page.close();
    } finally {
      hostile.close();
    }
  }, 90_000);
});

describe('English browser', () => {
  it('shows the popup in English', async () => {
    const en = await launchWithExtension({ headless: true, lang: 'en-US' });
    try {
      const page = await en.context.newPage();
      const url = env.server.url('fake-icp.test');
      const since = Date.now();
      await page.goto(url);
      const { tabId } = await verdictForUrl(en.worker, url, 10_000, since);
      const popup = await openPopup(en.context, en.extensionId, tabId);
      const text = await popup.innerText('body');
      expect(text).toContain('High risk');
      expect(text).toContain('What to do now');
    } finally {
      await en.context.close();
    }
  });
});
