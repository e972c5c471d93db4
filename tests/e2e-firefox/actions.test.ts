// What a person does with KaDun in Firefox, through Firefox's own APIs (MV2: browserAction, an event page, tabs
// without the "tabs" permission): the banner's 查看原因 and 离开此网站 (trusted clicks inside its closed shadow root),
// the popup's 在页面上显示 and 重新检查, and the full-page warning for a site confirmed on a signed community list.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEMO_SITES, type DemoSite } from '../../scripts/demo/server';
import { extensionWithList } from '../../scripts/demo/signed-list';
import { bidi, FIREFOX_EXTENSION_DIR, openFirefoxPopup } from '../../scripts/firefox';
import type { RiskList } from '../../lib/risk-list/format';
import { clickFirefoxBanner, FIREFOX_ARTEFACTS, FIREFOX_SKIP, firefoxVerdictForUrl, readFirefoxBanner, useFirefoxDemo } from './firefox-env';

const LISTED = 'scam-listed.test';
const LIST: RiskList = {
  schema: 1, version: 2, generatedAt: '2026-12-01T00:00:00Z', allow: [],
  entries: [{
    domain: LISTED, category: 'non-delivery', status: 'confirmed', firstSeen: '2026-10-03', lastSeen: '2026-11-18',
    expires: '2099-01-01', evidence: ['https://evidence.example/report/42'], note: '演示条目：付款后不发货',
  }],
};

const env = useFirefoxDemo(async () => ({
  extensionDir: await extensionWithList(LIST, FIREFOX_EXTENSION_DIR),
  hosts: [...Object.keys(DEMO_SITES), LISTED],
}));

/** The URLs of all top-level tabs (BiDi's tree: puppeteer does not see tabs the extension opens itself). */
const tabUrls = async (): Promise<string[]> => (await bidi(env.f.browser).send('browsingContext.getTree', { maxDepth: 0 })).result.contexts.map((c: { url: string }) => c.url);

async function visit(site: DemoSite): Promise<{ page: Page; url: string; tabId: number }> {
  const page = await env.f.browser.newPage();
  const url = env.server.url(site);
  await page.goto(url);
  const { tabId } = await firefoxVerdictForUrl(env.f, url);
  return { page, url, tabId };
}

describe.skipIf(FIREFOX_SKIP)('Firefox: what a person does', () => {
  it('the banner comes back when the page removes it; its 查看原因 opens the reasons for that tab; 离开此网站 closes the shop and leaves a new tab', async () => {
    const { page, url, tabId } = await visit('pay-personal.test');
    await expect.poll(async () => (await readFirefoxBanner(env.f, page)).present, { timeout: 10_000 }).toBe(true);
    // The page removes it (the content script lives behind Firefox's Xray wrappers): it comes back.
    const removed = await page.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('kadun-banner-'))!;
      host.remove();
      return !document.contains(host); // put back later, by the content script's observer
    });
    expect(removed).toBe(true);
    await expect.poll(async () => (await readFirefoxBanner(env.f, page)).present, { timeout: 10_000 }).toBe(true);
    const reasons = `${env.f.base}popup.html?tabId=${tabId}&view=page`;
    expect(await tabUrls()).not.toContain(reasons);
    await clickFirefoxBanner(env.f, page, 'reasons');
    await expect.poll(tabUrls, { timeout: 10_000 }).toContain(reasons);

    const before = (await tabUrls()).length;
    await clickFirefoxBanner(env.f, page, 'leave');
    await expect.poll(async () => (await tabUrls()).includes(url), { timeout: 10_000 }).toBe(false);
    expect((await tabUrls()).length).toBe(before); // one closed, one opened in its place
  });

  it('在页面上显示 outlines the evidence on the page; 重新检查 checks the page again', async () => {
    const { page, url, tabId } = await visit('fake-icp.test');
    const { verdict } = await firefoxVerdictForUrl(env.f, url);
    const invalid = verdict.signals.find((s) => s.id === 'icp-filing-invalid')!;
    const popup = await openFirefoxPopup(env.f, tabId);
    expect(await page.$('[data-kadun-highlight]')).toBeNull();
    await popup.click(`[data-signal-id="icp-filing-invalid"] .show-on-page[data-block-id="${invalid.evidence[0]!.blockId}"]`);
    const outlined = await page.waitForSelector('[data-kadun-highlight]', { timeout: 5_000 });
    expect(await outlined!.evaluate((e) => (e as HTMLElement).innerText)).toContain(invalid.evidence[0]!.quote.slice(0, 6));

    await popup.click('button[name=recheck]');
    await expect.poll(async () => (await firefoxVerdictForUrl(env.f, url)).verdict.checkedAt, { timeout: 10_000 }).toBeGreaterThan(verdict.checkedAt);
    await popup.close();
    await page.close();
  });

  it('a site confirmed on the signed list is replaced by the full-page warning; a demo shop is not', async () => {
    const page = await env.f.browser.newPage();
    await page.goto(`http://${LISTED}:${env.server.port}/`).catch(() => undefined); // replaced while loading
    const warning = `${env.f.base}blocked.html?url=${encodeURIComponent(`http://${LISTED}:${env.server.port}/`)}`;
    await expect.poll(tabUrls, { timeout: 10_000 }).toContain(warning);
    await page.waitForSelector('h1', { timeout: 10_000 });
    expect(await page.evaluate(() => document.body.innerText)).toContain(LISTED);
    await page.screenshot({ path: join(FIREFOX_ARTEFACTS, 'interstitial.png') });
    await page.close();

    const shop = await visit('clean-shop.test');
    expect(await tabUrls()).toContain(shop.url);
    await shop.page.close();
  });
});
