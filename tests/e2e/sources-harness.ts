// The run the sources e2e files share: the local servers, Chromium with the built extension and host rules that send
// the test names to the page server and rdap.verisign.com to its stand-in, every request the browser makes, and the
// helpers the tests use. `startRun` / `stopRun` are each file's beforeAll / afterAll; the `let`s are live bindings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_LIST_MIRRORS, DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { LIST_FILES, siblingUrl } from '../../lib/risk-list/delta';
import type { Verdict } from '../../lib/core/types';
import { IANA_RDAP_DNS_URL } from '../../lib/providers/rdap';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { OFFLINE_HOST_RULES } from '../../scripts/demo/server';
import { verdictForUrl } from './extension';
import {
  ARTEFACTS, icpHttpConfig, makeCertificate, OPENSSL, startIcpServer, startPageServer, startRdapServer, type IcpAnswer, type Started,
} from './sources-servers';

declare const chrome: any;

export type BrowserRequest = { url: string; method: string; headers: Record<string, string>; fromWorker: boolean; at: number };

export const SHOP_DOMAIN = 'kadun-test-shop.com';
export const BLOG_DOMAIN = 'kadun-test-blog.com';
/** Part 2: one registrable domain per case, so no cached answer or back-off of one case reaches another. */
export const CASE_DOMAINS = ['kadun-test-verified.com', 'kadun-test-personal.com', 'kadun-test-unfiled.com', 'kadun-test-failing.com', 'kadun-test-waf.com'] as const;
export const SHOP_DOMAINS = [SHOP_DOMAIN, ...CASE_DOMAINS];
export const RDAP_ORIGIN = 'https://rdap.verisign.com';
/** Fixed URLs the extension may fetch by itself; they name no site and carry nothing of any page. */
/** Each list mirror's index, list and signature (docs/list-updates.md): unreachable here, so every mirror is tried. */
export const FIXED_URLS = new Set([
  IANA_RDAP_DNS_URL,
  ...DEFAULT_LIST_MIRRORS.flatMap((u) => [u, `${u}.sig`, siblingUrl(u, LIST_FILES.index)]),
]);

export const siteOfHost = (host: string): 'shop' | 'blog' | null => {
  const apex = (d: string) => host === d || host.endsWith(`.${d}`);
  if (SHOP_DOMAINS.some(apex)) return 'shop';
  return apex(BLOG_DOMAIN) ? 'blog' : null;
};

export let pages: Started;
export let icp: Started;
export let rdap: Started | null = null;
export let b: Launched;
export let certDir: string | undefined;
export let cliDir: string;
export const icpAnswers = new Map<string, IcpAnswer>();
export const rdapBodies = new Map<string, unknown>();
export const requests: BrowserRequest[] = [];

export async function startRun(): Promise<void> {
  cliDir = mkdtempSync(join(tmpdir(), 'kadun-sources-cli-'));
  pages = await startPageServer(siteOfHost);
  icp = await startIcpServer(icpAnswers);
  if (OPENSSL) {
    certDir = mkdtempSync(join(tmpdir(), 'kadun-rdap-cert-'));
    rdap = await startRdapServer(makeCertificate(certDir), rdapBodies);
  }
  // The test names resolve to the page server, rdap.verisign.com to its stand-in; everything else to nothing. The
  // first matching rule wins, and `MAP * ~NOTFOUND` also matches the IP literal 127.0.0.1 (the ICP endpoint):
  // EXCLUDE keeps that one as it is.
  const names = [BLOG_DOMAIN, ...SHOP_DOMAINS].flatMap((d) => [`MAP ${d} 127.0.0.1`, `MAP *.${d} 127.0.0.1`]);
  const hostRules = ['EXCLUDE 127.0.0.1', ...(rdap ? [`MAP rdap.verisign.com 127.0.0.1:${rdap.port}`] : []), ...names, OFFLINE_HOST_RULES].join(', ');
  b = await launchWithExtension({ headless: true, hostRules, extraArgs: rdap ? ['--ignore-certificate-errors'] : [] });
  b.context.on('request', (r: Request) => {
    requests.push({ url: r.url(), method: r.method(), headers: r.headers(), fromWorker: r.serviceWorker() !== null, at: Date.now() });
  });
}

/** Closes everything; `artefact` (under test-results/e2e) gets what the sources received and every browser request. */
export async function stopRun(artefact: string): Promise<void> {
  // For a reader: everything the two sources received and every request the browser made, as evidence.
  if (b) {
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, artefact), JSON.stringify({
      extensionId: b.extensionId, icpReceived: icp?.log, rdapReceived: rdap?.log ?? null, pageServerReceived: pages?.log, browserRequests: requests,
    }, null, 2));
  }
  await b?.context.close();
  await Promise.all([pages?.close(), icp?.close(), rdap?.close()]);
  if (certDir) rmSync(certDir, { recursive: true, force: true });
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
}

/** A message to the background from an extension page (the options page), the way the pages send them. */
export async function call(type: string, payload: unknown): Promise<any> {
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    const reply = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
    if (!reply?.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
    return reply.data;
  } finally {
    await page.close();
  }
}

export function sourcesOn(icpOrder: Settings['sources']['icpOrder'] = ['http', 'records', 'assisted']): Settings {
  return { ...DEFAULT_SETTINGS, sources: { rdap: rdap !== null, icpOrder, icpHttp: icpHttpConfig(icp.port) } };
}

/** Opens `url` in a new tab and waits for the verdict the extension stored for it after `since`. */
export async function visit(url: string): Promise<{ page: Page; verdict: Verdict }> {
  const since = Date.now();
  const page = await b.context.newPage();
  await page.goto(url);
  const { verdict } = await verdictForUrl(b.worker, page.url(), 20_000, since);
  return { page, verdict };
}

export const ids = (v: { signals: readonly { id: string }[] }) => v.signals.map((s) => s.id);
export const sourceRequests = () => [...icp.log, ...(rdap?.log ?? [])];

/** Lets anything the worker might still send after storing the verdict arrive (it should not: lookups come first). */
export const settle = () => new Promise((r) => setTimeout(r, 1_500));

/** Every request either source received named one registrable domain of `visited`, as the path segment, and nothing else. */
export function expectSourcesAskedOnly(visited: readonly string[]): void {
  const asked = new Set<string>();
  for (const r of sourceRequests()) {
    const u = new URL(r.url);
    const m = /^\/(?:icp|com\/v1\/domain)\/([a-z0-9-]+\.com)$/.exec(u.pathname);
    expect(m, r.url).not.toBeNull();
    expect(u.search, r.url).toBe('');
    expect(r.method, r.url).toBe('GET');
    expect(SHOP_DOMAINS, r.url).toContain(m![1]);
    expect(r.headers.cookie, r.url).toBeUndefined();
    expect(r.headers.referer, r.url).toBeUndefined();
    const text = JSON.stringify(r.headers);
    for (const word of ['www.', 'shop.', 'KDQUERY', 'SECRET123', 'goods', BLOG_DOMAIN]) expect(text, r.url).not.toContain(word);
    asked.add(m![1]!);
  }
  // Never the blog; every shop that was visited with the sources on.
  expect([...asked].sort()).toEqual([...visited].sort());
}
