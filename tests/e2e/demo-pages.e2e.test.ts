// The built extension in real Chromium over the demo pages served on 127.0.0.1: the stored verdict, the toolbar
// state and the popup's rendered light and text — and the CLI's answer for the same page must agree.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEMO_SITES, type DemoSite } from '../../scripts/demo/server';
import { cliVerdict } from './cli-verdict';
import { ARTEFACTS, openPopup, toolbarState, useDemoBrowser, verdictForUrl } from './extension';

const env = useDemoBrowser();

const EXPECTED_BADGE = { red: '!', amber: '!', green: '', grey: '' } as const;

describe.each(Object.keys(DEMO_SITES) as DemoSite[])('demo page %s', (site) => {
  it('gets a verdict, a toolbar state and a popup that agree with the CLI', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url(site);
    const since = Date.now();
    await page.goto(url);
    const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);

    const cli = cliVerdict(site, url);
    expect(verdict.light).toBe(cli.light);
    expect(verdict.signals.map((s) => s.id).sort()).toEqual(cli.signals.map((s) => s.id).sort());

    const toolbar = await toolbarState(env.b.worker, tabId);
    expect(toolbar.badge).toBe(EXPECTED_BADGE[verdict.light]);
    expect(toolbar.title.length).toBeGreaterThan(4);

    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    expect(await popup.getAttribute('.verdict', 'data-light')).toBe(verdict.light);
    const text = await popup.innerText('body');
    expect(text).toContain(verdict.domain);
    for (const s of verdict.signals) expect(await popup.locator(`[data-signal-id="${s.id}"]`).count()).toBeGreaterThan(0);
    // Readable at the popup's narrowest width: nothing overflows sideways at 360 px.
    await popup.setViewportSize({ width: 360, height: 900 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await popup.screenshot({ path: join(ARTEFACTS, `popup-${site.replace('.test', '')}-${verdict.light}.png`), fullPage: true });
    await popup.close();
    await page.close();
  });
});
