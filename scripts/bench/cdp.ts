// The Chromium measuring harness shared by the browser bench sections (hostile-browser.ts, feel.ts): an empty
// extension as the baseline, the renderer's script time through CDP, and the worker's stored verdict of a tab.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { Launched } from '../browser';

declare const chrome: any;

/** A manifest-v3 extension with a worker and nothing else: the baseline. */
export function emptyExtension(): string {
  const dir = join(tmpdir(), 'kadun-empty-ext');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
  return dir;
}

/**
 * The floor: an extension whose one content script (document_idle, every http(s) page) does the least any page check
 * must — the title, a 6,000-character text sample through a TreeWalker, one storage.local read and a runtime.onMessage
 * listener — and nothing else. Its script time is what touching a page from an isolated world costs at all (the first
 * use of each interface there is paid per page); KaDun's rows are read against it as well as against the empty one.
 */
export function floorExtension(): string {
  const dir = join(tmpdir(), 'kadun-floor-ext');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'floor', version: '1.0', permissions: ['storage'], background: { service_worker: 'sw.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['cs.js'] }],
  }));
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
  writeFileSync(join(dir, 'cs.js'), `(() => {
  const title = document.title;
  let text = '';
  const body = document.body;
  if (body) {
    const walker = document.createTreeWalker(body, 4);
    for (let n = walker.nextNode(), i = 0; n && text.length < 6000 && i < 1000; n = walker.nextNode(), i++) text += (n.nodeValue || '').slice(0, 6000 - text.length);
  }
  chrome.storage.local.get(['filter:meta']).then(() => undefined);
  chrome.runtime.onMessage.addListener(() => undefined);
  globalThis.__floor = title.length + text.length;
})();
`);
  return dir;
}

/** Script time in the page's renderer since `Performance.enable` (sent before navigating). */
export async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m: { name: string }) => m.name === 'ScriptDuration')?.value ?? 0);
}

/** Polls the worker for the tab's stored verdict of `url`; resolves with when it first appeared and when it last changed. */
export async function watchVerdict(b: Launched, url: string, since: number, timeoutMs: number, pollMs = 50) {
  let first = NaN;
  let final = NaN;
  let light = 'none';
  let last = '';
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const v = await b.worker.evaluate(async ([u, after]: [string, number]) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, e] of Object.entries(all) as Array<[string, any]>) {
        if (k.startsWith('tab:') && e.url === u && e.checkedAt >= after) return { light: e.light, key: `${e.light}:${e.signals.length}:${e.checkedAt}` };
      }
      return null;
    }, [url, since] as [string, number]).catch(() => null);
    if (v) {
      if (Number.isNaN(first)) first = Date.now();
      if (v.key !== last) final = Date.now();
      last = v.key;
      light = v.light;
      // Settled: unchanged for 600 ms (a late QR decode refines it within its 1.5 s page cap).
      if (Date.now() - final > 600) break;
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return { first, final, light };
}

/** The p-quantile of the numbers that are not NaN. */
export const quantile = (all: number[], p: number) => {
  const xs = all.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
};
