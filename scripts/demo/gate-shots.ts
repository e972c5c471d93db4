// The headless demo's screenshots of what a person meets before a shop can take money (issue 11 "Done when"): the
// full-page warning for a confirmed list entry, the first-run page and the link check, all in zh-CN. The warning
// needs a confirmed entry, and KaDun's bundled list has none (no real domain is called a scam without evidence), so
// this part runs a copy of the built extension carrying a demo list signed with a key made for this run
// (./signed-list.ts): `scam-listed.test` is confirmed there, with an invented note and evidence address.
import { join } from 'node:path';
import { launchWithExtension, type Launched } from '../browser';
import type { RiskList } from '../../lib/risk-list/format';
import { extensionWithList } from './signed-list';

declare const chrome: any;

const DEMO_LIST: RiskList = {
  schema: 1, version: 2, generatedAt: '2026-12-01T00:00:00Z', allow: [],
  entries: [{
    domain: 'scam-listed.test', category: 'non-delivery', status: 'confirmed', firstSeen: '2026-10-03', lastSeen: '2026-11-18',
    expires: '2099-01-01', evidence: ['https://evidence.example/report/42'], note: '演示条目：付款到个人微信后不发货，客服失联',
  }],
};

async function filterReady(b: Launched): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const meta = await b.worker.evaluate(async () => (await chrome.storage.local.get('filter:meta'))['filter:meta']);
    if (meta?.listVersion === DEMO_LIST.version) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Saves interstitial.png, first-run.png and link-check.png; returns their paths. */
export async function saveGateShots(port: number, outDir: string): Promise<string[]> {
  const b = await launchWithExtension({ headless: true, lang: 'zh-CN', extensionDir: await extensionWithList(DEMO_LIST) });
  const saved: string[] = [];
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    if (await filterReady(b)) {
      await page.goto(`http://scam-listed.test:${port}/`).catch(() => undefined); // replaced by the warning page
      await page.waitForURL(/\/blocked\.html/, { timeout: 10_000 });
      await page.waitForLoadState('networkidle');
      saved.push(join(outDir, 'interstitial.png'));
      await page.screenshot({ path: saved.at(-1)!, fullPage: true });
    }
    await page.goto(`chrome-extension://${b.extensionId}/welcome.html`);
    await page.waitForLoadState('networkidle');
    saved.push(join(outDir, 'first-run.png'));
    await page.screenshot({ path: saved.at(-1)!, fullPage: true });
    await page.setViewportSize({ width: 720, height: 760 });
    await page.goto(`chrome-extension://${b.extensionId}/check.html?url=${encodeURIComponent('群里发的 http://qq-pay.test/chongzhi 便宜')}`);
    await page.waitForSelector('.link-check-result, .link-check-error', { timeout: 10_000 });
    saved.push(join(outDir, 'link-check.png'));
    await page.screenshot({ path: saved.at(-1)!, fullPage: true });
  } finally {
    await b.context.close();
  }
  return saved;
}
