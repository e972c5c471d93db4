// The popup as a person sees it (issue 11): at Chrome's popup size (380 × 600) the headline, the advice line and the
// first danger reason are in view without scrolling; the red popup's one primary action leaves the site; "复制警告"
// gives a short hedged text naming only the domain; "在页面上显示" outlines the payment code itself, one outline at a
// time; amber without a warning offers the way to certainty; in a wide tab it lays out as a reasons page.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTEFACTS, useDemoBrowser, verdictForUrl } from './extension';
import type { Verdict } from '../../lib/core/types';

const env = useDemoBrowser();

/** Opens the shop in a new tab and waits for that tab's own verdict (not an earlier tab's on the same URL). */
async function visit(url: string): Promise<{ shop: Page; tabId: number; verdict: Verdict }> {
  const shop = await env.b.context.newPage();
  const since = Date.now();
  await shop.goto(url);
  return { shop, ...(await verdictForUrl(env.b.worker, url, 10_000, since)) };
}

async function popupAt(tabId: number, width: number, height: number): Promise<Page> {
  const popup = await env.b.context.newPage();
  await popup.setViewportSize({ width, height });
  await popup.goto(`chrome-extension://${env.b.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.verdict', { timeout: 10_000 });
  return popup;
}

/** The element's box lies wholly inside the first `fold` px of the page (no scrolling needed). */
async function aboveFold(page: Page, selector: string, fold = 600): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.height > 0 && box.y >= 0 && box.y + box.height <= fold;
}

describe('the popup\'s first 600 px', () => {
  it('a red page: plain headline, advice line and first danger reason in view; no payload, no chained label', async () => {
    const { shop, tabId, verdict } = await visit(env.server.url('pay-personal.test'));
    expect(verdict.light).toBe('red');

    const popup = await popupAt(tabId, 380, 600);
    const headline = (await popup.textContent('.verdict-headline'))!;
    expect(headline).not.toMatch(/wxp:\/\/|高风险：|（另有/);
    expect(headline.split('疑似').length - 1).toBeLessThanOrEqual(1);
    expect(await popup.textContent('.now-advice')).toContain('先不要付款');
    expect(await aboveFold(popup, '.verdict-headline')).toBe(true);
    expect(await aboveFold(popup, '.now-advice')).toBe(true);
    expect(await aboveFold(popup, '.severity-danger .signal .signal-title')).toBe(true);
    expect(await aboveFold(popup, 'button[name=leave]')).toBe(true);
    // Info is collapsed, the sources are a closed footer, a payload sits under 技术细节 (closed).
    expect(await popup.locator('details.other-info').getAttribute('open')).toBeNull();
    expect(await popup.locator('details.sources').getAttribute('open')).toBeNull();
    expect(await popup.locator('.signal-evidence:not(.tech-evidence) q', { hasText: 'wxp://' }).count()).toBe(0);
    expect(await popup.locator('.tech-evidence q', { hasText: 'wxp://' }).count()).toBeGreaterThan(0);
    await popup.screenshot({ path: join(ARTEFACTS, 'popup-red-380x600.png') });
    await popup.close();
    await shop.close();
  });

  it('"复制警告" gives a hedged text with the domain, the light and the date, never the path', async () => {
    const { shop, tabId } = await visit(`${env.server.url('pay-personal.test')}?order=A123456`);
    const popup = await popupAt(tabId, 380, 600);
    await popup.click('button[name=share]');
    const text = await popup.inputValue('textarea[name=share-text]');
    expect(text).toMatch(/^【卡盾提醒】pay-personal\.test 疑似高风险（\d{4}-\d{2}-\d{2} 检查）/);
    expect(text).toContain('· 收款码疑似是个人收款码');
    expect(text).not.toMatch(/order|A123456|http|wxp:/);
    expect(text).toContain('可能有误');
    await popup.close();
    await shop.close();
  });

  it('"在页面上显示" for a payment code outlines the code image, and a new outline clears the last', async () => {
    const { shop, tabId } = await visit(env.server.url('pay-personal.test'));
    const popup = await popupAt(tabId, 380, 900);
    const outlined = () => shop.evaluate(() => [...document.querySelectorAll('[data-kadun-highlight]')].map((el) => el.localName));
    await popup.locator('[data-signal-id="payment-personal-qr"] details.tech summary').first().click();
    await popup.locator('[data-signal-id="payment-personal-qr"] .show-on-page').first().click();
    await expect.poll(outlined, { timeout: 5_000 }).toEqual(['img']);
    const other = popup.locator('.severity-danger .signal-evidence:not(.tech-evidence) .show-on-page, .severity-warn .signal-evidence:not(.tech-evidence) .show-on-page').first();
    if (await other.count()) {
      await other.click();
      // The new outline replaces the code image's: wait for the change itself, then check only one is left.
      await expect.poll(async () => (await outlined()).join(','), { timeout: 5_000 }).not.toBe('img');
      expect(await outlined()).toHaveLength(1);
    }
    await popup.close();
    await shop.close();
  });

  it('"离开此网站" takes the shop tab away from the site', async () => {
    const { shop, tabId } = await visit(env.server.url('pay-personal.test'));
    const popup = await popupAt(tabId, 380, 600);
    // As the banner's button: the shop's tab closes and a new-tab page takes its place (no "back" to the shop).
    const closed = new Promise<void>((resolve) => shop.once('close', () => resolve()));
    const opened = env.b.context.waitForEvent('page', { timeout: 10_000 });
    await popup.click('button[name=leave]');
    const fresh = await opened;
    await closed;
    expect(shop.isClosed()).toBe(true);
    expect(fresh.url()).not.toContain('.test');
    await fresh.close();
    await popup.close();
  });

  it('amber with nothing but "unverified" offers the way to certainty in plain words, in view', async () => {
    const { shop, tabId, verdict } = await visit(env.server.url('clean-shop.test'));
    expect([verdict.light, verdict.rule]).toEqual(['amber', 'unverified']);
    const popup = await popupAt(tabId, 380, 600);
    expect(await popup.textContent('button[name=icp-assist]')).toBe('去工信部官网核验');
    expect(await aboveFold(popup, 'button[name=icp-assist]')).toBe(true);
    expect(await aboveFold(popup, 'button[name=enable-sources]')).toBe(true);
    expect(await popup.locator('button[name=leave]').count()).toBe(0);
    const [options] = await Promise.all([env.b.context.waitForEvent('page'), popup.click('button[name=enable-sources]')]);
    await options.waitForURL(/\/options\.html$/);
    await options.close();
    await popup.close();
    await shop.close();
  });

  it('opened in a wide tab ("查看原因") it is a reasons page: the reasons and the sources side by side', async () => {
    const { shop, tabId } = await visit(env.server.url('pay-personal.test'));
    const page = await popupAt(tabId, 1280, 900);
    const main = (await page.locator('.verdict-main').boundingBox())!;
    const side = (await page.locator('.verdict-side').boundingBox())!;
    expect(main.width).toBeGreaterThan(450);
    expect(side.x).toBeGreaterThan(main.x + main.width - 1);
    expect(Math.abs(side.y - main.y)).toBeLessThan(40);
    await page.screenshot({ path: join(ARTEFACTS, 'popup-reasons-page-1280.png') });
    await page.close();
    await shop.close();
  });
  it('"检查链接" under 更多: a link pasted from a chat group is checked in the popup without loading it', async () => {
    const { shop, tabId } = await visit(env.server.url('pay-personal.test'));
    const popup = await popupAt(tabId, 380, 600);
    expect(await popup.locator('.link-check').count()).toBe(0);
    await popup.click('button[name=link-check]');
    await popup.fill('#link-input', '群里发的 http://qq-pay.test/chongzhi 便宜');
    await popup.click('button[name=check]');
    await popup.waitForSelector('.link-check-result', { timeout: 10_000 });
    expect(await popup.locator('[data-signal=impersonation]').count()).toBe(1);
    expect(await popup.locator('.link-check-unchecked').innerText()).toContain('未加载页面，无法检查收款方式');
    await popup.close();
    await shop.close();
  });
});
