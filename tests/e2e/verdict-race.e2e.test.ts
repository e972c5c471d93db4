// Issue 10, "Verdict race", in real Chromium with the built extension: a verdict is stored only while the tab still
// shows the document it describes. Page A is a card shop whose ICP lookup is slow (the person's ICP HTTP service, a
// local server on 127.0.0.1, holds its answer for A for a few seconds); while it waits, the tab navigates to page B,
// a red shop. B's red is stored and shown; then A's lookup returns and A's verdict is finished. Before the fix A's
// verdict overwrote B's in the tab's stored verdict, the toolbar and the popup. The test checks the race really
// happened (A's answer left the server after B's red was shown) and that B's red stays everywhere the person looks.
// With the document check taken out of lib/db/tab-verdicts.ts (commit ignores the claim), this test fails: the tab's
// stored verdict reads page A's URL (checked 2026-12, on the commit that added this test).
// The second case moves on to an ordinary page instead, which never reports (docs/no-wake.md), so nothing claims the
// tab before A's verdict is committed: the background then asks the tab which document it shows and puts its
// toolbar and popup back (entrypoints/background/handlers.ts confirmShown). Without that, A's headline stays in the
// tooltip and A's verdict in the tab's popup URL while the person reads the ordinary page.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { OFFLINE_HOST_RULES } from '../../scripts/demo/server';
import { ARTEFACTS, carriedFrame, openPopup, readBanner, storedVerdict, tabPopupUrl, toolbarState, verdictForUrl, applySettings } from './extension';
import { CORS, corsOrRefuse, icpHttpConfig, ICP_RECORDS, listen, miitReply, SHOP_HTML, type Started } from './sources-servers';

declare const chrome: any;

/** A lookupable (invented) name: only such names are ever sent to a data source. */
const SLOW = 'kadun-race-slow.com';
const RED = 'kadun-race-red.com';
const PLAIN = 'kadun-race-plain.com';
/** A second slow shop for the second case (A's answer is cached after the first). */
const SLOW2 = 'kadun-race-slower.com';
const PLAIN_HTML = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>今日新闻</title></head><body><h1>今日新闻</h1><p>市图书馆周末开放时间调整，欢迎市民前往借阅。</p></body></html>';
const RED_HTML = join('tests', 'fixtures', 'pages', 'illegal-goods', 'match-cheat-cards.html');
/** How long the ICP service holds its answer for A: well inside the provider's 5 s timeout, long enough for B. */
const HOLD_MS = 3_500;

let pages: Started;
let icp: Started;
let b: Launched;
/** When the ICP service sent its answer for each domain (ms since epoch). */
const answeredAt = new Map<string, number>();

beforeAll(async () => {
  mkdirSync(ARTEFACTS, { recursive: true });
  const pageLog: Started['log'] = [];
  pages = await listen(createServer((req, res) => {
    pageLog.push({ method: req.method ?? '', url: `http://${req.headers.host}${req.url}`, headers: req.headers });
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host.endsWith(PLAIN)) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PLAIN_HTML);
    const file = host.endsWith(SLOW) || host.endsWith(SLOW2) ? SHOP_HTML : host.endsWith(RED) ? RED_HTML : null;
    if (!file || req.url === '/favicon.ico') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  }), pageLog);
  // A record for A (it would be found, so A's late verdict differs from B's), none for B (answered at once).
  const record = { ...ICP_RECORDS['kadun-test-shop.com']!, domain: `www.${SLOW}` };
  const icpLog: Started['log'] = [];
  icp = await listen(createServer((req, res) => {
    icpLog.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (corsOrRefuse(req, res)) return;
    const domain = decodeURIComponent(/^\/icp\/([^/?#]+)$/.exec(req.url ?? '')?.[1] ?? '');
    const answer = () => {
      answeredAt.set(domain, Date.now());
      res.writeHead(200, { ...CORS, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(miitReply(domain === SLOW ? [record] : [])));
    };
    if (domain === SLOW || domain === SLOW2) setTimeout(answer, HOLD_MS);
    else answer();
  }), icpLog);
  const names = [SLOW, SLOW2, RED, PLAIN].flatMap((d) => [`MAP ${d} 127.0.0.1:${pages.port}`, `MAP *.${d} 127.0.0.1:${pages.port}`]);
  b = await launchWithExtension({ headless: true, hostRules: ['EXCLUDE 127.0.0.1', ...names, OFFLINE_HOST_RULES].join(', ') });
  const settings = { ...DEFAULT_SETTINGS, sources: { rdap: false, icpOrder: ['http'], icpHttp: icpHttpConfig(icp.port) } };
  await applySettings(b, settings);
}, 120_000);

afterAll(async () => {
  await b?.context.close();
  await Promise.all([pages?.close(), icp?.close()]);
});

describe('verdict race (issue 10)', () => {
  it('page A\'s slow lookup does not overwrite page B\'s red after the tab moved on', async () => {
    const page = await b.context.newPage();
    const slowUrl = `http://www.${SLOW}/goods/1`;
    const redUrl = `http://www.${RED}/`;
    await page.goto(slowUrl);
    // A's snapshot reached the background and its lookup is on its way: the service has the question, not yet answered.
    await expect.poll(() => icp.log.some((r) => r.url === `/icp/${SLOW}`), { timeout: 10_000 }).toBe(true);
    expect(answeredAt.has(SLOW)).toBe(false);

    const since = Date.now();
    await page.goto(redUrl);
    const { tabId, verdict } = await verdictForUrl(b.worker, redUrl, 10_000, since);
    const redShownAt = Date.now();
    expect(verdict.light).toBe('red');
    expect(verdict.domain).toBe(RED);
    await expect.poll(async () => (await toolbarState(b.worker, tabId)).badge).toBe('!');
    const redTitle = (await toolbarState(b.worker, tabId)).title;

    // Now A's answer arrives; give the worker time to finish A's verdict (and, before the fix, to store it).
    await expect.poll(() => answeredAt.get(SLOW) ?? 0, { timeout: HOLD_MS + 5_000 }).toBeGreaterThan(0);
    expect(answeredAt.get(SLOW)!, 'the race did not happen: A was answered before B was red').toBeGreaterThan(redShownAt);
    await page.waitForTimeout(2_000);

    const after = await storedVerdict(b.worker, tabId);
    expect(after?.url).toBe(redUrl);
    expect(after?.light).toBe('red');
    expect(await toolbarState(b.worker, tabId)).toEqual({ badge: '!', title: redTitle });
    expect((await readBanner(page)).tone).toBe('red');
    const popup = await openPopup(b.context, b.extensionId, tabId);
    expect(await popup.getAttribute('.verdict', 'data-light')).toBe('red');
    await page.screenshot({ path: join(ARTEFACTS, 'verdict-race-b.png') });
    await popup.close();
    await page.close();
  }, 60_000);

  it('page A\'s slow verdict, finished after the tab moved on to an ordinary page, is taken back off its toolbar and popup', async () => {
    const page = await b.context.newPage();
    const slowUrl = `http://www.${SLOW2}/goods/2`;
    await page.goto(slowUrl);
    await expect.poll(() => icp.log.some((r) => r.url === `/icp/${SLOW2}`), { timeout: 10_000 }).toBe(true);
    await page.goto(`http://www.${PLAIN}/news/1`, { waitUntil: 'load' });
    const tabId = (await b.worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      return Object.entries(all).filter(([k, v]) => k.startsWith('doc:') && String((v as { url?: string }).url).includes('/goods/2')).map(([k]) => Number(k.slice(4)));
    })) as number[];
    expect(tabId.length).toBe(1);
    await expect.poll(() => answeredAt.get(SLOW2) ?? 0, { timeout: HOLD_MS + 5_000 }).toBeGreaterThan(0);
    // A's verdict is finished and published now; the check of the tab follows it.
    await page.waitForTimeout(2_000);
    const popupUrl = await tabPopupUrl(b.worker, tabId[0]!);
    // The plain popup, or one carrying another document's frame: never A's.
    expect(carriedFrame(popupUrl)?.frame.domain[1] ?? '').not.toContain(SLOW2);
    const state = await toolbarState(b.worker, tabId[0]!);
    expect(state.badge).toBe('');
    expect(state.title).not.toContain(SLOW2);
    // Exactly what a navigation leaves: the manifest's own title.
    expect(state.title).toBe(await b.worker.evaluate(() => chrome.runtime.getManifest().action.default_title));
    await page.close();
  }, 60_000);
});
