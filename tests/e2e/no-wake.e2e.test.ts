// Ordinary pages never wake the service worker (docs/no-wake.md), in real Chromium with a signed test list:
// after a red shop, the worker is stopped and the same tab visits 20 ordinary pages of unlisted hosts: no worker
// start, the toolbar is back to its default (Chrome resets a tab's action on navigation), and the popup shows the
// page the tab shows now, not the red shop before it. A listed host and a shop still wake it and get their light.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { startOrdinaryPages, wakeProbe, type WakeProbe } from '../../scripts/wake-probe';
import { confirmed, entry, list } from '../risk-list/helpers';
import { openPopup, toolbarState, verdictForUrl } from './extension';
import { extensionWithList } from './signed-list';

declare const chrome: any;

const TEST_LIST = list({
  version: 7,
  entries: [confirmed('scam-listed.test', { expires: '2099-01-01' }), entry('reported-only.test', { expires: '2099-01-01' })],
});

let server: DemoServer;
let pages: Awaited<ReturnType<typeof startOrdinaryPages>>;
let b: Launched;
let probe: WakeProbe;

/** The running worker (the one Playwright first saw is gone once it was stopped). */
async function worker(): Promise<Worker> {
  return b.context.serviceWorkers()[0] ?? b.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Wakes the worker from an extension page, as any extension page's message would, without touching a tab. */
async function wake(): Promise<Worker> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get', payload: {} }));
  await page.close();
  return worker();
}

beforeAll(async () => {
  server = await startDemoServer();
  pages = await startOrdinaryPages();
  b = await launchWithExtension({ headless: true, extensionDir: await extensionWithList(TEST_LIST) });
  for (let i = 0; i < 100; i++) {
    const meta = await b.worker.evaluate(async () => (await chrome.storage.local.get('filter:meta'))['filter:meta']);
    if (meta?.listVersion === 7) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  probe = await wakeProbe(b.context, b.extensionId);
}, 60_000);
afterAll(async () => {
  await probe?.close();
  await b?.context.close();
  await server?.close();
  await pages?.close();
});

describe('no wake on ordinary pages', () => {
  it('20 ordinary pages after a red shop: no worker start, default toolbar, and the popup shows the page now shown', async () => {
    const tab = await b.context.newPage();
    const shop = `http://shop-nowake.test:${server.port}/pay-personal.html`;
    const since = Date.now();
    await tab.goto(shop);
    const { tabId, verdict } = await verdictForUrl(b.worker, shop, 10_000, since);
    expect(verdict.light).toBe('red');
    expect((await toolbarState(b.worker, tabId)).badge).not.toBe('');

    await probe.stop();
    probe.reset();
    for (let i = 1; i <= 20; i++) await tab.goto(pages.url(`news${i}.test`), { waitUntil: 'load' });
    await tab.waitForTimeout(1500); // the shop check runs at DOMContentLoaded: give the last page's time to (not) send
    expect(probe.starts()).toBe(0);

    // Woken from elsewhere: the tab's action is Chrome's default again, although no listener of KaDun reset it.
    const w = await wake();
    const defaults = await w.evaluate(async () => ({ badge: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
    expect(await toolbarState(w, tabId)).toEqual(defaults);
    expect(defaults.badge).toBe('');

    // The popup asks the tab which document it shows: the stored red verdict is the shop's, so the page reports now.
    const popup = await openPopup(b.context, b.extensionId, tabId);
    await popup.waitForSelector('.verdict[data-light=grey]', { timeout: 10_000 });
    expect(await popup.locator('.verdict').innerText()).toContain('这不像卡密');
    const stored = await w.evaluate(async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
    expect(stored).toMatchObject({ light: 'grey', domain: 'news20.test' });
    await popup.close();
    await tab.close();
  }, 120_000);

  it('the two content scripts of a frame share one isolated world (so one filter read serves both)', async () => {
    const tab = await b.context.newPage();
    const cdp = await b.context.newCDPSession(tab);
    const contexts: Array<{ id: number; name: string; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await tab.goto(pages.url('shared.news.test'));
    await tab.waitForTimeout(1000);
    const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.includes(b.extensionId));
    expect(ours).toHaveLength(1);
    const held = await cdp.send('Runtime.evaluate', { contextId: ours[0]!.id, expression: 'globalThis.__kadunSiteFilter?.host', returnByValue: true });
    expect(held.result.value).toBe('shared.news.test');
    // The page's own world never sees it.
    expect(await tab.evaluate(() => (globalThis as Record<string, unknown>).__kadunSiteFilter)).toBeUndefined();
    await cdp.detach();
    await tab.close();
  }, 60_000);

  it('a listed host and a shop still wake the worker and get their light', async () => {
    await probe.stop();
    probe.reset();
    const tab = await b.context.newPage();
    const listed = pages.url('www.reported-only.test');
    await tab.goto(listed);
    await probe.running();
    expect(probe.starts()).toBe(1);
    const amber = await verdictForUrl(await worker(), listed);
    expect(amber.verdict.light).toBe('amber');
    expect(amber.verdict.signals.map((s) => s.id)).toContain('list-reported');
    expect((await toolbarState(await worker(), amber.tabId)).badge).toBe('!');

    await probe.stop();
    probe.reset();
    const shop = `http://shop2-nowake.test:${server.port}/pay-personal.html`;
    await tab.goto(shop);
    await probe.running();
    expect(probe.starts()).toBe(1);
    expect((await verdictForUrl(await worker(), shop)).verdict.light).toBe('red');

    // A confirmed host still gets the full-page warning (the gate reads the same filter's confirmed bit).
    await tab.goto(pages.url('scam-listed.test')).catch(() => undefined);
    await tab.waitForURL(/\/blocked\.html\?url=/, { timeout: 10_000 });
    await tab.close();
  }, 120_000);
});
