// Trusting a site in real Chromium: one click on 信任此网站 must not turn a danger verdict green, and the payment step
// of a trusted site that still shows danger keeps its banner (a scammer's "插件误报，点信任就行" must not work).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTEFACTS, openPopup, readBanner, storedVerdict, toolbarState, useDemoBrowser, verdictForUrl } from './extension';

const env = useDemoBrowser();

describe('trusting a site with danger', () => {
  it('stays amber with the dangers listed, and the payment step still warns', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('pay-personal.test');
    await page.goto(url);
    const { tabId, verdict } = await verdictForUrl(env.b.worker, url);
    expect(verdict.light).toBe('red');

    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    await popup.click('button[name=trust]');
    await expect.poll(async () => (await storedVerdict(env.b.worker, tabId))?.rule, { timeout: 10_000 }).toBe('user-override');
    const after = (await storedVerdict(env.b.worker, tabId))!;
    expect(after.light).toBe('amber');
    expect(after.headline.key).toBe('headline.user-trusted-danger');
    expect(after.signals.filter((s) => s.severity === 'danger').map((s) => s.id)).toContain('payment-personal-qr');
    expect((await toolbarState(env.b.worker, tabId)).badge).not.toBe('');

    await popup.reload();
    await popup.waitForSelector('.verdict');
    expect(await popup.getAttribute('.verdict', 'data-light')).toBe('amber');
    expect(await popup.textContent('.verdict')).toContain('仍发现危险');
    await popup.screenshot({ path: join(ARTEFACTS, 'popup-trusted-with-danger.png'), fullPage: true });

    // The pay page asks for money: the banner is still there after a reload.
    await page.reload();
    await expect.poll(async () => (await readBanner(page)).present, { timeout: 10_000 }).toBe(true);
    expect((await readBanner(page)).tone).toBe('amber');
    await popup.close();
    await page.close();
  });
});
