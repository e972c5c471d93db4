// Reads what the person would see, through the extension's own service worker: the tab's stored verdict,
// the toolbar badge and tooltip; and opens the popup page for a tab (`popup.html?tabId=N`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import type { Verdict } from '../../lib/core/types';
import { decodePopupHash } from '../../lib/core/popup-hash';
import { newestTabVerdict } from '../../scripts/tab-verdicts';

declare const chrome: any;

/** Where e2e tests leave screenshots and logs for people to look at. */
export const ARTEFACTS = join('test-results', 'e2e');

/** One demo server and one browser with the built extension for a test file; `b` may be replaced (a restart). */
export type DemoEnv = { server: DemoServer; b: Launched };

export function useDemoBrowser(): DemoEnv {
  const env = {} as DemoEnv;
  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    env.server = await startDemoServer();
    env.b = await launchWithExtension({ headless: true });
  });
  afterAll(async () => {
    await env.b?.context.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The tab showing `url` and its verdict. The extension has no "tabs" permission (so tabs.query hides URLs);
 * the verdicts it stored per tab in storage.session say which tab reported which URL.
 */
export async function verdictForUrl(worker: Worker, url: string, timeoutMs = 10_000, since = 0): Promise<{ tabId: number; verdict: Verdict }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = newestTabVerdict(await worker.evaluate(() => chrome.storage.session.get(null)), url, since);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no verdict for ${url} within ${timeoutMs} ms`);
}

export async function storedVerdict(worker: Worker, tabId: number): Promise<Verdict | null> {
  return worker.evaluate(async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
}

export async function toolbarState(worker: Worker, tabId: number): Promise<{ badge: string; title: string }> {
  return worker.evaluate(async (id: number) => ({
    badge: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

/** The popup the toolbar opens for the tab now: its own URL (the verdict it carries, lib/core/popup-hash.ts) or the default. */
export async function tabPopupUrl(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id: number) => chrome.action.getPopup({ tabId: id }), tabId);
}

/** What a tab's popup URL carries (lib/core/popup-hash.ts): its first frame, or null for the plain popup. */
export function carriedFrame(popupUrl: string) {
  return decodePopupHash(new URL(popupUrl).hash.slice(1));
}

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number, width = 380): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  // React's view, not the plain first screen painted before it (`main.first-screen`, whose buttons are inert).
  await popup.waitForSelector('main.popup:not(.first-screen) :is(.verdict, .no-verdict)', { timeout: 10_000 });
  return popup;
}

/** The banner lives in a CLOSED shadow root: pages cannot see into it, and neither can Playwright's locators. The
 * DevTools protocol can (pierce: true), which is how these tests read it and click it like a person would. */
export type BannerView = { present: boolean; text: string; tone: string | null };

type CdpNode = { nodeId: number; backendNodeId: number; nodeName: string; localName?: string; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] };

async function bannerNode(page: Page): Promise<{ cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>; host: CdpNode | null }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (n: CdpNode): CdpNode | null => {
    if (n.localName?.startsWith('kadun-banner-')) return n;
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(c);
      if (hit) return hit;
    }
    return null;
  };
  return { cdp, host: find(root) };
}

const textOf = (n: CdpNode): string => (n.nodeValue ?? '') + [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(textOf).join('');
const findIn = (n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | null => {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = findIn(c, pred);
    if (hit) return hit;
  }
  return null;
};
const attr = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]!;
  return null;
};

export async function readBanner(page: Page): Promise<BannerView> {
  const { cdp, host } = await bannerNode(page);
  await cdp.detach();
  if (!host) return { present: false, text: '', tone: null };
  const bar = findIn(host, (n) => attr(n, 'role') === 'alert');
  const styleText = findIn(host, (n) => n.localName === 'style');
  const all = textOf(host).replace(styleText ? textOf(styleText) : '', '');
  return { present: true, text: all, tone: bar ? attr(bar, 'data-tone') : null };
}

/** Clicks a button of the banner by its class ('reasons', 'dismiss' or 'leave') with a real (trusted) mouse click. */
export async function clickBannerButton(page: Page, className: 'reasons' | 'dismiss' | 'leave'): Promise<void> {
  const { cdp, host } = await bannerNode(page);
  if (!host) throw new Error('no banner');
  const button = findIn(host, (n) => n.localName === 'button' && attr(n, 'class') === className);
  if (!button) throw new Error(`no ${className} button`);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await cdp.detach();
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Saves the person's settings through the extension's own message, from one of its pages (as the options page does). */
export async function applySettings(b: Launched, settings: unknown): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  const reply = await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/set', payload: { settings: s } }), settings);
  await page.close();
  if (reply?.ok !== true) throw new Error(`settings/set refused: ${JSON.stringify(reply)}`);
}
