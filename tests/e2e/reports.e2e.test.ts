// The report flow in real Chromium (issue 11 item 8, issue 13 item 6): a red demo shop's report page shows the
// channels first, takes amount / payee / order number / time / notes and a screenshot, autosaves them, copies a
// text naming only the domain (its first line a subject), opens the GitHub issue form pre-filled by field id without
// the person's private details; the report outlives the service worker and the browser, screenshot included.
// An appeal autosaves without trusting anything; submitting it trusts the site.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/browser';
import { ARTEFACTS, openPopup, useDemoBrowser, verdictForUrl } from './extension';

declare const chrome: any;

const env = useDemoBrowser();

/** A small, real PNG (a screenshot stand-in): 64×48, two colours. */
function screenshotPng(): Buffer {
  const png = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(i / 4 % 64 < 32 ? [200, 30, 30, 255] : [240, 240, 240, 255], i);
  return PNG.sync.write(png);
}

const imageLoaded = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate(async (img: HTMLImageElement) => (await img.decode().then(() => img.naturalWidth, () => 0)));

describe('reports and appeals in real Chromium', () => {
  it('a report on a red shop: channels first, details autosaved with a screenshot, kept across restarts', async () => {
    const page = await env.b.context.newPage();
    const url = `${env.server.url('pay-personal.test')}pay-personal.html?order=SECRET42`;
    const since = Date.now();
    await page.goto(url);
    const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
    expect(verdict.light).toBe('red');

    const report = await env.b.context.newPage();
    await report.setViewportSize({ width: 760, height: 1000 });
    await report.goto(`chrome-extension://${env.b.extensionId}/report.html?tabId=${tabId}&kind=report`);
    await report.waitForSelector('form.report-form');
    expect(await report.textContent('[data-field="domain"]')).toBe('pay-personal.test');
    // Channels come first, Chinese authorities before the community list; the community list says it needs an account.
    expect(await report.locator('[data-channel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')))).toEqual(['12321', 'antifraud-app', '110', '12315', 'community', 'copy']);
    expect(await report.locator('section').first().getAttribute('class')).toBe('channels');
    expect(await report.getAttribute('[data-channel="12321"] a', 'href')).toBe('https://www.12321.cn/');
    expect(await report.innerText('[data-channel="community"]')).toContain('需要 GitHub 账号');
    expect(await report.locator('button[name=open-gitee]').isEnabled()).toBe(true);
    expect(await report.getAttribute('.save-state', 'data-state')).toBe('unsaved');
    // The payee comes pre-filled from the decoded personal payment code.
    expect(await report.inputValue('input[name=payee]')).toMatch(/^wxp:\/\/f2f0/);

    // A bad amount gets a clear answer and is not saved.
    await report.fill('input[name=amount]', '九十八');
    await report.waitForSelector('#amount-error');
    expect(await report.getAttribute('.save-state', 'data-state')).toBe('invalid');
    await report.fill('input[name=amount]', '98.50');
    await report.fill('input[name=payee]', 'wxp://f2f0DemoPayee (昵称 小王)');
    await report.fill('input[name=order]', 'D20261205001');
    await report.fill('input[name=paid-at]', '2026-12-05T14:30');
    await report.fill('textarea[name=text]', '付款后卡密无效，客服不回复');
    await report.setInputFiles('input[name=screenshots]', { name: 'pay-record.png', mimeType: 'image/png', buffer: screenshotPng() });
    await report.waitForSelector('.thumbs li[data-shot-id]');
    expect(await imageLoaded(report, '.thumbs img')).toBeGreaterThan(0);
    await report.waitForSelector('.save-state[data-state=saved]');
    expect(await report.innerText('.save-state')).toContain('已保存在本机');
    expect(await report.innerText('[data-channel="110"]')).toContain('已在下面填写');

    // The copy text: the amount and payee the person entered, the domain, never the path or query.
    const copy = await report.inputValue('textarea[name=copy-text]');
    expect(copy).toContain('98.50 元');
    expect(copy).toContain('wxp://f2f0DemoPayee');
    expect(copy).toContain('D20261205001');
    expect(copy).toContain('网站: pay-personal.test');
    expect(copy).not.toMatch(/pay-personal\.html|SECRET42/);
    expect(copy.split('\n')[0]).toBe('举报：pay-personal.test'); // an e-mail's subject
    // The GitHub route opens the report issue form pre-filled by field id (a stub answers: nothing leaves this machine),
    // with the domain and findings only: not the address, the amount, the order number or the payee.
    await env.b.context.route('https://github.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>stub</title>' }));
    const [issue] = await Promise.all([env.b.context.waitForEvent('page'), report.click('button[name=open-issue]')]);
    await issue.waitForURL(/\/issues\/new\?/);
    const issueUrl = new URL(issue.url());
    expect(issueUrl.pathname).toMatch(/\/issues\/new$/);
    expect(Object.fromEntries(issueUrl.searchParams)).toMatchObject({ template: 'report.yml', domain: 'pay-personal.test', category: 'personal-payment' });
    expect(issueUrl.searchParams.get('description')).toBe('付款后卡密无效，客服不回复');
    expect(decodeURIComponent(issueUrl.search)).not.toMatch(/SECRET42|98\.50|D20261205001|f2f0DemoPayee/);
    await issue.close();
    await report.click('button[name=copy]');
    await report.waitForSelector('.notice');
    expect(await report.innerText('.notice')).toBe('已复制到剪贴板。');
    // What landed on the clipboard, pasted the way a person pastes into the 12321 form.
    const form = await env.b.context.newPage();
    await form.setContent('<textarea id="paste"></textarea>');
    await form.focus('#paste');
    await form.keyboard.press('Control+V');
    expect(await form.inputValue('#paste')).toBe(copy);
    await form.close();
    await report.screenshot({ path: join(ARTEFACTS, 'report-form.png'), fullPage: true });

    // The worker dies; the records page (which wakes it) lists the report with its details.
    const cdp = await env.b.context.newCDPSession(report);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const records = await env.b.context.newPage();
    await records.goto(`chrome-extension://${env.b.extensionId}/records.html`);
    await records.waitForSelector('[data-report-id]');
    expect(await records.innerText('[data-report-id]')).toContain('98.50 元');
    expect(await records.innerText('[data-report-id]')).toContain('已复制');

    // The whole browser restarts on the same profile: the report is there, screenshot included.
    const { userDataDir, extensionId } = env.b;
    await env.b.context.close();
    env.b = await launchWithExtension({ headless: true, userDataDir });
    expect(env.b.extensionId).toBe(extensionId);
    const again = await env.b.context.newPage();
    await again.goto(`chrome-extension://${env.b.extensionId}/records.html`);
    await again.waitForSelector('[data-report-id]');
    const row = await again.innerText('[data-report-id]');
    for (const s of ['付款后卡密无效，客服不回复', '98.50 元', 'wxp://f2f0DemoPayee', 'D20261205001', '2026-12-05 14:30', '截图 1 张']) expect(row).toContain(s);
    expect(await imageLoaded(again, '.report-shots img')).toBeGreaterThan(0);
    await again.screenshot({ path: join(ARTEFACTS, 'history.png'), fullPage: true });

    // Opened again from the records page: editable, with the screenshot at full size.
    const id = await again.getAttribute('[data-report-id]', 'data-report-id');
    const reopened = await env.b.context.newPage();
    await reopened.goto(`chrome-extension://${env.b.extensionId}/report.html?id=${id}`);
    await reopened.waitForSelector('.save-state[data-state=saved]');
    expect(await reopened.inputValue('input[name=amount]')).toBe('98.50');
    expect(await reopened.inputValue('input[name=order]')).toBe('D20261205001');
    await reopened.click('button[name=view-shot]');
    await reopened.waitForSelector('.viewer img');
    expect(await imageLoaded(reopened, '.viewer img')).toBe(64);
    await reopened.click('button[name=close-shot]');

    // A pasted image (Ctrl+V of a screenshot tool's copy) is kept too; a file that only claims to be a PNG is refused.
    await reopened.evaluate((b64: string) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, screenshotPng().toString('base64'));
    await expect.poll(() => reopened.locator('.thumbs li[data-shot-id]').count(), { timeout: 10_000 }).toBe(2);
    await reopened.setInputFiles('input[name=screenshots]', { name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await reopened.waitForSelector('.shots .error');
    expect(await reopened.innerText('.shots .error')).toContain('“fake.png”不是可以识别的图片');
    expect(await reopened.locator('.thumbs li[data-shot-id]').count()).toBe(2);
  }, 120_000); // a long flow (two browser launches): on a loaded machine it takes over 60 s

  it('an appeal autosaves without trusting; submitting it trusts the site and turns its light green with a note', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('clean-shop.test');
    const since = Date.now();
    await page.goto(url);
    const { tabId } = await verdictForUrl(env.b.worker, url, 10_000, since);
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    const [appeal] = await Promise.all([env.b.context.waitForEvent('page'), popup.click('button[name=appeal]')]);
    await appeal.waitForSelector('form.report-form[data-kind=appeal]');
    expect(await appeal.innerText('.lead')).toContain('设为“信任”');
    expect(await appeal.innerText('[data-channel="community"]')).toContain('需要 GitHub 账号');
    await appeal.fill('textarea[name=text]', '这是我常用的店，有营业执照');
    await appeal.waitForSelector('.save-state[data-state=saved]');
    const records = await env.b.context.newPage();
    await records.goto(`chrome-extension://${env.b.extensionId}/records.html`);
    await records.waitForSelector('[data-report-id]');
    expect(await records.innerText('body')).toContain('这是我常用的店');
    // Asked the way the popup asks: no override was set by the autosave.
    const override = () => records.evaluate(() => chrome.runtime.sendMessage({ type: 'override/get', payload: { domain: 'clean-shop.test' } }));
    expect(await override()).toEqual({ ok: true, data: { kind: null } });

    await appeal.click('button[name=save]');
    await appeal.waitForSelector('.saved');
    await appeal.screenshot({ path: join(ARTEFACTS, 'report-appeal.png'), fullPage: true });
    expect(await override()).toEqual({ ok: true, data: { kind: 'trusted' } });
    // The background asked the tab to report again; its verdict is now the person's override.
    await expect.poll(async () => (await verdictForUrl(env.b.worker, url)).verdict.rule, { timeout: 10_000 }).toBe('user-override');
    const after = await openPopup(env.b.context, env.b.extensionId, tabId);
    expect(await after.getAttribute('.verdict', 'data-light')).toBe('green');
    expect(await after.locator('[data-signal-id="user-trusted"]').count()).toBe(1);
    expect(await after.locator('button[name=untrust]').count()).toBe(1);
    await after.screenshot({ path: join(ARTEFACTS, 'popup-clean-shop-green-trusted.png'), fullPage: true });
  });
});
