// Dynamic pages in real Chromium with the built extension (docs/dynamic-pages.md): a single-page shop whose route
// changes by pushState to a pay page, a layui layer with a personal QR that appears 30 s after load, a QR drawn into
// a <canvas> inside a Bootstrap modal, a QR drawn as an HTML table, and a long feed that must not cause a re-check
// storm; and (f) a layui layer whose same-origin iframe holds the pay page. For each payment page the tab's verdict must turn red for the page's current URL, and agree with the CLI on
// the page as a person would save it after the change (page.content(), each canvas replaced by an <img> of its
// toDataURL()): the same light and the same signal ids and severities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import type { Verdict } from '../../lib/core/types';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { runCli } from '../../scripts/cli/run';
import { OFFLINE_HOST_RULES } from '../../scripts/demo/server';
import { BUNDLED_LIST_PATHS } from '../../lib/risk-list/public-key';
import { fixtureUrl, FIXTURES as FIXTURE_ROOT } from '../helpers/fixtures';
import { ARTEFACTS } from './extension';

declare const chrome: any;

const DIR = join(FIXTURE_ROOT, 'dynamic');
type Fixture = { name: string; file: string; host: string; path: string };
const FIXTURES: Fixture[] = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort().map((name) => {
  const file = join(DIR, name);
  const own = new URL(fixtureUrl(readFileSync(file, 'utf8')));
  return { name, file, host: own.hostname, path: `${own.pathname}${own.search}` };
});
const byName = (name: string) => FIXTURES.find((f) => f.name === name)!;

let server: Server;
let port = 0;
let browser: Launched;
let control: Page;

async function call<T>(type: string, payload: unknown): Promise<T> {
  const reply = (await control.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as { ok: boolean; data?: T };
  if (!reply?.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
  return reply.data as T;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const f = FIXTURES.find((x) => x.host === host && x.path === req.url);
    if (!f) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(f.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  const hostRules = [...FIXTURES.map((f) => `MAP ${f.host} 127.0.0.1`), OFFLINE_HOST_RULES].join(', ');
  browser = await launchWithExtension({ headless: true, hostRules });
  control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // Like for like with the CLI, which asks RDAP live and fails offline (as fixtures-agree.e2e.test.ts does).
  await call('settings/set', { settings: { ...DEFAULT_SETTINGS, sources: { ...DEFAULT_SETTINGS.sources, rdap: true } } });
  mkdirSync(ARTEFACTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.context.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const urlOf = (f: Fixture) => new URL(`http://${f.host}:${port}${f.path}`).href;
type Seen = { light: string; signals: string[] };
const seen = (v: { light: string; signals: ReadonlyArray<{ id: string; severity: string }> }): Seen =>
  ({ light: v.light, signals: v.signals.map((s) => `${s.id}:${s.severity}`).sort() });

type Stored = { tabId: number; verdict: Verdict };
/** The newest stored tab verdict for `url` that satisfies `ok`, polled from the worker's storage.session. */
async function waitVerdict(url: string, ok: (v: Verdict) => boolean, timeoutMs: number): Promise<Stored> {
  const until = Date.now() + timeoutMs;
  let last: Stored | null = null;
  let urls: string[] = [];
  while (Date.now() < until) {
    const all = (await browser.worker.evaluate(async () => chrome.storage.session.get(null))) as Record<string, Verdict>;
    urls = Object.entries(all).filter(([k]) => k.startsWith('tab:')).map(([k, v]) => `${k} ${v?.url} ${v?.light} ${v?.checkedAt}`);
    for (const [key, v] of Object.entries(all)) {
      if (!key.startsWith('tab:') || v?.url !== url) continue;
      last = { tabId: Number(key.slice(4)), verdict: v };
      if (ok(v)) return last;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching verdict for ${url} within ${timeoutMs} ms; last: ${last ? JSON.stringify(seen(last.verdict)) : 'none'}; stored: ${urls.join(' | ')}`);
}

/** The page as a person would save it now: canvases become <img> of their pixels; then `kadun check` on it. */
async function cliOnSavedPage(page: Page, name: string): Promise<Seen> {
  await page.evaluate(() => {
    for (const c of Array.from(document.querySelectorAll('canvas'))) {
      const img = document.createElement('img');
      img.src = c.toDataURL('image/png');
      img.width = c.width;
      img.height = c.height;
      c.replaceWith(img);
    }
  });
  const file = join(ARTEFACTS, `dynamic-saved-${name}`);
  writeFileSync(file, await page.content());
  let stdout = '';
  let stderr = '';
  const code = await runCli([file, '--url', page.url(), '--list', join('public', BUNDLED_LIST_PATHS.list), '--json'], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    fetch: async () => {
      throw new TypeError('fetch failed: no network in this test');
    },
    now: () => Date.now(),
    env: {},
  });
  if (code !== 0) throw new Error(`CLI exit ${code}: ${stderr}`);
  return seen(JSON.parse(stdout) as Verdict);
}

const isRed = (v: Verdict) => v.light === 'red';
const hasPersonalQr = (v: Verdict) => v.signals.some((s) => s.id === 'payment-personal-qr' && s.severity === 'danger');

describe('dynamic pages', () => {
  it('(a) a single-page shop: pushState to a pay route turns the tab red for the new URL', async () => {
    const f = byName('spa-pushstate.html');
    const page = await browser.context.newPage();
    const url = urlOf(f);
    await page.goto(url);
    const first = await waitVerdict(url, () => true, 10_000);
    expect(first.verdict.light).not.toBe('red');
    await page.click('button.buy[data-id="11"]');
    const payUrl = page.url();
    expect(new URL(payUrl).pathname).toBe('/pay/YK20261205093011');
    const red = await waitVerdict(payUrl, (v) => isRed(v) && hasPersonalQr(v), 10_000);
    expect(red.tabId).toBe(first.tabId);
    expect(seen(red.verdict)).toEqual(await cliOnSavedPage(page, f.name));
    // Back to the list: the verdict follows the URL again.
    await page.goBack();
    const back = await waitVerdict(url, (v) => v.checkedAt > red.verdict.checkedAt, 10_000);
    expect(back.verdict.light).not.toBe('red');
    // A URL change with no DOM change at all: only the Navigation API's events can notice it.
    await page.evaluate(() => history.replaceState(null, '', '/?from=shortcut'));
    const quiet = await waitVerdict(new URL('/?from=shortcut', url).href, () => true, 10_000);
    expect(quiet.tabId).toBe(first.tabId);
    await page.close();
  }, 60_000);

  it('(b) a layui layer with a personal QR 30 s after load turns the tab red', async () => {
    const f = byName('layer-late.html');
    const page = await browser.context.newPage();
    const url = urlOf(f);
    const t0 = Date.now();
    await page.goto(url);
    const first = await waitVerdict(url, () => true, 10_000);
    expect(first.verdict.light).not.toBe('red');
    const red = await waitVerdict(url, (v) => isRed(v) && hasPersonalQr(v), 50_000);
    expect(Date.now() - t0).toBeGreaterThan(29_000);
    await page.screenshot({ path: join(ARTEFACTS, 'dynamic-layer-late.png') });
    expect(seen(red.verdict)).toEqual(await cliOnSavedPage(page, f.name));
    await page.close();
  }, 90_000);

  it.each(['canvas-modal.html', 'table-qr.html'])('(c, d) %s: a code drawn after load turns the tab red', async (name) => {
    const f = byName(name);
    const page = await browser.context.newPage();
    const url = urlOf(f);
    await page.goto(url);
    const first = await waitVerdict(url, () => true, 10_000);
    expect(first.verdict.light).not.toBe('red');
    const red = await waitVerdict(url, (v) => isRed(v) && hasPersonalQr(v), 15_000);
    expect(seen(red.verdict)).toEqual(await cliOnSavedPage(page, f.name));
    await page.close();
  }, 60_000);

  it('(f) a layer whose iframe (same origin) shows a personal QR turns the top page red', async () => {
    const f = byName('layer-iframe.html');
    const page = await browser.context.newPage();
    const url = urlOf(f);
    await page.goto(url);
    const first = await waitVerdict(url, () => true, 10_000);
    expect(first.verdict.light).not.toBe('red');
    await page.click('#buy');
    const red = await waitVerdict(url, (v) => isRed(v) && hasPersonalQr(v), 15_000);
    expect(red.tabId).toBe(first.tabId);
    // The frame's own page, checked alone by the CLI, is red for the same code.
    const framePage = await browser.context.newPage();
    const inner = byName('layer-iframe-pay.html');
    await framePage.goto(urlOf(inner));
    const cli = await cliOnSavedPage(framePage, inner.name);
    expect(cli.light).toBe('red');
    expect(cli.signals).toContain('payment-personal-qr:danger');
    await framePage.close();
    await page.close();
  }, 60_000);

  it('(e) a long feed appending plain articles causes no re-check storm', async () => {
    const f = byName('long-feed.html');
    const page = await browser.context.newPage();
    const url = urlOf(f);
    await page.goto(url);
    const { tabId } = await waitVerdict(url, () => true, 10_000);
    // Every report replaces the tab's stored verdict: distinct checkedAt values count the 'page/snapshot' messages.
    const stamps = new Set<number>();
    const until = Date.now() + 9_000;
    while (Date.now() < until) {
      const v = (await browser.worker.evaluate(async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId)) as Verdict | null;
      if (v?.url === url) stamps.add(v.checkedAt);
      await new Promise((r) => setTimeout(r, 50));
    }
    const articles = await page.evaluate(() => document.querySelectorAll('#feed article').length);
    expect(articles).toBe(90);
    // The first report, and at most the three growth re-checks of a page's first 20 s; never one per batch.
    expect(stamps.size).toBeGreaterThanOrEqual(1);
    expect(stamps.size).toBeLessThanOrEqual(4);
    writeFileSync(join(ARTEFACTS, 'dynamic-long-feed.json'), JSON.stringify({ articles, snapshots: stamps.size }));
    await page.close();
  }, 60_000);
});
