// A report the person wrote survives a service-worker restart and a browser restart; an appeal trusts the site.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchWithExtension } from '../../scripts/browser';
import { ARTEFACTS, openPopup, useDemoBrowser, verdictForUrl } from './extension';

const env = useDemoBrowser();

describe('reports and appeals in real Chromium', () => {
  it('saves a pre-filled report that outlives the worker and the browser', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('fake-icp.test');
    await page.goto(url);
    const { tabId } = await verdictForUrl(env.b.worker, url);

    const report = await env.b.context.newPage();
    await report.goto(`chrome-extension://${env.b.extensionId}/report.html?tabId=${tabId}&kind=report`);
    await report.waitForSelector('form.report-form');
    expect(await report.textContent('[data-field="domain"]')).toBe('fake-icp.test');
    expect(await report.inputValue('select[name=category]')).toBe('fake-filing');
    expect(await report.locator('.evidence li').count()).toBeGreaterThan(0);
    await report.fill('textarea[name=text]', '付款后卡密无效，客服不回复');
    await report.click('button[name=save]');
    await report.waitForSelector('.saved');
    expect(await report.locator('button[name=open-issue]').isEnabled()).toBe(true);
    await report.screenshot({ path: join(ARTEFACTS, 'report-form.png'), fullPage: true });

    // The worker dies; the history page (which wakes it) still lists the report.
    const cdp = await env.b.context.newCDPSession(report);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const history = await env.b.context.newPage();
    await history.goto(`chrome-extension://${env.b.extensionId}/records.html`);
    await history.waitForSelector('[data-report-id]');
    expect(await history.innerText('body')).toContain('付款后卡密无效，客服不回复');

    // The whole browser restarts on the same profile.
    const { userDataDir, extensionId } = env.b;
    await env.b.context.close();
    env.b = await launchWithExtension({ headless: true, userDataDir });
    expect(env.b.extensionId).toBe(extensionId);
    const again = await env.b.context.newPage();
    await again.goto(`chrome-extension://${env.b.extensionId}/records.html`);
    await again.waitForSelector('[data-report-id]');
    expect(await again.innerText('body')).toContain('付款后卡密无效，客服不回复');
    await again.screenshot({ path: join(ARTEFACTS, 'history.png'), fullPage: true });
  });

  it('an appeal from the popup trusts the site and turns its light green with a note', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('clean-shop.test');
    await page.goto(url);
    const { tabId } = await verdictForUrl(env.b.worker, url);
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    const [appeal] = await Promise.all([env.b.context.waitForEvent('page'), popup.click('button[name=appeal]')]);
    await appeal.waitForSelector('form.report-form[data-kind=appeal]');
    await appeal.fill('textarea[name=text]', '这是我常用的店，有营业执照');
    await appeal.click('button[name=save]');
    await appeal.waitForSelector('.saved');

    // The background asked the tab to report again; its verdict is now the person's override.
    await expect.poll(async () => (await verdictForUrl(env.b.worker, url)).verdict.rule, { timeout: 10_000 }).toBe('user-override');
    const after = await openPopup(env.b.context, env.b.extensionId, tabId);
    expect(await after.getAttribute('.verdict', 'data-light')).toBe('green');
    expect(await after.locator('[data-signal-id="user-trusted"]').count()).toBe(1);
    expect(await after.locator('button[name=untrust]').count()).toBe(1);
    await after.screenshot({ path: join(ARTEFACTS, 'popup-clean-shop-green-trusted.png'), fullPage: true });
  });
});
