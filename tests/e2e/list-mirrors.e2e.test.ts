// The community list from three untrusted mirrors in real Chromium. The default mirrors' hosts (GitHub raw,
// jsDelivr, Gitee) are mapped to three local HTTPS servers (host-resolver rules, a certificate made for the run),
// and the extension's bundled list and key are swapped for ones signed with this run's key (signed-list.ts). The
// person clicks 立即更新 on the options page and reads which mirror answered and how each one fared:
// The Gitee server sends no CORS headers, as Gitee's raw files do not, and the worker must still read it: the manifest
// grants the mirrors' origins (LIST_MIRROR_ORIGINS). (In Chrome the content scripts' http/https match patterns would
// already give the worker that access — a build without the grant passes this test too — so the explicit grant is
// what keeps it if those patterns ever narrow, and what Firefox's MV2 package relies on.)
//   1. GitHub refuses (403), jsDelivr serves a tampered list, Gitee a valid newer one → version 2, from Gitee.
//   2. Gitee publishes version 3 with a signed delta from 2 → only the index and the delta are fetched, from Gitee
//      first (it worked last time): nothing is asked of GitHub or jsDelivr.
//   3. Every mirror fails — GitHub drops the connection, jsDelivr tampered again, Gitee offers version 2 (a rollback)
//      → the list stays at 3 and the page says so, mirror by mirror.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_MIRROR_URLS } from '../../lib/core/list-home';
import { buildDelta, indexFileText, type ListIndex } from '../../lib/risk-list/delta';
import type { RiskEntry, RiskList } from '../../lib/risk-list/format';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { encode, keyPair } from '../../scripts/demo/signed-list';
import { OFFLINE_HOST_RULES } from '../../scripts/demo/server';
import { ARTEFACTS } from './extension';
import { makeCertificate, OPENSSL } from './sources-servers';
import { extensionWithList } from './signed-list';

declare const chrome: any;

type Answer = Uint8Array | string | number | 'drop';
type Mirror = { server: Server; port: number; host: string; path: string; files: Map<string, Answer>; seen: string[] };

const entry = (domain: string): RiskEntry => ({
  domain, category: 'personal-payment', status: 'reported', firstSeen: '2026-10-01', lastSeen: '2026-11-01', expires: '2030-01-01',
  evidence: [], note: '测试数据：付款页面是个人收款码',
});
const listV = (version: number, domains: string[]): RiskList => ({
  schema: 1, version, generatedAt: `2026-11-${String(20 + version).padStart(2, '0')}T00:00:00Z`, entries: domains.map(entry), allow: [],
});
const v1 = listV(1, ['old-scam.example']);
const v2 = listV(2, ['old-scam.example', 'mirror-scam.test']);
const v3 = listV(3, ['mirror-scam.test', 'delta-scam.test']);

const keys = await keyPair();
const otherKeys = await keyPair();
const mirrors: Mirror[] = [];
let b: Launched;
let extDir = '';
let certDir = '';

async function startMirror(mirrorUrl: string, tls: { key: Buffer; cert: Buffer }): Promise<Mirror> {
  const u = new URL(mirrorUrl);
  const cors: Record<string, string> = u.hostname === 'gitee.com' ? {} : { 'access-control-allow-origin': '*' };
  const files = new Map<string, Answer>();
  const seen: string[] = [];
  const server = createServer(tls, (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    seen.push(path);
    const answer = files.get(path);
    if (answer === 'drop') return void req.socket.destroy();
    if (typeof answer === 'number') return void res.writeHead(answer, cors).end();
    if (answer === undefined) return void res.writeHead(404, cors).end();
    res.writeHead(200, { ...cors, 'content-type': 'text/plain' }).end(answer);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, host: u.hostname, path: u.pathname, files, seen };
}

const dir = (m: Mirror) => m.path.slice(0, m.path.lastIndexOf('/') + 1);

async function publish(m: Mirror, l: RiskList, opts: { deltasFrom?: RiskList[]; tamper?: boolean } = {}) {
  m.files.clear();
  const bytes = encode(l);
  m.files.set(m.path, opts.tamper ? encode(new TextDecoder().decode(bytes).replaceAll('测试数据', '已篡改')) : bytes);
  m.files.set(`${m.path}.sig`, await keys.sign(bytes));
  for (const old of opts.deltasFrom ?? []) {
    const d = encode(buildDelta(old, l));
    m.files.set(`${dir(m)}deltas/${old.version}.json`, d);
    m.files.set(`${dir(m)}deltas/${old.version}.json.sig`, await keys.sign(d));
  }
  const index: ListIndex = { kind: 'kadun-list-index', schema: 1, version: l.version, generatedAt: l.generatedAt, deltas: (opts.deltasFrom ?? []).map((o) => o.version) };
  const line = JSON.stringify(index);
  if (!opts.tamper) m.files.set(`${dir(m)}risk-list.version`, indexFileText(index, await keys.sign(encode(line))));
}

beforeAll(async () => {
  if (!OPENSSL) return;
  certDir = mkdtempSync(join(tmpdir(), 'kadun-mirror-cert-'));
  const tls = makeCertificate(certDir);
  for (const url of LIST_MIRROR_URLS) mirrors.push(await startMirror(url, tls));
  extDir = await extensionWithList(v1, undefined, keys);
  const rules = mirrors.map((m) => `MAP ${m.host} 127.0.0.1:${m.port}`);
  b = await launchWithExtension({ headless: true, extensionDir: extDir, hostRules: [...rules, OFFLINE_HOST_RULES].join(', '), extraArgs: ['--ignore-certificate-errors'] });
  // The check the extension runs on install (nothing is published yet: every mirror answers 404) must be over
  // before the tests publish, or it could take the first test's list before the click.
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  for (let i = 0; i < 100 && (await status(page))?.lastCheckAt == null; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await status(page)).toMatchObject({ version: 1, lastError: expect.stringMatching(/^mirrors: all 3 mirrors failed/) });
  await page.evaluate(async () => {
    const r = await chrome.runtime.sendMessage({ type: 'settings/get', payload: {} });
    await chrome.runtime.sendMessage({ type: 'settings/set', payload: { settings: { ...r.data, language: 'zh-CN' } } });
  });
  await page.close();
});

afterAll(async () => {
  await b?.context.close();
  await Promise.all(mirrors.map((m) => new Promise((r) => m.server.close(r))));
  if (extDir) rmSync(extDir, { recursive: true, force: true });
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

async function status(page: Page): Promise<any> {
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'list/status', payload: {} }));
  return reply.data;
}

/** Opens the options page in Chinese, clicks 立即更新 and waits for the notice; returns the page and the notice. */
async function updateFromOptions(): Promise<{ page: Page; notice: string }> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.waitForSelector('button[name="update-list"]');
  mirrors.forEach((m) => (m.seen.length = 0));
  await page.click('button[name="update-list"]');
  const note = page.locator('#list-note');
  await note.waitFor({ timeout: 45_000 });
  await page.waitForSelector('button[name="update-list"]:not([disabled])');
  return { page, notice: (await note.innerText()).trim() };
}

const attempts = (page: Page) => page.locator('[data-field="attempts"] li').evaluateAll((lis) =>
  lis.map((li) => ({ mirror: li.getAttribute('data-mirror'), ok: li.getAttribute('data-ok'), text: (li.firstChild?.parentElement?.innerText ?? '').split('\n')[0] })));

describe.skipIf(!OPENSSL)('community list from three untrusted mirrors (real Chromium)', () => {
  it('GitHub refuses, jsDelivr is tampered, Gitee is valid: the list is Gitee\'s, and the options page says so', async () => {
    const [github, jsdelivr, gitee] = mirrors as [Mirror, Mirror, Mirror];
    github.files.set(`${dir(github)}risk-list.version`, 403);
    await publish(jsdelivr, v2, { tamper: true });
    await publish(gitee, v2);
    const { page, notice } = await updateFromOptions();
    expect(notice).toBe('已更新，当前版本 2。');
    expect(await status(page)).toMatchObject({ version: 2, mirror: LIST_MIRROR_URLS[2], lastError: null });
    const source = page.locator('[data-field="mirror"]');
    expect(await source.getAttribute('data-mirror')).toBe('Gitee');
    expect(await source.innerText()).toMatch(/^Gitee，.*（下载了完整名单）/);
    expect(await source.locator('details code').textContent()).toBe(LIST_MIRROR_URLS[2]);
    expect(await attempts(page)).toEqual([
      { mirror: 'GitHub', ok: 'false', text: 'GitHub：拒绝了请求或返回错误' },
      { mirror: 'jsDelivr', ok: 'false', text: 'jsDelivr：签名不对，可能被篡改，没有采用' },
      { mirror: 'Gitee', ok: 'true', text: 'Gitee：正常' },
    ]);
    await page.screenshot({ path: join(ARTEFACTS, 'list-mirrors-gitee.png'), fullPage: true });
    await page.close();
  });

  it('a signed delta from Gitee, asked first: index and delta only, no full list, no other mirror', async () => {
    const [github, jsdelivr, gitee] = mirrors as [Mirror, Mirror, Mirror];
    await publish(github, v3, { deltasFrom: [v2] });
    await publish(jsdelivr, v3, { deltasFrom: [v2] });
    await publish(gitee, v3, { deltasFrom: [v1, v2] });
    const { page, notice } = await updateFromOptions();
    expect(notice).toBe('已更新，当前版本 3。');
    expect(gitee.seen).toEqual([`${dir(gitee)}risk-list.version`, `${dir(gitee)}deltas/2.json`, `${dir(gitee)}deltas/2.json.sig`]);
    expect([github.seen, jsdelivr.seen]).toEqual([[], []]);
    expect(await page.locator('[data-field="mirror"]').innerText()).toMatch(/^Gitee，.*（增量更新，只下载了变化的部分）/);
    expect(await page.locator('[data-field="version"]').innerText()).toBe('3');
    // The applied list answers lookups: the delta's new entry is there, the removed one is gone.
    const found = await b.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, err) => { const r = indexedDB.open('kadun'); r.onsuccess = () => ok(r.result); r.onerror = () => err(r.error); });
      const all = await new Promise<any[]>((ok) => { const r = db.transaction('listEntries').objectStore('listEntries').getAll(); r.onsuccess = () => ok(r.result); });
      db.close();
      return all.flatMap((row) => Object.keys(row.entry).map((d) => `${row.domain.split(':')[0]}:${d}`)).sort();
    });
    // Only the touched buckets were rewritten (version 3); the untouched one stays under 2, and the replaced rows
    // are gone: exactly the two domains of version 3 remain.
    expect(found.map((k) => k.split(':')[1]).sort()).toEqual(['delta-scam.test', 'mirror-scam.test']);
    expect(found).toContain('3:delta-scam.test');
    await page.close();
  });

  it('every mirror fails (dropped, tampered, older = rollback): version 3 stays and each mirror\'s answer is shown', async () => {
    const [github, jsdelivr, gitee] = mirrors as [Mirror, Mirror, Mirror];
    github.files.clear();
    github.files.set(`${dir(github)}risk-list.version`, 'drop');
    await publish(jsdelivr, listV(4, ['x.test']), { tamper: true });
    await publish(gitee, v2);
    const { page, notice } = await updateFromOptions();
    expect(notice).toBe('更新失败：所有下载地址都没有给出可用的名单，卡盾会继续使用现有名单，稍后自动再试。各地址的情况见下方。');
    expect(await status(page)).toMatchObject({ version: 3, lastError: expect.stringMatching(/^mirrors: all 3 mirrors failed/) });
    expect(await page.locator('[data-field="version"]').innerText()).toBe('3');
    expect(await attempts(page)).toEqual([
      // Gitee is asked first: it answered last time.
      { mirror: 'Gitee', ok: 'false', text: 'Gitee：给的名单比正在使用的更旧，没有采用（防止被换回旧名单）' },
      { mirror: 'GitHub', ok: 'false', text: 'GitHub：连不上（被拒绝，或在你所在的地区无法访问）' },
      { mirror: 'jsDelivr', ok: 'false', text: 'jsDelivr：签名不对，可能被篡改，没有采用' },
    ]);
    expect(await page.locator('[data-field="error"]').innerText()).toContain('所有下载地址都没有给出可用的名单');
    await page.screenshot({ path: join(ARTEFACTS, 'list-mirrors-all-failed.png'), fullPage: true });
    await page.close();
  });
});
