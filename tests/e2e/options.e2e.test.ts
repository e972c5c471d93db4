// The options page in real Chromium: settings persist across a reload and switch the page's language, an invalid
// HTTP source is refused next to its field with nothing saved, host permission is asked for the enabled source's
// servers only, and the page fits 360 px. Headless Chromium cannot answer the permission prompt (the request just
// stays pending), so those tests replace chrome.permissions.request with a recorder that answers as told.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { answerPermission, permissionLog, recordPermissionRequests } from './permissions';

declare const chrome: any;

const ARTEFACTS = join('test-results', 'e2e');
let b: Launched;

beforeAll(async () => {
  mkdirSync(ARTEFACTS, { recursive: true });
  b = await launchWithExtension({ headless: true });
});
afterAll(async () => {
  await b?.context.close();
});

/** A message to the background from an extension page, the way the pages send them. */
async function call(page: Page, type: string, payload: unknown = {}): Promise<any> {
  const reply = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

async function openOptions(opts: { width?: number; permissions?: boolean } = {}): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: opts.width ?? 900, height: 900 });
  if (opts.permissions) await recordPermissionRequests(page);
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.waitForSelector('form.options-form', { timeout: 10_000 });
  return page;
}

const perm = permissionLog;

beforeEach(async () => {
  const page = await openOptions();
  await call(page, 'settings/set', { settings: DEFAULT_SETTINGS });
  await page.close();
});

describe('options page in real Chromium', () => {
  it('saves the check mode and the language; after a reload both hold and the page is in English', async () => {
    const page = await openOptions();
    expect(await page.textContent('h1')).toBe('卡盾：设置');
    await page.check('input[name=autoCheck][value=click]');
    await page.check('input[name=language][value=en]');
    // The page follows the choice at once, before saving.
    expect(await page.textContent('h1')).toBe('KaDun: Settings');
    await page.click('button[name=save]');
    await page.waitForSelector('.save-status[data-tone=ok]');
    expect(await page.textContent('.save-status')).toBe('Saved');

    await page.reload();
    await page.waitForSelector('form.options-form');
    expect(await page.isChecked('input[name=autoCheck][value=click]')).toBe(true);
    expect(await page.isChecked('input[name=language][value=en]')).toBe(true);
    expect(await page.textContent('h1')).toBe('KaDun: Settings');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('KaDun: Settings');
    // No Chinese left, except the language's own name.
    expect((await page.innerText('body')).replace('简体中文', '')).not.toMatch(/[\u4e00-\u9fff]/);
    const stored: Settings = await call(page, 'settings/get');
    expect(stored).toMatchObject({ autoCheck: 'click', language: 'en' });
  });

  it('an HTTP source without {domain}: the message sits next to the field, and nothing is saved', async () => {
    const page = await openOptions({ permissions: true });
    await page.check('input[name=autoCheck][value=click]');
    await page.check('#http-on');
    await expect.poll(() => page.inputValue('#mapping')).toContain('params.list');
    await page.fill('#endpoint', 'https://icp.example.net/query');
    await page.click('button[name=save]');
    await page.waitForSelector('#endpoint-issue');
    expect(await page.textContent('#endpoint-issue')).toBe('endpoint：必须包含 {domain}，且只能出现一次');
    expect(await page.getAttribute('#endpoint', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#endpoint', 'aria-describedby')).toBe('endpoint-issue');
    expect(await page.getAttribute('.save-status', 'data-tone')).toBe('error');
    expect((await perm(page)).asked).toEqual([]);
    expect(await call(page, 'settings/get')).toEqual(DEFAULT_SETTINGS);

    // Broken JSON in the mapping is caught the same way.
    await page.fill('#endpoint', 'https://icp.example.net/query?domain={domain}');
    await page.fill('#mapping', '{ "list": ');
    await page.click('button[name=save]');
    await page.waitForSelector('#mapping-issue');
    expect(await page.textContent('#mapping-issue')).toBe('不是有效的 JSON');
    expect(await page.locator('#endpoint-issue').count()).toBe(0);
    expect(await call(page, 'settings/get')).toEqual(DEFAULT_SETTINGS);

    await page.reload();
    await page.waitForSelector('form.options-form');
    expect(await page.isChecked('#http-on')).toBe(false);
    expect(await page.isChecked('input[name=autoCheck][value=shops]')).toBe(true);
  });

  it('asks each source for its own servers only; a refusal keeps RDAP off and leaves the HTTP source unsaved', async () => {
    const page = await openOptions({ permissions: true });
    // RDAP, refused: the switch stays off and says why.
    await page.click('#rdap');
    await page.waitForSelector('#rdap-note');
    expect(await page.textContent('#rdap-note')).toBe('没有获得访问注册局查询服务器的权限，此来源保持关闭。');
    expect(await page.isChecked('#rdap')).toBe(false);
    const [rdapOrigins] = (await perm(page)).asked;
    expect(rdapOrigins!.length).toBeGreaterThan(100);
    expect(rdapOrigins).toContain('https://rdap.verisign.com/*');
    for (const o of rdapOrigins!) expect(o).toMatch(/^https:\/\/[^/*]+\/\*$/);

    // Granted: on, and saved with the HTTP source, which asks for its endpoint's host and nothing else.
    await answerPermission(page, true);
    await page.click('#rdap');
    await expect.poll(() => page.isChecked('#rdap')).toBe(true);
    await page.check('#http-on');
    await page.fill('#endpoint', 'https://icp.example.net:8443/query?domain={domain}');
    await page.fill('#headers', '{ "authorization": "Bearer test" }');
    await page.click('button[name=save]');
    await page.waitForSelector('.save-status[data-tone=ok]');
    expect((await perm(page)).asked.at(-1)).toEqual(['https://icp.example.net/*']);
    const saved: Settings = await call(page, 'settings/get');
    expect(saved.sources.rdap).toBe(true);
    expect(saved.sources.icpHttp).toMatchObject({ endpoint: 'https://icp.example.net:8443/query?domain={domain}', headers: { authorization: 'Bearer test' } });
    expect(saved.sources.icpHttp?.mapping.list).toBe('params.list');

    // A new host, refused: not saved, and the message says which host.
    await answerPermission(page, false);
    await page.fill('#endpoint', 'https://other.example/icp/{domain}');
    await page.click('button[name=save]');
    await page.waitForSelector('#endpoint-issue');
    expect(await page.textContent('#endpoint-issue')).toBe('没有获得访问 https://other.example/* 的权限，设置未保存。');
    expect((await call(page, 'settings/get')).sources.icpHttp.endpoint).toBe('https://icp.example.net:8443/query?domain={domain}');

    // The ICP order moves with the keyboard-reachable buttons and is saved.
    await page.click('button[name=up-assisted]');
    await answerPermission(page, true);
    await page.fill('#endpoint', 'https://icp.example.net:8443/query?domain={domain}');
    await page.click('button[name=save]');
    await page.waitForSelector('.save-status[data-tone=ok]');
    expect((await call(page, 'settings/get')).sources.icpOrder).toEqual(['records', 'assisted', 'http']);
  });

  it('shows the community list status, runs "update now" without crashing, and handles history; fits 360 px', async () => {
    const page = await openOptions({ width: 360 });
    await page.waitForSelector('.list-status, #list-status-error');
    await page.click('button[name=update-list]');
    await page.waitForSelector('#list-note');
    // Offline here: the update fails, or the handler is not registered yet; either way it is shown, not thrown.
    expect((await page.textContent('#list-note'))!.length).toBeGreaterThan(0);
    expect(await page.locator('form.options-form').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[name=export]')]);
    expect(download.suggestedFilename()).toMatch(/^kadun-history-\d{4}-\d{2}-\d{2}\.json$/);
    await page.click('button[name=clear]');
    await page.waitForSelector('#history-note');
    expect(await page.textContent('#history-note')).toBe('检查记录已清空。');
    expect(await page.getAttribute('a.link-button', 'href')).toBe('records.html');

    await page.check('#http-on');
    await page.fill('#endpoint', 'https://icp.example.net/query');
    await page.click('button[name=save]');
    await page.waitForSelector('#endpoint-issue');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTEFACTS, 'options.png'), fullPage: true });

    // Twice the zoom on a 720 px window lays out like 360 px; 320 px (200 % of 640) must not scroll sideways either.
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it('the popup\'s 设置 button opens this page in a tab', async () => {
    // openOptionsPage() focuses an options tab that is already open: close the earlier tests' ones.
    for (const p of b.context.pages()) if (p.url().endsWith('/options.html')) await p.close();
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=999999`);
    await popup.waitForSelector('button[name=options]');
    expect(await popup.textContent('button[name=options]')).toBe('设置');
    const [options] = await Promise.all([b.context.waitForEvent('page'), popup.click('button[name=options]')]);
    await options.waitForURL(/\/options\.html$/);
    await options.waitForSelector('form.options-form');
  });
});
