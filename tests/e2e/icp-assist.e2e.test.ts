// The assisted official check in real Chromium: popup → 去工信部官网核验 → the MIIT query page (a local replica served
// over HTTPS as beian.miit.gov.cn: host-resolver rules and a self-signed certificate made here) with the domain filled
// in → the "person" solves the fake captcha → the record is captured → the shop tab's verdict is verified and green.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { OFFLINE_HOST_RULES, startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { openPopup, storedVerdict, verdictForUrl } from './extension';

const FIXTURES = join('tests', 'fixtures', 'miit');
const ARTEFACTS = join('test-results', 'e2e');
const OPENSSL = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
if (!OPENSSL) console.warn('[icp-assist e2e] skipped: `openssl` is not installed, so no certificate can be made for the HTTPS replica of beian.miit.gov.cn');

/** A throwaway self-signed certificate for beian.miit.gov.cn (node:crypto cannot write X.509). */
function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=beian.miit.gov.cn', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** The replica: `/` is the query page (the route lives after `#`), `/waf-block.html` the firewall's answer. */
async function startMiitReplica(tls: { key: Buffer; cert: Buffer }): Promise<{ server: Server; port: number }> {
  const server = createServer(tls, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const file = path === '/' ? 'record-query.html' : path === '/waf-block.html' ? 'waf-block.html' : null;
    if (!file) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(join(FIXTURES, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  return { server, port: typeof addr === 'object' && addr ? addr.port : 0 };
}

type CdpNode = { localName?: string; nodeValue?: string; children?: CdpNode[]; shadowRoots?: CdpNode[] };

/** The notice's text: it lives in a CLOSED shadow root, which only the DevTools protocol (pierce) can read. */
async function noticeText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const kids = (n: CdpNode) => [...(n.children ?? []), ...(n.shadowRoots ?? [])];
    const find = (n: CdpNode): CdpNode | null => (n.localName === 'kadun-assist-notice' ? n : kids(n).map(find).find(Boolean) ?? null);
    const text = (n: CdpNode): string => (n.localName === 'style' ? '' : (n.nodeValue ?? '') + kids(n).map(text).join(''));
    const host = find(root);
    return host ? text(host) : null;
  } finally {
    await cdp.detach();
  }
}

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

describe.skipIf(!OPENSSL)('assisted official check (MIIT replica over HTTPS)', () => {
  let demo: DemoServer;
  let miit: { server: Server; port: number };
  let browser: Launched;
  let certDir: string;

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    certDir = mkdtempSync(join(tmpdir(), 'kadun-miit-cert-'));
    miit = await startMiitReplica(makeCertificate(certDir));
    demo = await startDemoServer();
    browser = await launchWithExtension({
      headless: true,
      hostRules: `MAP beian.miit.gov.cn 127.0.0.1:${miit.port}, ${OFFLINE_HOST_RULES}`,
      extraArgs: ['--ignore-certificate-errors'],
    });
  });
  afterAll(async () => {
    await browser?.context.close();
    await demo?.close();
    await new Promise<void>((resolve) => (miit ? miit.server.close(() => resolve()) : resolve()));
    if (certDir) rmSync(certDir, { recursive: true, force: true });
  });

  it('fills the domain in, leaves the captcha to the person, captures the record and turns the shop green', async () => {
    const shop = await browser.context.newPage();
    const url = demo.url('clean-shop.test');
    const since = Date.now();
    await shop.goto(url);
    const { tabId, verdict: before } = await verdictForUrl(browser.worker, url, 10_000, since);
    expect(before.light).not.toBe('green');
    expect(before.signals.map((s) => s.id)).not.toContain('icp-record-verified');

    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith('https://beian.miit.gov.cn/'), timeout: 15_000 });
    await popup.click('button[name="icp-assist"]');
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('https://beian.miit.gov.cn/#/Integrated/recordQuery');

    // Filled in through input events (the replica, like Vue, only knows what `input` told it), and nothing else:
    // the search was not pressed and no captcha was opened.
    await until('the domain in the search box', () => page.inputValue('.Search_lebet input'), (v) => v === 'clean-shop.test');
    expect(await until('the notice', () => noticeText(page), (t) => Boolean(t?.includes('clean-shop.test')))).toContain('卡盾已填入 clean-shop.test，请自己完成验证码并查询');
    await page.waitForTimeout(800);
    expect(await page.isVisible('#slidingPictures')).toBe(false);
    expect(await page.locator('#kd-results').innerHTML()).toBe('');

    // The person presses 搜索 and "solves" the captcha.
    await page.click('#search-button');
    await page.waitForSelector('#slidingPictures', { state: 'visible' });
    await page.click('#fake-captcha-solve');

    const after = await until('the shop tab\'s verdict with the captured record', () => storedVerdict(browser.worker, tabId),
      (v) => v?.sources.icp.provider === 'icp-assisted' && v.sources.icp.state === 'ok');
    expect(after!.sources.icp).toMatchObject({ state: 'ok', provider: 'icp-assisted' });
    const verified = after!.signals.find((s) => s.id === 'icp-record-verified');
    expect(verified?.params).toMatchObject({ domain: 'clean-shop.test', licence: '京ICP备2021012345号-1', unit: '诚信数码科技（北京）有限公司', nature: '企业' });
    expect(after!.light).toBe('green');
    expect(await until('the saved notice', () => noticeText(page), (t) => Boolean(t?.includes('已保存')))).toContain('clean-shop.test');
    await page.screenshot({ path: join(ARTEFACTS, 'icp-assist-miit-replica.png') });

    // The popup shows it too.
    await popup.reload();
    await popup.waitForSelector('.verdict');
    expect(await popup.getAttribute('.verdict', 'data-light')).toBe('green');
    await popup.close();
    await page.close();
    await shop.close();
  });

  it('never keeps the page\'s "no record" (an IP ban shows the same), and says so (after the loading flash)', async () => {
    const shop = await browser.context.newPage();
    const url = demo.url('pay-personal.test');
    const since = Date.now();
    await shop.goto(url);
    const { tabId } = await verdictForUrl(browser.worker, url, 10_000, since);
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith('https://beian.miit.gov.cn/'), timeout: 15_000 });
    await popup.click('button[name="icp-assist"]');
    const page = await opened;
    await until('the domain in the search box', () => page.inputValue('.Search_lebet input'), (v) => v === 'pay-personal.test');
    await page.click('#search-button');
    await page.click('#fake-captcha-solve');
    expect(await until('the notice', () => noticeText(page), (t) => Boolean(t?.includes('暂无数据')))).toContain('pay-personal.test');
    const after = await storedVerdict(browser.worker, tabId);
    expect(after!.sources.icp.state).not.toBe('not-found');
    expect(after!.signals.map((s) => s.id)).not.toContain('icp-number-not-registered');
    expect(after!.light).not.toBe('green');
    await popup.close();
    await page.close();
    await shop.close();
  });
});
