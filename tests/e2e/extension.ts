// Reads what the person would see, through the extension's own service worker: the tab's stored verdict,
// the toolbar badge and tooltip; and opens the popup page for a tab (`popup.html?tabId=N`).
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Verdict } from '../../lib/core/types';

declare const chrome: any;

/**
 * The tab showing `url` and its verdict. The extension has no "tabs" permission (so tabs.query hides URLs);
 * the verdicts it stored per tab in storage.session say which tab reported which URL.
 */
export async function verdictForUrl(worker: Worker, url: string, timeoutMs = 10_000): Promise<{ tabId: number; verdict: Verdict }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = await worker.evaluate(async (u: string) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, v] of Object.entries(all)) if (key.startsWith('tab:') && (v as { url?: string }).url === u) return { tabId: Number(key.slice(4)), verdict: v };
      return null;
    }, url);
    if (found) return found as { tabId: number; verdict: Verdict };
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

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number, width = 380): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.verdict, .no-verdict', { timeout: 10_000 });
  return popup;
}
