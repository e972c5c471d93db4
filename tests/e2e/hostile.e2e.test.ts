// Issue 10 §7 in real Chromium with the built extension: filler before the content (60,001 <meta> in <head>, 60,000
// empty <i>, 20,000 links) and QR decoys (1×1 data: images before the real code) must leave a red page red with
// payment-personal-qr; unbounded content-script work (400 nested links around 5 MB of text, 100,000 <img srcset>)
// must still give a verdict within seconds.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { hostilePage } from '../../scripts/hostile/generate';
import { PAGE_FIXTURES } from '../helpers/fixtures';
import type { Verdict } from '../../lib/core/types';
import { verdictForUrl } from './extension';

const red = readFileSync(join(PAGE_FIXTURES, 'payment-personal-qr', 'match-dujiaoka-vpay-wechat.html'), 'utf8');
const inBody = (filler: string) => red.replace(/<body[^>]*>/, (m) => m + filler);
const DECOY = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const PAGES: Record<string, string> = {
  '/plain': red,
  '/meta': red.replace('<head>', '<head>' + '<meta name="x" content="y">'.repeat(60_001)),
  '/empty-i': inBody('<i></i>'.repeat(60_000)),
  '/links': inBody('<a href="/l">l</a>'.repeat(20_000)),
  '/decoys-6': inBody(`<img src="${DECOY}" width="1" height="1">`.repeat(6)),
  '/decoys-40': inBody(`<img src="${DECOY}" width="1" height="1">`.repeat(40)),
  '/nested-links': hostilePage('nest-a-400', 1, 1).html,
  '/img-srcset': hostilePage('many-img-srcset', 1, 1).html,
};
/** A small sample of the seeded hostile corpus (scripts/hostile/generate.ts) at full size. */
const SAMPLE = ['many-empty-i', 'many-buttons', 'huge-select', 'unclosed-style', 'zero-width-icp', 'webp-bombs', 'bomb-images', 'text-20mb-node', 'nest-div-10000'];
for (const kind of SAMPLE) PAGES[`/hostile/${kind}`] = hostilePage(kind, 1, 1).html;
/**
 * 100,000 links: Chromium itself keeps the page's main thread busy until its load event (tens of seconds on a busy
 * machine, in its paint phase — the same with no extension at all; docs/budgets.md). A document_end or document_idle
 * script would run only after that; KaDun's check runs in the page's DOMContentLoaded (entrypoints/shop/index.ts), so
 * this page's verdict is timed from DOMContentLoaded like the others.
 */
PAGES['/hostile/many-links'] = hostilePage('many-links', 1, 1).html;

let server: Server;
let b: Launched;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const html = PAGES[req.url ?? ''];
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "script-src 'none'" }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://filler-shop.test:${(server.address() as AddressInfo).port}`;
  b = await launchWithExtension({ headless: true });
});
afterAll(async () => {
  await b?.context.close();
  await new Promise((r) => server?.close(r));
});

/**
 * Opens `path` and waits for its verdict. Page scripts are off (CSP), so the page's script time (CDP ScriptDuration)
 * is the content script's; it is printed with the time from DOMContentLoaded to the stored verdict.
 */
async function verdictOf(path: string, timeoutMs = 20_000, waitUntil: 'domcontentloaded' | 'load' = 'domcontentloaded', want?: (v: Verdict) => boolean) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const url = origin + path;
  const since = Date.now();
  await page.goto(url, { timeout: 240_000, waitUntil });
  const loaded = Date.now();
  let { verdict } = await verdictForUrl(b.worker, url, timeoutMs, since);
  // The first verdict comes from the text and controls; a QR code decoded later refines it (issue 10: decoding is
  // off the critical path). Tests that need the code's signal wait for the refined verdict.
  for (const until = Date.now() + 10_000; want && !want(verdict) && Date.now() < until;) {
    await new Promise((r) => setTimeout(r, 200));
    verdict = (await verdictForUrl(b.worker, url, timeoutMs, since)).verdict;
  }
  const afterLoad = Date.now() - loaded;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = Math.round(1000 * (metrics.find((m: { name: string }) => m.name === 'ScriptDuration')?.value ?? 0));
  console.log(`${path}: ${verdict.light}, verdict ${afterLoad} ms after ${waitUntil}, script ${scriptMs} ms, truncated ${verdict.truncated} ${verdict.skipped?.join(',') ?? ''}`);
  await page.close();
  return { ...verdict, scriptMs };
}

describe('filler and decoys in Chromium', () => {
  for (const path of ['/plain', '/meta', '/empty-i', '/links', '/decoys-6', '/decoys-40']) {
    it(`${path}: red, with payment-personal-qr`, async () => {
      const verdict = await verdictOf(path, 20_000, 'domcontentloaded', (v) => v.signals.some((s) => s.id === 'payment-personal-qr'));
      expect(verdict.light).toBe('red');
      expect(verdict.signals.map((s) => s.id)).toContain('payment-personal-qr');
    });
  }
});

describe('content-script work is clipped while walking', () => {
  // Before: 163 s of script for the nested links, 2.4 s for the images. The bound is generous (a busy 2-core machine).
  for (const path of ['/nested-links', '/img-srcset', ...SAMPLE.map((k) => `/hostile/${k}`)]) {
    it(`${path}: a verdict, never grey, with bounded script time`, async () => {
      const verdict = await verdictOf(path, 45_000);
      expect(verdict.light).not.toBe('grey');
      expect(verdict.scriptMs).toBeLessThan(3000);
    }, 150_000); // loading a 21 MB page on a busy machine takes most of it; the verdict itself comes in seconds
  }
});

describe('100,000 links', () => {
  it('a verdict soon after DOMContentLoaded, long before the load event, never grey, with bounded script time', async () => {
    // Generous bounds, to catch a hang only (issue 10's goal, a verdict within 2 s, is measured by npm run bench). A
    // check that waited for Chromium's paint of the page (a document_end script) took 45-57 s here.
    const verdict = await verdictOf('/hostile/many-links', 10_000, 'domcontentloaded');
    expect(verdict.light).not.toBe('grey');
    expect(verdict.scriptMs).toBeLessThan(3000);
  }, 300_000);
});
