// Stands in for the browser's permission prompt on an extension page: records what the page asks for and answers
// with what the test says (a prompt cannot be clicked from Playwright). Install before the page loads.
import type { Page } from 'playwright-core';

declare const chrome: any;

export type PermissionRecorder = { asked: string[][]; answer: boolean };

export async function recordPermissionRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const rec: PermissionRecorder = { asked: [], answer: false };
    (window as unknown as { __perm: PermissionRecorder }).__perm = rec;
    chrome.permissions.request = (req: { origins?: string[] }, cb?: (granted: boolean) => void) => {
      rec.asked.push(req.origins ?? []);
      if (cb) return void cb(rec.answer);
      return Promise.resolve(rec.answer);
    };
  });
}

export const permissionLog = (page: Page): Promise<PermissionRecorder> =>
  page.evaluate(() => (window as unknown as { __perm: PermissionRecorder }).__perm);

export const answerPermission = (page: Page, answer: boolean): Promise<void> =>
  page.evaluate((a) => { (window as unknown as { __perm: PermissionRecorder }).__perm.answer = a; }, answer);
