// A phone-sized page in the desktop Chromium that runs the demo and the tests: Chromium's own mobile emulation
// (390×844 CSS px, a touch screen, a mobile user agent, `mobile: true` so the page's viewport meta applies). It
// stands in for Firefox for Android, where the toolbar popup opens as a page of the phone's width.
import type { BrowserContext, Page } from 'playwright-core';

export const PHONE = { width: 390, height: 844 } as const;
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

/** A new page emulating a 390×844 phone (device scale 1, so a screenshot is 390×844 pixels). */
export async function phonePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // Playwright's own viewport first (it re-applies it around screenshots), then Chromium's mobile emulation on top.
  await page.setViewportSize(PHONE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE, deviceScaleFactor: 1, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: PHONE_UA, platform: 'Android' });
  return page;
}
