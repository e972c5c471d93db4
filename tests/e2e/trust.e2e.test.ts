// Trusting a site in real Chromium: 信任此网站 on a page with danger asks first and names the dangers; it never turns
// a danger verdict green, and the payment step of a trusted site that still shows danger keeps its banner (a scammer's
// "插件误报，点信任就行" must not work). A trusted site's header is the person's choice, never 已核实.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTEFACTS, openPopup, readBanner, storedVerdict, toolbarState, useDemoBrowser, verdictForUrl } from './extension';

const env = useDemoBrowser();

describe('trusting a site with danger', () => {
  it('stays amber with the dangers listed, and the payment step still warns', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('pay-personal.test');
    const since = Date.now();
    await page.goto(url);
    const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
    expect(verdict.light).toBe('red');

    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    await popup.click('button[name=trust]');
    // A confirmation first, naming the dangers in plain words; the safe choice holds the focus.
    const dialog = popup.locator('dialog.trust-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('收款码疑似是个人收款码');
    expect(await dialog.locator('button[name=trust-confirm]').textContent()).toBe('我了解风险，仍然信任');
    expect(await popup.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.name)).toBe('trust-cancel');
    await popup.screenshot({ path: join(ARTEFACTS, 'popup-trust-confirmation.png') });
    // Esc (or the default button) keeps the site untrusted.
    await popup.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await storedVerdict(env.b.worker, tabId))?.rule).not.toBe('user-override');
    await popup.click('button[name=trust]');
    await popup.click('dialog.trust-dialog[open] button[name=trust-confirm]');
    await expect.poll(async () => (await storedVerdict(env.b.worker, tabId))?.rule, { timeout: 10_000 }).toBe('user-override');
    const after = (await storedVerdict(env.b.worker, tabId))!;
    expect(after.light).toBe('amber');
    expect(after.headline.key).toBe('headline.user-trusted-danger');
    expect(after.signals.filter((s) => s.severity === 'danger').map((s) => s.id)).toContain('payment-personal-qr');
    expect((await toolbarState(env.b.worker, tabId)).badge).not.toBe('');

    await popup.reload();
    await popup.waitForSelector('.verdict');
    expect(await popup.getAttribute('.verdict', 'data-light')).toBe('amber');
    expect(await popup.textContent('.verdict-headline')).toMatch(/^你选择了信任（卡盾仍发现 \d 项危险）$/);
    expect(await popup.textContent('.verdict-light-text')).toBe('你选择了信任');
    expect(await popup.textContent('.verdict-header')).not.toMatch(/已核实|已核验/);
    await popup.screenshot({ path: join(ARTEFACTS, 'popup-trusted-with-danger.png'), fullPage: true });

    // The pay page asks for money: the banner is still there after a reload.
    await page.reload();
    await expect.poll(async () => (await readBanner(page)).present, { timeout: 10_000 }).toBe(true);
    expect((await readBanner(page)).tone).toBe('amber');
    await popup.close();
    await page.close();
  });
});

describe('trusting a site without danger', () => {
  it('asks nothing, and the header is the person\'s choice, never 已核实', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('clean-shop.test');
    const since = Date.now();
    await page.goto(url);
    const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
    expect(verdict.signals.some((s) => s.severity === 'danger')).toBe(false);
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    await popup.click('button[name=trust]');
    await expect.poll(async () => (await storedVerdict(env.b.worker, tabId))?.rule, { timeout: 10_000 }).toBe('user-override');
    expect(await popup.locator('dialog.trust-dialog').count()).toBe(0);
    await popup.reload();
    await popup.waitForSelector('.verdict');
    expect(await popup.textContent('.verdict-light-text')).toBe('你选择了信任');
    expect(await popup.textContent('.verdict-header')).not.toMatch(/已核实|已核验/);
    await popup.click('button[name=untrust]');
    await expect.poll(async () => (await storedVerdict(env.b.worker, tabId))?.rule, { timeout: 10_000 }).not.toBe('user-override');
    await popup.close();
    await page.close();
  });
});
