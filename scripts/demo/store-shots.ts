// The headless demo's store-listing screenshots (issue 14 item 4), each exactly 1280×800 (the size the Chrome Web
// Store, Edge Add-ons and addons.mozilla.org all take), in zh-CN, in demo-output/store/: the popup on a red shop
// (composed over that shop's page, where a person sees it), the banner on a payment page, the options, the report
// form and the link check. And the popup as Firefox for Android shows it, a 390×844 phone page (./mobile.ts), in
// demo-output/. Invented shops on reserved names only (*.test).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Launched } from '../browser';
import { phonePage } from './mobile';
import { saveReportShot } from './report-shot';

const STORE = { width: 1280, height: 800 } as const;
const POPUP = { width: 380, height: 600 } as const; // what Chrome shows of a popup at most

/** Saves the five store screenshots and the phone shot; returns their paths. `shopUrl` is the red shop, open in tab `tabId`. */
export async function saveStoreShots(b: Launched, tabId: number, shopUrl: string, outDir: string): Promise<string[]> {
  const dir = join(outDir, 'store');
  mkdirSync(dir, { recursive: true });
  const ext = `chrome-extension://${b.extensionId}`;
  const saved: string[] = [];
  const shot = async (page: Page, file: string) => {
    saved.push(join(dir, file));
    await page.screenshot({ path: saved.at(-1)! });
  };

  // 1. The popup over its shop, as the toolbar opens it: the shop's page (with its banner) dimmed, the popup on top.
  const shop = await b.context.newPage();
  await shop.setViewportSize(STORE);
  await shop.goto(shopUrl);
  await shop.waitForFunction(() => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('kadun-banner-')), undefined, { timeout: 10_000 });
  await shop.waitForTimeout(300);
  await shot(shop, '2-banner-pay-page.png');
  const shopPng = await shop.screenshot();
  const popup = await b.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`${ext}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.verdict');
  const popupPng = await popup.screenshot();
  await popup.close();
  await shop.setContent(composed(shopPng, popupPng));
  await shot(shop, '1-popup-red-shop.png');
  await shop.close();

  // 3. The options; 4. the report form (filled with invented details); 5. the link check on a look-alike link.
  const options = await b.context.newPage();
  await options.setViewportSize(STORE);
  await options.goto(`${ext}/options.html`);
  await options.waitForSelector('form');
  await options.waitForLoadState('networkidle');
  await shot(options, '3-options.png');
  await options.close();
  saved.push(await saveReportShot(b, tabId, dir, { ...STORE, file: '4-report-form.png', fullPage: false }));
  const check = await b.context.newPage();
  await check.setViewportSize(STORE);
  await check.goto(`${ext}/check.html?url=${encodeURIComponent('群里发的 http://qq-pay.test/chongzhi 便宜')}`);
  await check.waitForSelector('.link-check-result, .link-check-error', { timeout: 10_000 });
  await shot(check, '5-link-check.png');
  await check.close();

  // The phone: the same popup as a 390×844 page (Firefox for Android opens it so).
  const phone = await phonePage(b.context);
  await phone.goto(`${ext}/popup.html?tabId=${tabId}`);
  await phone.waitForSelector('.verdict');
  saved.push(join(outDir, 'popup-phone-390x844.png'));
  await phone.screenshot({ path: saved.at(-1)! });
  await phone.close();
  return saved;
}

/** 1280×800: the shop's screenshot, dimmed, with the popup's where the toolbar opens it (top right). */
function composed(shopPng: Buffer, popupPng: Buffer): string {
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${STORE.width}px; height: ${STORE.height}px; overflow: hidden; background: #fff; }
    .shop { position: absolute; inset: 0; width: ${STORE.width}px; height: ${STORE.height}px; filter: brightness(0.82); }
    .popup { position: absolute; top: 12px; right: 24px; width: ${POPUP.width}px; height: ${POPUP.height}px;
      border: 1px solid #9ca3af; border-radius: 8px; box-shadow: 0 12px 32px rgba(0, 0, 0, 0.35); background: #fff; }
  </style></head><body><img class="shop" src="${src(shopPng)}" alt=""><img class="popup" src="${src(popupPng)}" alt=""></body></html>`;
}
