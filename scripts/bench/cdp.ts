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
