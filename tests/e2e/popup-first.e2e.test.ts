// The popup's first screen (entrypoints/popup/first-paint.ts): a tab's cached verdict is on screen — its headline, advice line
// and first danger reason painted, as the browser reports it (Element Timing) — before React's view has even been
// loaded, read from storage.session (no message to the service worker); React then takes over the same page. Without
// a cached verdict it paints nothing and the popup's own view answers.
import { describe, expect, it } from 'vitest';
import { openPopup, useDemoBrowser, verdictForUrl } from './extension';

const env = useDemoBrowser();

/** In the popup: the first paint of each marked text, the page's own marks, and the first screen's signal. */
const TIMELINE = `new Promise((done) => {
  const paints = {};
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) paints[e.identifier] = Math.min(paints[e.identifier] ?? Infinity, e.renderTime || e.loadTime);
  });
  observer.observe({ type: 'element', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    done({ paints, marks, first: document.documentElement.getAttribute('data-kadun-first') });
  }, 300);
})`;
type Timeline = { paints: Record<string, number>; marks: Record<string, number>; first: string | null };

describe('the popup\'s first screen', () => {
  it('paints the cached red verdict before React\'s view is loaded, then React shows the same verdict', async () => {
    const shop = await env.b.context.newPage();
    const since = Date.now();
    const url = env.server.url('pay-personal.test');
    await shop.goto(url);
    const { tabId } = await verdictForUrl(env.b.worker, url, 10_000, since);

    const popup = await openPopup(env.b.context, env.b.extensionId, tabId, 380);
    const t = (await popup.evaluate(TIMELINE)) as Timeline;
    expect(t.first).toBe('painted');
    for (const id of ['kadun-headline', 'kadun-advice', 'kadun-reason']) {
      expect(t.paints[id], id).toBeGreaterThan(0);
      expect(t.paints[id]!, `${id} painted before the view loaded`).toBeLessThan(t.marks['kadun:view-loaded']!);
    }
    // React's view replaced the picture: one popup, its buttons live, nothing left of the first screen.
    expect(await popup.locator('.first-screen').count()).toBe(0);
    expect(await popup.locator('main.popup').count()).toBe(1);
    expect(await popup.locator('button[name=leave]').isEnabled()).toBe(true);
    expect(await popup.textContent('.now-advice')).toContain('先不要付款');
    await popup.close();
    await shop.close();
  });

  it('never paints the verdict the tab\'s previous page left: an ordinary page after a red shop never shows red first', async () => {
    const tab = await env.b.context.newPage();
    const since = Date.now();
    const shop = env.server.url('pay-personal.test');
    await tab.goto(shop);
    const { tabId } = await verdictForUrl(env.b.worker, shop, 10_000, since);
    // An ordinary page sends nothing (docs/no-wake.md): the red verdict stays in storage.session for this tab.
    await tab.goto(env.server.url('news.test'), { waitUntil: 'load' });
    const popup = await openPopup(env.b.context, env.b.extensionId, tabId, 380);
    const t = (await popup.evaluate(TIMELINE)) as Timeline;
    // Either nothing first (the page reports when the popup asks which document it is), or that page's own verdict.
    if (t.first === 'painted') expect(await popup.evaluate(`document.documentElement.getAttribute('data-kadun-first-light')`)).toBe('grey');
    else expect(t.first).toBe('none');
    await popup.waitForSelector('.verdict[data-light=grey]', { timeout: 10_000 });
    expect(await popup.locator('[data-light=red]').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('paints nothing without a cached verdict: the view answers "no verdict" itself', async () => {
    const popup = await openPopup(env.b.context, env.b.extensionId, 999_999, 380);
    const t = (await popup.evaluate(TIMELINE)) as Timeline;
    expect(t.first).toBe('none');
    expect(t.paints['kadun-headline']).toBeUndefined();
    expect(t.marks['kadun:stored']).toBeGreaterThan(0);
    expect(await popup.locator('.no-verdict').count()).toBe(1);
    await popup.close();
  });
});
