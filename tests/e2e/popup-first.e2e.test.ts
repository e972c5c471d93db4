// The popup's first screen (entrypoints/popup/first-paint.ts): a tab's cached verdict is on screen — its headline,
// advice line and first danger reason painted, as the browser reports it (Element Timing) — before React's view has
// even been loaded, read from storage.session (no message to the service worker); React then takes over the same page.
// Without a cached verdict it paints nothing and the popup's own view answers. The popup the toolbar opens for a tab
// carries the tab's first frame, worded, in its URL (lib/core/popup-hash.ts): it paints without asking anything,
// React's view reads the whole verdict for that tab and document, and the browser drops the URL when the tab loads
// another page.
import { describe, expect, it } from 'vitest';
import { carriedFrame, openPopup, storedVerdict, tabPopupUrl, useDemoBrowser, verdictForUrl } from './extension';

declare const chrome: any;

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

/** A tab on the demo's red pay page, once the worker has its verdict. */
async function redShopTab() {
  const tab = await env.b.context.newPage();
  const since = Date.now();
  const url = env.server.url('pay-personal.test');
  await tab.goto(url);
  const { tabId } = await verdictForUrl(env.b.worker, url, 10_000, since);
  return { tab, tabId, url };
}

describe('the popup\'s first screen', () => {
  it('paints the cached red verdict before React\'s view is loaded, then React shows the same verdict', async () => {
    const { tab: shop, tabId } = await redShopTab();

    const popup = await openPopup(env.b.context, env.b.extensionId, tabId, 380);
    const t = (await popup.evaluate(TIMELINE)) as Timeline;
    expect(t.first).toBe('painted');
    expect(await popup.evaluate(`document.documentElement.getAttribute('data-kadun-first-from')`)).toBe('storage');
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

  it('the toolbar\'s popup for the tab carries its first frame: painted with no question asked; another page drops it', async () => {
    const { tab, tabId } = await redShopTab();
    const own = await tabPopupUrl(env.b.worker, tabId);
    expect(own).toMatch(/\/popup\.html#f=[\w-]+$/);
    // Only the first frame travels, worded: the headline, the advice, the first reason — a short URL (docs/budgets.md).
    const carried = carriedFrame(own)!;
    expect(carried.tabId).toBe(tabId);
    expect(carried.frame.light).toBe('red');
    expect(carried.frame.now?.[1]).toContain('先不要付款');
    expect(carried.frame.groups.flatMap((g) => g.cards)).toHaveLength(1);
    expect(own.length).toBeLessThan(2_000);

    const popup = await env.b.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(own);
    const t = (await popup.evaluate(TIMELINE)) as Timeline;
    expect(t.first).toBe('painted');
    expect(await popup.evaluate(`document.documentElement.getAttribute('data-kadun-first-light')`)).toBe('red');
    expect(await popup.evaluate(`document.documentElement.getAttribute('data-kadun-first-from')`)).toBe('url');
    expect(t.paints['kadun-headline']).toBeGreaterThan(0);
    expect(t.paints['kadun-reason']).toBeGreaterThan(0);
    // The view takes over with the whole verdict, read from storage for that tab and document (not the tab the popup
    // page itself is in): every danger and warn reason, and what the frame never carried (the other information).
    await popup.waitForSelector('main.popup:not(.first-screen) .verdict[data-light=red]', { timeout: 10_000 });
    const stored = await storedVerdict(env.b.worker, tabId);
    const decisive = stored!.signals.filter((s) => s.severity === 'danger' || s.severity === 'warn').length;
    expect(decisive).toBeGreaterThan(1);
    expect(await popup.locator('.severity-danger li.signal, .severity-warn li.signal').count()).toBe(decisive);
    expect(await popup.locator('details.other-info').count()).toBe(1);
    await popup.close();

    // Session storage emptied: what the first screen paints can only have come from the URL.
    await env.b.worker.evaluate(() => chrome.storage.session.clear());
    const again = await env.b.context.newPage();
    await again.goto(own);
    expect(((await again.evaluate(TIMELINE)) as Timeline).first).toBe('painted');
    expect(await again.evaluate(`document.documentElement.getAttribute('data-kadun-first-light')`)).toBe('red');
    await again.close();

    // Another document in the tab: the browser resets the tab's popup, so the red frame cannot come back (the new
    // page may carry its own frame, never the shop's).
    await tab.goto(env.server.url('news.test'), { waitUntil: 'load' });
    await expect.poll(async () => carriedFrame(await tabPopupUrl(env.b.worker, tabId))?.frame.domain[1] ?? '').not.toContain('pay-personal.test');
    expect(carriedFrame(await tabPopupUrl(env.b.worker, tabId))?.frame.light ?? 'none').not.toBe('red');
    await tab.close();
  });

  it('while React\'s view loads, the carried frame gains the rest of its danger and warn cards from storage', async () => {
    const { tab, tabId } = await redShopTab();
    const own = await tabPopupUrl(env.b.worker, tabId);
    const decisive = (await storedVerdict(env.b.worker, tabId))!.signals.filter((s) => s.severity === 'danger' || s.severity === 'warn').length;
    expect(carriedFrame(own)!.frame.groups.flatMap((g) => g.cards)).toHaveLength(1);
    expect(decisive).toBeGreaterThan(1);
    const popup = await env.b.context.newPage();
    // React's view held back: what stays on screen is the first screen alone.
    await popup.route((url) => /\/chunks\/render-[\w-]+\.js$/.test(url.pathname), (route) => route.abort());
    await popup.goto(own);
    await expect.poll(() => popup.locator('main.first-screen li.signal').count()).toBe(decisive);
    expect(await popup.evaluate(() => document.documentElement.getAttribute('data-kadun-first-from'))).toBe('url');
    expect(await popup.locator('main.first-screen [elementtiming=kadun-headline]').count()).toBe(1);
    await popup.close();
    await tab.close();
  });

  it('a carried frame in a language the person has since left is not painted: the module paints in the new one', async () => {
    const { tab, tabId } = await redShopTab();
    // Worded before the switch (the worker words a tab's frame again only when it publishes that tab's next verdict).
    const own = await tabPopupUrl(env.b.worker, tabId);
    expect(carriedFrame(own)!.locale).toBe('zh-CN');
    const popup = await env.b.context.newPage();
    await popup.goto(`chrome-extension://${env.b.extensionId}/empty.html`);
    const before = await popup.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'settings/get', payload: {} })).data);
    const setLanguage = (language: string) => popup.evaluate(async ([s, l]) => {
      await chrome.runtime.sendMessage({ type: 'settings/set', payload: { settings: { ...s, language: l } } });
      localStorage.setItem('kadun:locale', l === 'en' ? 'en' : 'zh-CN'); // what a page writes once it learns the setting
    }, [before, language] as const);
    try {
      await setLanguage('en');
      await popup.goto(own);
      await popup.waitForSelector('html[data-kadun-first="painted"]');
      const first = await popup.evaluate(() => ['from', 'light'].map((k) => document.documentElement.getAttribute(`data-kadun-first-${k}`)));
      expect(first).toEqual(['storage', 'red']);
      await popup.waitForSelector('main.popup:not(.first-screen) .verdict[data-light=red]');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await popup.textContent('.verdict-headline')).not.toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await setLanguage(before.language);
      await popup.close();
      await tab.close();
    }
  });

  it('never paints the verdict the tab\'s previous page left: an ordinary page after a red shop never shows red first', async () => {
    const { tab, tabId } = await redShopTab();
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
