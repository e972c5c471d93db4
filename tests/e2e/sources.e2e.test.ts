// The data sources in real Chromium with the built extension (design.md "Data flow": only a registrable domain ever
// leaves the browser, to a data source the person has enabled; page content, paths and query strings never do).
//
// Part 1 — what leaves the browser. A card-shop page is served over http at an invented but lookupable name
// (www.kadun-test-shop.com, mapped to 127.0.0.1 by host-resolver rules; every other name still resolves to nothing),
// with a path and query full of secrets. RDAP's real .com server name (rdap.verisign.com) is mapped to a local HTTPS
// server (self-signed certificate made with openssl, --ignore-certificate-errors); the person's ICP HTTP lookup
// service is a local server on 127.0.0.1. Both log every request they receive, and the browser context logs every
// request it makes (pages and the extension's service worker: playwright-core 1.65 reports service-worker fetches on
// `context.on('request')`, with `request.serviceWorker()` set). Sources off → nothing is asked; sources on → exactly
// the registrable domain is asked, nothing else; a page that is not a shop → nothing is asked. Besides the page, the
// extension's own files and the two sources, the worker fetches only fixed URLs that name no site: IANA's RDAP
// bootstrap (once a day, when RDAP is first used) and the community list (at install); they fail here (no internet).
// Evidence of a run (what each server received, every browser request): test-results/e2e/sources-requests.json.
//
// Part 2 (the same records give the same verdict in the extension and in the CLI) is sources-cli.e2e.test.ts; the
// servers and the run both share are sources-servers.ts and sources-harness.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import {
  b, BLOG_DOMAIN, call, expectSourcesAskedOnly, FIXED_URLS, icp, icpAnswers, ids, pages, RDAP_ORIGIN, rdap, rdapBodies, requests,
  settle, SHOP_DOMAIN, siteOfHost, sourceRequests, sourcesOn, startRun, stopRun, visit, type BrowserRequest,
} from './sources-harness';
import { openPopup, storedVerdict, verdictForUrl } from './extension';
import { ICP_RECORDS, rdapBody, type Received } from './sources-servers';

declare const chrome: any;

beforeAll(startRun);
afterAll(() => stopRun('sources-requests.json'));

describe('part 1: only the registrable domain leaves the browser', () => {
  const secretPath = '/pay/bill/20261124?order=SECRET123&email=buyer%40mail.example';
  const shopUrl = () => `http://www.${SHOP_DOMAIN}:${pages.port}${secretPath}`;
  const blogUrl = () => `http://www.${BLOG_DOMAIN}:${pages.port}/2026/11/west-lake.html?utm_source=BLOGQUERY`;
  /** Things of the page that must never reach a data source (checked case-insensitively, raw and URL-decoded). */
  const FORBIDDEN = ['www.', 'SECRET123', 'order', 'email', 'buyer', 'mail.example', 'bill', 'pay', '20261124', 'KDPAGEMARKER',
    '卡盾测试', '话费', '订单', 'west-lake', 'BLOGQUERY'];

  /** The whole request as text (method, URL, every header), without the extension id (random letters a–p). */
  const requestText = (r: Received) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}`.replaceAll(b.extensionId, '<extension-id>');

  function expectOnlyTheDomain(r: Received, expectedUrl: string): void {
    const text = requestText(r);
    const decoded = (() => { try { return decodeURIComponent(text); } catch { return text; } })();
    expect(r.method, text).toBe('GET');
    expect(r.url, text).toBe(expectedUrl);
    for (const word of FORBIDDEN) {
      expect(text.toLowerCase(), `"${word}" in a data-source request:\n${text}`).not.toContain(word.toLowerCase());
      expect(decoded.toLowerCase(), `"${word}" in a data-source request:\n${text}`).not.toContain(word.toLowerCase());
    }
    // The registrable domain appears once: as the path segment / the {domain} placeholder, nowhere else.
    expect(text.split(SHOP_DOMAIN).length - 1, text).toBe(1);
    expect(r.headers.cookie, text).toBeUndefined();
    expect(r.headers.referer ?? '', text).not.toContain(SHOP_DOMAIN);
    expect(r.headers.referer ?? '', text).not.toContain(String(pages.port));
  }

  /** Every request the browser made since `from` goes to the page's own server, the extension, or an enabled source. */
  function expectOnlyKnownDestinations(from: number, allowSources: boolean): BrowserRequest[] {
    const seen = requests.filter((r) => r.at >= from);
    const other: BrowserRequest[] = [];
    for (const r of seen) {
      const u = new URL(r.url);
      const page = (u.protocol === 'http:' && u.port === String(pages.port) && siteOfHost(u.hostname) !== null) || u.protocol === 'data:';
      const extension = u.protocol === 'chrome-extension:' && u.host === b.extensionId;
      const source = allowSources && (u.origin === `http://127.0.0.1:${icp.port}` || u.origin === RDAP_ORIGIN);
      if (!(page || extension || source || FIXED_URLS.has(r.url))) other.push(r);
    }
    expect(other, 'requests to somewhere else').toEqual([]);
    // Whatever reaches a source is asked by the extension's service worker, never by the page, and names the domain only.
    for (const r of seen.filter((q) => q.url.startsWith(`http://127.0.0.1:${icp.port}`) || q.url.startsWith(RDAP_ORIGIN))) {
      expect(r.fromWorker, r.url).toBe(true);
      expect(new URL(r.url).search, r.url).toBe('');
      expect([`/icp/${SHOP_DOMAIN}`, `/com/v1/domain/${SHOP_DOMAIN}`]).toContain(new URL(r.url).pathname);
    }
    return seen;
  }

  beforeAll(() => {
    icpAnswers.set(SHOP_DOMAIN, { kind: 'list', list: [ICP_RECORDS[SHOP_DOMAIN]!] });
    icpAnswers.set(BLOG_DOMAIN, { kind: 'list', list: [] });
    // ~40 days old: domain-young fires.
    rdapBodies.set(SHOP_DOMAIN, rdapBody(SHOP_DOMAIN, 40));
    rdapBodies.set(BLOG_DOMAIN, rdapBody(BLOG_DOMAIN, 40));
  });

  it('with the sources off (a fresh profile, default settings) a shop page makes no request to either source', async () => {
    expect((await call('settings/get', {})).sources).toEqual(DEFAULT_SETTINGS.sources);
    const from = Date.now();
    const { page, verdict } = await visit(shopUrl());
    await settle();
    expect(verdict.isShop).toBe(true);
    expect(verdict.sources.rdap.state).toBe('off');
    expect(verdict.sources.icp.provider).not.toBe('icp-http');
    expect(sourceRequests()).toEqual([]);
    expectOnlyKnownDestinations(from, false);
    await page.close();
  });

  it('with the sources on, RDAP and the ICP service are asked about kadun-test-shop.com and nothing else', async () => {
    await call('settings/set', { settings: sourcesOn() });
    const from = Date.now();
    const { page, verdict } = await visit(shopUrl());
    await settle();

    expect(verdict.url).toBe(shopUrl()); // the verdict is about the page with its path; the sources never see it
    expect(verdict.domain).toBe(SHOP_DOMAIN);
    expect(verdict.sources.icp).toMatchObject({ state: 'ok', provider: 'icp-http' });
    expect(ids(verdict)).toContain('icp-record-verified');
    if (rdap) {
      expect(verdict.sources.rdap.state).toBe('ok');
      expect(ids(verdict)).toContain('domain-young');
    }

    // What the sources received: one GET each, the registrable domain as the path segment, nothing of the page.
    expect(icp.log).toHaveLength(1);
    expectOnlyTheDomain(icp.log[0]!, `http://127.0.0.1:${icp.port}/icp/${SHOP_DOMAIN}`);
    if (rdap) {
      expect(rdap.log).toHaveLength(1);
      expectOnlyTheDomain(rdap.log[0]!, `${RDAP_ORIGIN}/com/v1/domain/${SHOP_DOMAIN}`);
    }
    // What the browser sent anywhere: the page's own server, the extension, the two sources (and fixed URLs).
    const seen = expectOnlyKnownDestinations(from, true);
    expect(seen.filter((r) => r.url.startsWith(`http://127.0.0.1:${icp.port}/`)).map((r) => r.url)).toEqual([`http://127.0.0.1:${icp.port}/icp/${SHOP_DOMAIN}`]);
    if (rdap) expect(seen.filter((r) => r.url.startsWith(RDAP_ORIGIN)).map((r) => r.url)).toEqual([`${RDAP_ORIGIN}/com/v1/domain/${SHOP_DOMAIN}`]);
    // The page server saw only the page's own requests (the page and, perhaps, its favicon), never the sources' ones.
    for (const r of pages.log) expect(r.url.startsWith(`http://www.${SHOP_DOMAIN}:${pages.port}/`) || r.url.startsWith(`http://www.${BLOG_DOMAIN}:`), r.url).toBe(true);
    await page.close();
  });

  it('with the sources on, a page that is not a shop (a blog on a lookupable name) makes no data-source request', async () => {
    const before = sourceRequests().length;
    const from = Date.now();
    // An ordinary page sends nothing by itself (docs/no-wake.md): its verdict comes when the popup asks for it.
    const page = await b.context.newPage();
    await page.goto(blogUrl());
    await settle();
    const tabId = await b.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t: { id: number }) => t.id)));
    expect(await storedVerdict(b.worker, tabId)).toBeNull();
    const popup = await openPopup(b.context, b.extensionId, tabId);
    const { verdict } = await verdictForUrl(b.worker, page.url(), 20_000, from);
    await popup.close();
    await settle();
    expect(verdict.isShop).toBe(false);
    expect(verdict.light).toBe('grey');
    expect(verdict.domain).toBe(BLOG_DOMAIN);
    expect(sourceRequests().slice(before)).toEqual([]);
    expect(JSON.stringify(sourceRequests())).not.toContain(BLOG_DOMAIN);
    expect(requests.filter((r) => r.at >= from && r.url.includes(BLOG_DOMAIN) && !r.url.startsWith(`http://www.${BLOG_DOMAIN}:${pages.port}/`))).toEqual([]);
    expectOnlyKnownDestinations(from, true);
    await page.close();
  });

  it('after the sources are turned off again, the shop page makes no data-source request', async () => {
    await call('settings/set', { settings: DEFAULT_SETTINGS });
    const before = sourceRequests().length;
    const from = Date.now();
    // Another query, so nothing could be answered from an HTTP cache either.
    const { page, verdict } = await visit(shopUrl().replace('SECRET123', 'SECRET123x'));
    await settle();
    expect(verdict.isShop).toBe(true);
    expect(verdict.sources.rdap.state).toBe('off');
    expect(sourceRequests().slice(before)).toEqual([]);
    expectOnlyKnownDestinations(from, false);
    await page.close();
  });
});

describe('over the whole run', () => {
  it('every request either source received named one registrable domain, as the path segment, and nothing else', () => {
    expectSourcesAskedOnly([SHOP_DOMAIN]);
  });
});
