// `npm start -- --firefox`: the demo in firefox-esr with the built Firefox extension (scripts/firefox.ts). With a
// display, Firefox opens at the demo index; without one, each demo page is visited headless, its verdict printed,
// and the popup (and the banner, where there is one) saved in demo-output/firefox/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../lib/core/types';
import { findVerdict, launchFirefox, openFirefoxPopup } from '../firefox';
import { DEMO_SITES, type DemoServer, type DemoSite } from './server';

export async function firefoxDemo(server: DemoServer, outDir: string, headless: boolean, describe: (v: Verdict) => string): Promise<void> {
  if (!headless) {
    const f = await launchFirefox({ headless: false, offline: false });
    const page = await f.browser.newPage();
    await page.goto(server.url('index'));
    console.log(`KaDun demo: Firefox is open at ${server.url('index')} (demo pages on 127.0.0.1:${server.port}). Close the browser window to stop.`);
    await new Promise<void>((done) => f.browser.on('disconnected', () => done()));
    return;
  }
  const dir = join(outDir, 'firefox');
  mkdirSync(dir, { recursive: true });
  const f = await launchFirefox({ headless: true, lang: 'zh-CN' });
  try {
    for (const site of Object.keys(DEMO_SITES) as DemoSite[]) {
      const url = server.url(site);
      const page = await f.browser.newPage();
      await page.goto(url);
      const found = await findVerdict(f, url);
      if (!found) {
        console.log(`\n${url}\n  (no verdict within 15 s)`);
        continue;
      }
      console.log(`\n${url}\n${describe(found.verdict)}`);
      const name = site.replace('.test', '');
      // Firefox caps a popup at 800 × 600 px; 380 wide is what Chromium's demo shows too.
      const popup = await openFirefoxPopup(f, found.tabId, 380, 600);
      await popup.screenshot({ path: join(dir, `popup-${name}.png`), fullPage: true });
      await popup.screenshot({ path: join(dir, `popup-${name}-380x600.png`) });
      await popup.close();
      console.log(`  popup screenshot: ${join(dir, `popup-${name}.png`)}`);
      if (found.verdict.light === 'red') {
        await new Promise((r) => setTimeout(r, 500)); // the banner is placed right after the verdict
        await page.screenshot({ path: join(dir, `page-${name}.png`) });
        console.log(`  page with its banner: ${join(dir, `page-${name}.png`)}`);
      }
      await page.close();
    }
  } finally {
    await f.close();
  }
  console.log(`\nFirefox screenshots are in ${dir}/`);
}
