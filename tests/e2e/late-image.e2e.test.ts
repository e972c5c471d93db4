// The shop check runs in the page's DOMContentLoaded (entrypoints/shop/index.ts), before the page's images have loaded.
// A pay page whose personal payment code (same origin, so only the page can draw it for the QR decoder) arrives 2.5 s
// later must still end red with payment-personal-qr: the first verdict comes before the code has arrived, and the
// second look (entrypoints/shop/late-look.ts) adds it — also when the page stops the image's load event before
// KaDun's listener hears it (the poll then finds it). A page whose late image is a product photo is not looked at
// again (its verdict is stored once).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { PAGE_FIXTURES } from '../helpers/fixtures';
import type { Verdict } from '../../lib/core/types';

declare const chrome: any;

const RED = readFileSync(join(PAGE_FIXTURES, 'payment-personal-qr', 'match-dujiaoka-vpay-wechat.html'), 'utf8');
const DATA_URL = /src="data:image\/png;base64,([^"]+)"/;
const CODE_PNG = Buffer.from(RED.match(DATA_URL)![1]!, 'base64');
const LATE_MS = 2500;

/** A 600×300 grey product photo: loads late too, but is no payment code. */
function photoPng(): Buffer {
  const png = new PNG({ width: 600, height: 300 });
  png.data.fill(180);
  return PNG.sync.write(png);
}

let server: Server;
let b: Launched;
let origin = '';
/** When the server sent each late image (ms since epoch). */
const sentAt: Record<string, number> = {};

beforeAll(async () => {
  const pages: Record<string, string> = {
    '/pay': RED.replace(DATA_URL, 'src="/img/code.png" alt=""'),
    '/photo': RED.replace(DATA_URL, 'src="/img/photo.png" alt=""'),
    // A capturing listener on the document (window never sees an element's load event) runs before any listener on
    // the image and stops its load and error events.
    '/pay-stopped': RED.replace(DATA_URL, 'src="/img/code.png" alt=""').replace('</head>',
      '<script>for (const t of ["load", "error"]) document.addEventListener(t, (e) => e.stopImmediatePropagation(), true);</script></head>'),
  };
  const images: Record<string, Buffer> = { '/img/code.png': CODE_PNG, '/img/photo.png': photoPng() };
  server = createServer((req, res) => {
    const url = req.url ?? '';
    if (pages[url]) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pages[url]);
    const img = images[url];
    if (!img) return void res.writeHead(404).end();
    setTimeout(() => {
      sentAt[url] = Date.now();
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(img);
    }, LATE_MS);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://late-image-shop.test:${(server.address() as AddressInfo).port}`;
  b = await launchWithExtension({ headless: true });
});
afterAll(async () => {
  await b?.context.close();
  await new Promise((r) => server?.close(r));
});

type Seen = { at: number; verdict: Verdict };
/** Every distinct verdict stored for `url` (by checkedAt) within `ms`, with when the test first saw it. */
async function verdictsFor(url: string, ms: number): Promise<Seen[]> {
  const out: Seen[] = [];
  for (const until = Date.now() + ms; Date.now() < until;) {
    const v = (await b.worker.evaluate(async (u: string) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, e] of Object.entries(all) as Array<[string, any]>) if (k.startsWith('tab:') && e.url === u) return e;
      return null;
    }, url)) as Verdict | null;
    if (v && v.checkedAt !== out.at(-1)?.verdict.checkedAt) out.push({ at: Date.now(), verdict: v });
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}
const ids = (v: Verdict) => v.signals.map((s) => s.id);
/** Opens `path` in a new tab and collects its verdicts for `ms`. */
async function visit(path: string, ms: number): Promise<Seen[]> {
  const page = await b.context.newPage();
  const url = `${origin}${path}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const seen = await verdictsFor(url, ms);
  await page.close();
  return seen;
}

describe('a payment code that loads after DOMContentLoaded', () => {
  it('first verdict before the code arrives, then red with payment-personal-qr once it has', async () => {
    const seen = await visit('/pay', LATE_MS + 4000);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    const [first, last] = [seen[0]!, seen.at(-1)!];
    expect(first.at).toBeLessThan(sentAt['/img/code.png']!);
    expect(ids(first.verdict)).not.toContain('payment-personal-qr');
    expect(last.verdict.light).toBe('red');
    expect(ids(last.verdict)).toContain('payment-personal-qr');
  }, 30_000);

  it('the same when the page stops the image\'s load event: the poll finds the code', async () => {
    const seen = await visit('/pay-stopped', LATE_MS + 5000);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(ids(seen[0]!.verdict)).not.toContain('payment-personal-qr');
    expect(seen.at(-1)!.verdict.light).toBe('red');
    expect(ids(seen.at(-1)!.verdict)).toContain('payment-personal-qr');
  }, 30_000);

  it('a late product photo is not looked at again: one verdict, no payment code', async () => {
    const seen = await visit('/photo', LATE_MS + 3000);
    expect(sentAt['/img/photo.png']).toBeDefined(); // it did arrive while we watched
    expect(seen).toHaveLength(1);
    expect(ids(seen[0]!.verdict)).not.toContain('payment-personal-qr');
  }, 30_000);
});
