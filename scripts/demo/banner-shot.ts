// The headless demo's picture of the in-page banner on a narrow window (issue 11: "the banner on a narrow window"):
// the red payment page at 480 px wide, with the banner in its own space above the shop's header.
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export async function saveNarrowBanner(context: BrowserContext, url: string, outDir: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 480, height: 720 });
    await page.goto(url);
    // The banner lives in a closed shadow root; its host (kadun-banner-…) is what the page can see.
    await page.waitForFunction(() => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('kadun-banner-')), undefined, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const shot = join(outDir, 'banner-narrow.png');
    await page.screenshot({ path: shot });
    return shot;
  } finally {
    await page.close();
  }
}
