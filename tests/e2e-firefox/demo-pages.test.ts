// The built Firefox extension (.output/firefox-mv2) in real firefox-esr over the five demo pages the Chromium test
// visits (tests/e2e/demo-pages.e2e.test.ts): the same light and signal ids as the CLI gives for the same file (and so
// as Chromium), the toolbar's badge, the popup's light and headline, and the in-page banner exactly where the
// background's rules put one (the red payment page), with the words it would choose.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEMO_SITES, type DemoSite } from '../../scripts/demo/server';
import { openExtensionPage, openFirefoxPopup } from '../../scripts/firefox';
import { decodePopupHash } from '../../lib/core/popup-hash';
import { bannerDecision } from '../../lib/core/banner';
import { headlineText } from '../../lib/i18n';
import '../../lib/i18n/all';
import { bannerWords } from '../../entrypoints/background/banner-text';
import { cliVerdict } from '../e2e/cli-verdict';
import { FIREFOX_ARTEFACTS, FIREFOX_SKIP, firefoxTabPopup, firefoxToolbar, firefoxVerdictForUrl, readFirefoxBanner, useFirefoxDemo } from './firefox-env';

const env = useFirefoxDemo();

const EXPECTED_BADGE = { red: '!', amber: '!', green: '', grey: '' } as const;

describe.skipIf(FIREFOX_SKIP).each(Object.keys(DEMO_SITES) as DemoSite[])('Firefox: demo page %s', (site) => {
  it('gets the verdict the CLI gives, a toolbar badge, a popup and a banner that agree with it', async () => {
    const page = await env.f.browser.newPage();
    const url = env.server.url(site);
    await page.goto(url);
    const { tabId, verdict } = await firefoxVerdictForUrl(env.f, url);

    const cli = cliVerdict(site, url);
    expect(verdict.light).toBe(cli.light);
    expect(verdict.signals.map((s) => s.id).sort()).toEqual(cli.signals.map((s) => s.id).sort());

    const toolbar = await firefoxToolbar(env.f, tabId);
    expect(toolbar.badge).toBe(EXPECTED_BADGE[verdict.light]);
    expect(toolbar.title.length).toBeGreaterThan(4);

    const popup = await openFirefoxPopup(env.f, tabId);
    expect(await popup.$eval('.verdict', (e) => e.getAttribute('data-light'))).toBe(cli.light);
    expect(await popup.$eval('.verdict-headline', (e) => e.textContent)).toBe(headlineText('zh-CN', verdict));
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(verdict.domain);
    for (const s of verdict.signals) expect(await popup.$$eval(`[data-signal-id="${s.id}"]`, (els) => els.length)).toBeGreaterThan(0);
    await popup.screenshot({ path: join(FIREFOX_ARTEFACTS, `popup-${site.replace('.test', '')}-${verdict.light}.png`), fullPage: true });
    await popup.close();

    // The toolbar's own popup: its URL carries the first frame, worded by the background, which Firefox's popup paints
    // before React's view takes over with the whole verdict.
    const own = await firefoxTabPopup(env.f, tabId);
    const carried = decodePopupHash(new URL(own).hash.slice(1));
    expect(carried?.tabId).toBe(tabId);
    expect(carried?.frame.light).toBe(cli.light);
    expect(carried?.frame.headline).toBe(headlineText('zh-CN', verdict));
    const toolbarPopup = await openExtensionPage(env.f.browser, own, 380, 600);
    const first = await toolbarPopup.evaluate(() => ['light', 'from'].map((k) => document.documentElement.getAttribute(`data-kadun-first-${k}`)));
    expect(first).toEqual([cli.light, 'url']);
    await toolbarPopup.waitForSelector(`main.popup:not(.first-screen) .verdict[data-light=${cli.light}]`, { timeout: 10_000 });
    await toolbarPopup.close();

    // The banner: where the background's own rule says, with its own words; nowhere else.
    const decision = bannerDecision(cli, null, Date.now());
    if (decision.show) {
      await expect.poll(async () => (await readFirefoxBanner(env.f, page)).present, { timeout: 10_000 }).toBe(true);
      const banner = await readFirefoxBanner(env.f, page);
      expect(banner.tone).toBe(decision.tone);
      expect(banner.text).toContain(bannerWords('zh-CN', verdict, decision).text);
      expect(banner.buttons).toEqual(expect.arrayContaining(['leave', 'reasons']));
      await page.screenshot({ path: join(FIREFOX_ARTEFACTS, `banner-${site.replace('.test', '')}.png`) });
    } else {
      expect((await readFirefoxBanner(env.f, page)).present).toBe(false);
    }
    await page.close();
  });
});

it('the red payment page is among the demo pages that get a banner (so the banner check above runs)', () => {
  const shown = (Object.keys(DEMO_SITES) as DemoSite[]).filter((s) => bannerDecision(cliVerdict(s, `http://${s}:1/`), null, Date.now()).show);
  expect(shown).toContain('pay-personal.test');
});
