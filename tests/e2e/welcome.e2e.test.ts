// The first-run page in real Chromium: it opens by itself on install — except in headless Chromium, where an extra
// tab would change what the other tests see (this test asks for the page by launching with an ordinary browser's
// user agent) — explains the checks and the three data sources in everyday Chinese, turns
// domain registration on from its own click (asking for exactly the RDAP servers the options page asks for), says
// KaDun never shows a green "已核验" inside a web page, and is reachable from the options page.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { ARTEFACTS } from './extension';
import { answerPermission, permissionLog, recordPermissionRequests } from './permissions';

declare const chrome: any;

const ORDINARY_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

const launched: Launched[] = [];
afterAll(async () => {
  for (const l of launched) await l.context.close().catch(() => undefined);
});

const welcomeTabs = (l: Launched) => l.context.pages().filter((p) => p.url().endsWith('/welcome.html'));

async function listImported(l: Launched) {
  for (let i = 0; i < 100; i++) {
    const info = await l.worker.evaluate(async () => (await chrome.storage.local.get('filter:meta'))['filter:meta']).catch(() => null);
    if (info) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bundled list was not imported');
}

describe('first-run page', () => {
  it('does not open in headless Chromium (so the other e2e tests see no extra tab)', async () => {
    const l = await launchWithExtension({ headless: true });
    launched.push(l);
    await listImported(l); // the install handlers have run
    await new Promise((r) => setTimeout(r, 500));
    expect(welcomeTabs(l)).toEqual([]);
  });

  it('opens once on install and explains the checks, the sources and where answers appear', async () => {
    const l = await launchWithExtension({ headless: true, extraArgs: [`--user-agent=${ORDINARY_UA}`] });
    launched.push(l);
    let page: Page | undefined;
    for (let i = 0; i < 100 && !page; i++) {
      page = welcomeTabs(l)[0];
      if (!page) await new Promise((r) => setTimeout(r, 100));
    }
    expect(page, 'welcome tab').toBeDefined();
    await page!.waitForSelector('main.welcome');
    const text = await page!.locator('main.welcome').innerText();
    for (const s of ['域名注册信息', '备案查询', '社区风险名单', '只会发送网站的域名', '从不在网页里面显示绿色的“已核验”']) expect(text).toContain(s);
    await expect.poll(() => page!.locator('[data-source=list] .state-on').innerText()).toContain('名单第 1 版');
    await page!.setViewportSize({ width: 800, height: 900 });
    await page!.screenshot({ path: join(ARTEFACTS, 'welcome-zh-CN.png'), fullPage: true });
    expect(welcomeTabs(l)).toHaveLength(1);
  });

  it('turns domain registration on from its own click, asking for the RDAP servers; a refusal leaves it off', async () => {
    const l = launched[1]!;
    const page = await l.context.newPage();
    await recordPermissionRequests(page);
    await page.goto(`chrome-extension://${l.extensionId}/welcome.html`);
    await page.waitForSelector('button[name=rdap]');
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    await page.waitForTimeout(300); // the bundled RDAP server list is read before the first click
    await page.click('button[name=rdap]');
    await page.waitForSelector('#rdap-note');
    expect(await page.textContent('#rdap-note')).toContain('仍然关闭');
    const settings = () => page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get', payload: {} }));
    expect((await settings()).data.sources.rdap).toBe(false);

    await answerPermission(page, true);
    await page.click('button[name=rdap]');
    await page.waitForSelector('[data-source=rdap] .state-on');
    expect((await settings()).data.sources.rdap).toBe(true);
    const { asked } = await permissionLog(page);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toContain('https://rdap.verisign.com/*');
    for (const o of asked[0]!) expect(o).toMatch(/^https:\/\/[^/*]+\/\*$/);
  });

  it('is linked from the options page', async () => {
    const l = launched[1]!;
    const options = await l.context.newPage();
    await options.goto(`chrome-extension://${l.extensionId}/options.html`);
    await options.waitForSelector('form.options-form');
    const [welcome] = await Promise.all([l.context.waitForEvent('page'), options.click('a[href="/welcome.html"]')]);
    await welcome.waitForSelector('main.welcome');
    expect(await welcome.locator('h1').innerText()).toBe('欢迎使用卡盾');
  });
});
