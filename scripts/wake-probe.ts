// Counts the extension's service-worker starts in real Chromium (docs/no-wake.md), for tests/e2e/no-wake.e2e.test.ts
// and scripts/bench/wake.ts. A DevTools session on a helper page enables the ServiceWorker domain, which reports every
// version's running status (the whole profile, extensions included); each change to `starting` for the extension's
// scope is one worker start. `stop()` stops every worker (what Chromium does to an idle one after ~30 s).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

type VersionUpdate = { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> };

export type WakeProbe = {
  /** Worker starts counted since the probe began (or the last reset). */
  starts(): number;
  /** When (Date.now()) the extension's worker last reported `running`; 0 before it did. */
  lastRunningAt(): number;
  reset(): void;
  /** Stops every service worker and waits until the extension's reports `stopped`. */
  stop(): Promise<void>;
  /** Waits until the extension's worker is running (after something woke it). */
  running(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

export async function wakeProbe(context: BrowserContext, extensionId: string): Promise<WakeProbe> {
  const page: Page = await context.newPage();
  await page.goto('about:blank');
  const cdp: CDPSession = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  const status = new Map<string, string>();
  let starts = 0;
  let runningAt = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: VersionUpdate) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(prefix)) continue;
      if (v.runningStatus === 'starting' && status.get(v.versionId) !== 'starting') starts++;
      if (v.runningStatus === 'running' && status.get(v.versionId) !== 'running') runningAt = Date.now();
      status.set(v.versionId, v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (pred: () => boolean, timeoutMs: number, what: string) => {
    const end = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`service worker not ${what} within ${timeoutMs} ms (${[...status.values()].join(', ')})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const is = (s: string) => () => [...status.values()].some((v) => v === s);
  return {
    starts: () => starts,
    lastRunningAt: () => runningAt,
    reset: () => void (starts = 0),
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(() => status.size > 0 && [...status.values()].every((v) => v === 'stopped'), 10_000, 'stopped');
    },
    running: (timeoutMs = 10_000) => until(is('running'), timeoutMs, 'running'),
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}

/**
 * Ordinary pages (no shop, no card-shop words) on any host mapped to 127.0.0.1: a short local-news article whose
 * title names the host. `/slow` answers after 200 ms (a page still loading when the popup opens).
 */
export async function startOrdinaryPages(): Promise<{ port: number; url(host: string): string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/[^a-z0-9.-]/g, '');
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${host} 本地新闻</title></head><body>
<article><h1>${host}：城市公园周末开放时间调整</h1><p>本周末起，市内几座公园的开放时间延长到晚上九点。</p>
<p>管理处提醒市民注意天气变化，带好雨具，文明游园。</p><p><a href="/other">更多新闻</a></p></article></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    url: (host) => `http://${host}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
