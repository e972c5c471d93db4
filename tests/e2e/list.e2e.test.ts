// The community list in real Chromium: the bundled list is active right after install (offline from the first run),
// the popup's 社区名单 row says so, list/status answers extension pages, and the 6-hourly alarm is scheduled.
// The default list URL is not reachable from these machines; that update fails quietly and the bundled list stays.
import { describe, expect, it } from 'vitest';
import { openPopup, useDemoBrowser, verdictForUrl } from './extension';

declare const chrome: any;

const env = useDemoBrowser();

describe('community list in real Chromium', () => {
  it('the bundled list is active after install: the popup shows the list source as ok', async () => {
    const page = await env.b.context.newPage();
    const url = env.server.url('clean-shop.test');
    const since = Date.now();
    await page.goto(url);
    const { tabId, verdict } = await verdictForUrl(env.b.worker, url, 10_000, since);
    expect(verdict.sources.list).toMatchObject({ state: 'ok', provider: 'v1' });
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId);
    expect(await popup.locator('[data-source="list"][data-state="ok"]').count()).toBe(1);
  });

  it('list/status from an extension page reports version 1; the update alarm runs every 6 hours', async () => {
    const popup = await env.b.context.newPage();
    await popup.goto(`chrome-extension://${env.b.extensionId}/popup.html`);
    const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'list/status', payload: {} }));
    expect(reply).toMatchObject({ ok: true, data: { version: 1, generatedAt: Date.parse('2026-11-24T00:00:00Z') } });
    expect(typeof reply.data.importedAt).toBe('number');

    const alarm = await env.b.worker.evaluate(() => chrome.alarms.get('kadun-list-update'));
    expect(alarm).toMatchObject({ name: 'kadun-list-update', periodInMinutes: 360 });
  });
});
