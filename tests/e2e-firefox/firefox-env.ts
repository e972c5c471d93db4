// What the person would see in Firefox, read through one of the extension's own pages (Firefox has no service worker
// here: the MV2 background is an event page, and BiDi does not reach into it): the tab's stored verdict, the toolbar
// badge and tooltip, and the in-page banner (read from its closed shadow root through BiDi).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { bannerTree, clickNode, findFirefox, findVerdict, launchFirefox, type DomNode, type FirefoxLaunched, type FirefoxOptions } from '../../scripts/firefox';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import type { Verdict } from '../../lib/core/types';

declare const browser: any;

export const FIREFOX_ARTEFACTS = join('test-results', 'e2e-firefox');

/**
 * Whether these tests run: always in CI (a missing Firefox there is a failure, not a skip); elsewhere only when
 * firefox-esr (or FIREFOX_PATH) is installed.
 */
export const FIREFOX_SKIP = !findFirefox() && !process.env.CI;
if (FIREFOX_SKIP) console.warn('Skipping the Firefox end-to-end tests: no firefox-esr (apt-get install firefox-esr, or set FIREFOX_PATH).');

export type FirefoxEnv = { server: DemoServer; f: FirefoxLaunched };

/** One demo server and one Firefox for a test file; `options` may prepare a different extension (a signed list). */
export function useFirefoxDemo(options: () => Promise<FirefoxOptions> = async () => ({})): FirefoxEnv {
  const env = {} as FirefoxEnv;
  beforeAll(async () => {
    if (FIREFOX_SKIP) return;
    mkdirSync(FIREFOX_ARTEFACTS, { recursive: true });
    env.server = await startDemoServer();
    env.f = await launchFirefox(await options());
  });
  afterAll(async () => {
    await env.f?.close();
    await env.server?.close();
  });
  return env;
}

export async function firefoxVerdictForUrl(f: FirefoxLaunched, url: string, timeoutMs = 15_000, since = 0): Promise<{ tabId: number; verdict: Verdict }> {
  const found = await findVerdict(f, url, timeoutMs, since);
  if (!found) throw new Error(`no verdict for ${url} within ${timeoutMs} ms`);
  return found;
}

/** MV2 Firefox has browserAction, not action (entrypoints/background/toolbar.ts picks whichever exists). */
export async function firefoxToolbar(f: FirefoxLaunched, tabId: number): Promise<{ badge: string; title: string }> {
  return f.ext.evaluate(async (id: number) => ({
    badge: await browser.browserAction.getBadgeText({ tabId: id }),
    title: await browser.browserAction.getTitle({ tabId: id }),
  }), tabId);
}

/** The popup the toolbar opens for the tab (its URL carries the first frame: lib/core/popup-hash.ts). */
export async function firefoxTabPopup(f: FirefoxLaunched, tabId: number): Promise<string> {
  return f.ext.evaluate(async (id: number) => browser.browserAction.getPopup({ tabId: id }), tabId);
}

export type FirefoxBanner = { present: boolean; text: string; tone: string | null; buttons: string[] };

const textOf = (n: DomNode): string => (n.localName === 'style' ? '' : (n.text ?? '') + n.children.map(textOf).join(''));
const all = (n: DomNode): DomNode[] => [n, ...n.children.flatMap(all)];

export async function readFirefoxBanner(f: FirefoxLaunched, page: Page): Promise<FirefoxBanner> {
  const host = await bannerTree(f, page);
  if (!host) return { present: false, text: '', tone: null, buttons: [] };
  const nodes = all(host);
  const bar = nodes.find((n) => n.attributes.role === 'alert');
  const buttons = nodes.filter((n) => n.localName === 'button').map((n) => n.attributes.class ?? '');
  return { present: true, text: textOf(host), tone: bar?.attributes['data-tone'] ?? null, buttons };
}

/** Clicks a banner button by its class ('reasons', 'dismiss' or 'leave') like a person: a trusted mouse click. */
export async function clickFirefoxBanner(f: FirefoxLaunched, page: Page, className: 'reasons' | 'dismiss' | 'leave'): Promise<void> {
  const host = await bannerTree(f, page);
  const button = host && all(host).find((n) => n.localName === 'button' && n.attributes.class === className);
  if (!button) throw new Error(`no ${className} button in the banner`);
  await clickNode(f, page, button);
}
