// The headless demo's screenshot of the report form (zh-CN, issue 11 "Done when"): the red demo shop's report page
// with the channels first, example details filled in and a screenshot attached, saved as demo-output/report-form.png.
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import type { Launched } from '../browser';

declare const chrome: any;

/** The demo shop whose report form is shown: red, with a decoded personal payment code to pre-fill the payee. */
export const REPORT_DEMO_SITE = 'pay-personal.test';

/** The store listing uses the same form at 1280×800, first screen only (./store-shots.ts). */
export type ReportShotSize = { width: number; height: number; file: string; fullPage: boolean };

export async function saveReportShot(b: Launched, tabId: number, outDir: string, size: ReportShotSize = { width: 760, height: 1000, file: 'report-form.png', fullPage: true }): Promise<string> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  // zh-CN whatever the terminal's language (the extension's own setting; restored afterwards for the other shots).
  await page.goto(`chrome-extension://${b.extensionId}/report.html?tabId=${tabId}&kind=report`);
  const language = await setLanguage(page, 'zh-CN');
  await page.reload();
  await page.waitForSelector('form.report-form');
  // Example entries, as a person who paid would make them (invented values; nothing leaves the browser).
  await page.fill('input[name=amount]', '98.50');
  await page.fill('input[name=order]', 'D20261205001');
  await page.fill('input[name=paid-at]', '2026-12-05T14:30');
  await page.fill('textarea[name=text]', '付款后卡密无效，客服不再回复。');
  const png = new PNG({ width: 320, height: 200 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set((i / 4) % 320 < 160 ? [22, 163, 74, 255] : [243, 244, 246, 255], i);
  await page.setInputFiles('input[name=screenshots]', { name: '付款记录.png', mimeType: 'image/png', buffer: PNG.sync.write(png) });
  await page.waitForSelector('.thumbs li[data-shot-id]');
  await page.waitForSelector('.save-state[data-state=saved]');
  // One screen (the store's): from the top, where the channels come first, not where filling in left the scroll.
  if (!size.fullPage) await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
  const path = join(outDir, size.file);
  await page.screenshot({ path, fullPage: size.fullPage });
  await setLanguage(page, language);
  await page.close();
  return path;
}

/** Sets the extension's language setting through its own message (as the options page does); returns the old one. */
async function setLanguage(page: Page, language: string): Promise<string> {
  return page.evaluate(async (lang: string) => {
    const got = await chrome.runtime.sendMessage({ type: 'settings/get', payload: {} });
    await chrome.runtime.sendMessage({ type: 'settings/set', payload: { settings: { ...got.data, language: lang } } });
    return got.data.language as string;
  }, language);
}
