// npm run bench (popup section; alone: `npm run bench -- --only popup`), in real Chromium with the built extension:
// the popup showing a cached verdict, against an empty extension page (public/empty.html: one line of text) loaded
// the same way in the same run. `--ext DIR`: another built extension; `--compare DIR`: a second build loaded beside
// it in the same browser, each page load alternating between the two (a fair before/after on a busy machine).
// Goal (issue 11/12): the verdict painted within 1.2–1.3× the empty page; the ratio is what is comparable between
// machines. Clocks, all the page's own (performance.now() from navigation start):
//   · paint (the goal's clock): when pixels of the popup's headline, its "现在怎么做" line AND its first danger reason
//     have been painted — the latest of the three, each at its first paint (Element Timing: `elementtiming` on the
//     three texts, reported by the browser's compositor, not by the page's script) — against the paint of the empty
//     page's one line. Read after the fact from the buffered entries, so nothing observes the page while it loads;
//   · fcp: first contentful paint (anything: for the popup, possibly less than the verdict);
//   · seen: the mark `kadun:verdict-shown` (the verdict is in the DOM, not yet painted) against the empty page's
//     DOMContentLoaded end (kept for trend: the clock issue 11 was first measured with);
//   · settled: when the test saw React's `.verdict` (after reading the paint) and asked the page for the time;
//   · dcl: DOMContentLoaded end.
// The floor: floor.html, the empty page whose one line is written by a one-line classic script (floor.js), added to a
// temporary copy of the build. No extension page that shows data can paint before its first script has been fetched
// and run (extension pages allow no inline script), so popup ÷ floor is what KaDun's own code costs, and floor ÷
// empty what fetching any script costs on this machine.
// The static page: static.html, popup.html with no script at all and the popup's own first frame for the same verdict
// written into its body (copied from the popup itself: writeStaticPage). What a first screen of this size costs to
// draw when no script has to be fetched or run — so popup ÷ static is what painting it from a script costs, and
// static ÷ empty what drawing this much (header, advice, a button, a reason card, CJK text) costs on this machine.
// The four pages alternate, 15 rounds (`--rounds N`) after one warm-up each; medians are printed. `--marks`: the
// popup's own steps (performance.mark("kadun:…")). Noise never fails it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../browser';
import { startDemoServer } from '../demo/server';

declare const chrome: any;

// `--rounds N` for a steadier median on a busy machine.
const ROUNDS = Number(process.argv.includes('--rounds') ? process.argv[process.argv.indexOf('--rounds') + 1] : 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** In the page: the popup's verdict mark, or the empty page's DOMContentLoaded end. */
function seenAt(): number {
  const mark = performance.getEntriesByName('kadun:verdict-shown')[0];
  if (mark) return mark.startTime;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return /\/(empty|floor)\.html$/.test(location.pathname) && nav ? nav.domContentLoadedEventEnd : NaN;
}

/**
 * In the page: when the texts that make "the verdict is on screen" (or the empty page's line) were first painted.
 * Source text, not a function: tsx's helpers (`__name`) would not exist in the page.
 */
const PAINT_AT = `new Promise((done) => {
  const wanted = /[/](empty|floor)[.]html$/.test(location.pathname) ? ['kadun-empty'] : ['kadun-headline', 'kadun-advice', 'kadun-reason'];
  const first = new Map();
  const all = () => wanted.every((id) => first.has(id));
  const finish = () => done(all() ? Math.max(...wanted.map((id) => first.get(id))) : NaN);
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const at = e.renderTime || e.loadTime;
      if (wanted.includes(e.identifier) && !(first.get(e.identifier) <= at)) first.set(e.identifier, at);
    }
    if (all()) { observer.disconnect(); finish(); }
  });
  observer.observe({ type: 'element', buffered: true });
  setTimeout(() => { observer.disconnect(); finish(); }, 3000);
})`;

type Times = { paint: number; fcp: number; settled: number; seen: number; dcl: number; marks: Record<string, number> };

async function cachedVerdictTab(worker: Worker, url: string) {
  for (let i = 0; i < 100; i++) {
    const tabId = await worker.evaluate(async (u: string) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) if (k.startsWith('tab:') && (v as { url: string }).url === u) return Number(k.slice(4));
      return -1;
    }, url);
    if (tabId >= 0) return tabId;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no verdict for the demo page');
}

const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);

/** Each loaded build's extension id, told apart by the popup.html it serves. */
async function idsOf(context: BrowserContext, dirs: string[]): Promise<Map<string, Worker>> {
  for (let i = 0; i < 100 && context.serviceWorkers().length < dirs.length; i++) await new Promise((r) => setTimeout(r, 100));
  const byDir = new Map<string, Worker>();
  for (const worker of context.serviceWorkers()) {
    const html = (await worker.evaluate(`fetch('/popup.html').then((r) => r.text())`)) as string;
    const dir = dirs.find((d) => readFileSync(join(d, 'popup.html'), 'utf8') === html);
    if (dir && !byDir.has(dir)) byDir.set(dir, worker);
  }
  if (byDir.size !== dirs.length) throw new Error('could not tell the loaded builds apart (identical popup.html?)');
  return byDir;
}

/** A copy of the build `dir` with floor.html and floor.js added (see the top of this file). */
function withFloor(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'kadun-bench-popup-'));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'floor.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>卡盾</title><script defer src="/floor.js"></script></head><body></body></html>');
  writeFileSync(join(copy, 'floor.js'), 'document.body.innerHTML = \'<p elementtiming="kadun-empty">卡盾</p>\';\n');
  return copy;
}

/** The static page (see the top of this file), written into each build's temporary copy by writeStaticPage. */
const STATIC_PAGE = 'static.html';

/**
 * Writes static.html into `dir` (a temporary copy, already loaded: an unpacked extension's files are read at each
 * request): popup.html without its scripts, `#root` holding the popup's own first frame for the bench's verdict —
 * the markup popup-first.js paints (header, advice, primary action, first reason card), read from a popup whose view
 * module is held back so that React never replaces it.
 */
async function writeStaticPage(page: Page, dir: string, host: string, path: string): Promise<void> {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const view = /<meta name="kadun-view" content="([^"]+)">/.exec(html)?.[1];
  if (!view) throw new Error('popup.html names no view module');
  await page.route(`chrome-extension://${host}${view}`, (route) => route.abort());
  await page.goto(`chrome-extension://${host}/${path}`);
  await page.waitForSelector('html[data-kadun-first="painted"] main.first-screen');
  // The first frame only: popup-first.js draws the rest of the cards a frame later (first-paint.ts paintRest).
  const frame = (await page.evaluate(`(() => { const r = document.getElementById('root').cloneNode(true);
    r.querySelectorAll('li.signal').forEach((li, i) => { if (i > 0) li.remove(); });
    r.querySelectorAll('section.signal-group').forEach((s) => { if (!s.querySelector('li.signal')) s.remove(); });
    return r.innerHTML; })()`)) as string;
  await page.unroute(`chrome-extension://${host}${view}`);
  if (!frame.includes('elementtiming="kadun-reason"')) throw new Error('the popup painted no first reason to copy');
  const still = html.replace(/\s*<script[^>]*><\/script>/g, '').replace('<div id="root"></div>', () => `<div id="root">${frame}</div>`);
  if (!still.includes(frame)) throw new Error('popup.html has no empty #root');
  writeFileSync(join(dir, STATIC_PAGE), still);
}

async function main() {
  const server = await startDemoServer();
  const dirs = [resolve(arg('--ext') ?? EXTENSION_DIR), ...(arg('--compare') ? [resolve(arg('--compare')!)] : [])].map(withFloor);
  const both = dirs.join(',');
  const b = await launchWithExtension({ headless: true, extensionDir: dirs[0], extraArgs: dirs.length > 1 ? [`--disable-extensions-except=${both}`, `--load-extension=${both}`] : [] });
  try {
    const workers = await idsOf(b.context, dirs);
    const shop = await b.context.newPage();
    const url = server.url('pay-personal.test');
    await shop.goto(url);
    let tabId = -1;
    for (const worker of workers.values()) tabId = await cachedVerdictTab(worker, url);
    // What the toolbar opens for that tab: its own popup URL, which carries the verdict (lib/core/popup-hash.ts); a
    // build without it (`--compare` with an older one) gets `?tabId=` so it reads that tab's verdict from storage.
    const popupPath = new Map<string, string>();
    for (const [dir, worker] of workers) {
      const own = new URL((await worker.evaluate(`chrome.action.getPopup({ tabId: ${tabId} })`)) as string);
      popupPath.set(dir, own.hash ? `popup.html${own.hash}` : `popup.html?tabId=${tabId}`);
    }

    const page: Page = await b.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    // A build that cannot give its first frame (an older one, `--compare`) is measured without the static page.
    const withStatic = new Set<string>();
    for (const [dir, worker] of workers) {
      await writeStaticPage(page, dir, new URL(worker.url()).host, popupPath.get(dir)!).then(() => withStatic.add(dir), (err: unknown) => {
        console.log(`static page left out for ${dir}: ${err instanceof Error ? err.message : String(err)}`);
      });
    }
    // The paint is read first, from the browser's buffered entries: Playwright's waitForSelector polls inside the page
    // on every frame, which would load the popup's main thread (and not the empty page's, found at once) while it paints.
    const load = async (dir: string, path: string, selector: string) => {
      await page.goto(`chrome-extension://${new URL(workers.get(dir)!.url()).host}/${path}`);
      const paint = (await page.evaluate(PAINT_AT)) as number;
      await page.waitForSelector(selector, { state: 'attached' });
      const rest = (await page.evaluate(`({ settled: performance.now(), seen: (${seenAt.toString()})(), dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kadun:')).map((m) => [m.name, m.startTime])) })`)) as Omit<Times, 'paint'>;
      return { ...rest, paint };
    };
    const empty = new Map(dirs.map((d) => [d, [] as Times[]]));
    const floor = new Map(dirs.map((d) => [d, [] as Times[]]));
    const still = new Map(dirs.map((d) => [d, [] as Times[]]));
    const popup = new Map(dirs.map((d) => [d, [] as Times[]]));
    for (const dir of dirs) {
      await load(dir, 'empty.html', 'body');
      await load(dir, 'floor.html', 'p');
      if (withStatic.has(dir)) await load(dir, STATIC_PAGE, 'main');
      await load(dir, popupPath.get(dir)!, '.verdict');
    }
    for (let i = 0; i < ROUNDS; i++) {
      for (const dir of dirs) {
        empty.get(dir)!.push(await load(dir, 'empty.html', 'body'));
        floor.get(dir)!.push(await load(dir, 'floor.html', 'p'));
        if (withStatic.has(dir)) still.get(dir)!.push(await load(dir, STATIC_PAGE, 'main'));
        popup.get(dir)!.push(await load(dir, popupPath.get(dir)!, '.verdict'));
      }
    }
    for (const dir of dirs) {
      console.log(`\n== popup (real Chromium)${dirs.length > 1 ? ` — ${dir}` : ''} ==`);
      const e = empty.get(dir)!;
      const p = popup.get(dir)!;
      for (const clock of ['paint', 'fcp', 'seen', 'settled', 'dcl'] as const) {
        const em = median(e.map((x) => x[clock]));
        const pm = median(p.map((x) => x[clock]));
        console.log(`${clock.padEnd(7)} empty extension page: ${em.toFixed(1)} ms · popup with the cached verdict: ${pm.toFixed(1)} ms (median of ${ROUNDS}) · ratio ${(pm / em).toFixed(2)}×`);
      }
      if (process.argv.includes('--raw')) {
        console.log(`  raw paint/dcl, empty: ${e.map((x) => `${x.paint.toFixed(0)}/${x.dcl.toFixed(0)}`).join(' ')}`);
        console.log(`  raw paint/dcl, popup: ${p.map((x) => `${x.paint.toFixed(0)}/${x.dcl.toFixed(0)}`).join(' ')}`);
      }
      // `--marks`: the popup's own steps (performance.mark('kadun:…')), to see where its time goes.
      if (process.argv.includes('--marks')) {
        for (const name of [...new Set(p.flatMap((x) => Object.keys(x.marks)))].sort()) console.log(`  mark ${name}: ${median(p.map((x) => x.marks[name] ?? NaN)).toFixed(1)} ms`);
      }
      // The popup URL's length: a longer one delays the first script's fetch (docs/budgets.md, session 9).
      console.log(`url     the popup opened: ${popupPath.get(dir)!.length} characters (${popupPath.get(dir)!.includes('#') ? 'carries its first frame' : 'carries nothing: reads storage'})`);
      const f = floor.get(dir)!;
      const fm = median(f.map((x) => x.paint));
      console.log(`floor   (empty page + one script): ${fm.toFixed(1)} ms paint · ${(fm / median(e.map((x) => x.paint))).toFixed(2)}× the empty page; the popup is ${(median(p.map((x) => x.paint)) / fm).toFixed(2)}× the floor`);
      if (withStatic.has(dir)) {
        const sm = median(still.get(dir)!.map((x) => x.paint));
        console.log(`static  (the same first frame written in the HTML, no script): ${sm.toFixed(1)} ms paint · ${(sm / median(e.map((x) => x.paint))).toFixed(2)}× the empty page; the popup is ${(median(p.map((x) => x.paint)) / sm).toFixed(2)}× it`);
      }
      const ratio = median(p.map((x) => x.paint)) / median(e.map((x) => x.paint));
      console.log(`popup first paint of the verdict: ${ratio.toFixed(2)}× the empty page (goal ≤ 1.2×: ${ratio <= 1.2 ? 'PASS' : 'MISS'}; issue 11's ≤ 1.3×: ${ratio <= 1.3 ? 'PASS' : 'MISS'})`);
    }
  } finally {
    await b.context.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`bench (popup) skipped: ${err instanceof Error ? err.message : String(err)}`);
});
