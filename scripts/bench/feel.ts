// npm run bench -- --only feel: what a person feels of KaDun's content script, in real Chromium, as the extra script
// time against an empty extension (scripts/bench/cdp.ts), the two browsers' loads alternating so both see the
// machine's same moment:
// (a) a 3 MB news-style article (6,000 paragraphs, 6,000 links): median over 10 loads;
// (b) an endless feed that appends items for 20 s: the extra script time over those 20 s (page scripts run here, the
//     same in both browsers; the difference is KaDun's);
// (c) real-template shop and pay pages (tests/fixtures/field, scripts/demo/pages): median extra script time, and
//     the time from the page's load event to the tab's verdict with the worker already awake (warm).
// Targets: article ≤ 1 ms median; feed ≤ 5 ms over 20 s; shop pages ≤ 5 ms median, load → verdict ≤ 150 ms warm.
// `--loads N` (default 10) loads of the article and of each shop page; `--feed-runs N` (default 1); `--ext DIR` another build;
// `--before DIR` a second build in the same alternation (before/after); `--no-floor` leaves out the floor extension
// (scripts/bench/cdp.ts floorExtension: the least a content script that reads the page at all costs), which is
// otherwise measured in the same alternation and printed beside KaDun.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension, type Launched } from '../browser';
import { emptyExtension, floorExtension, quantile, scriptMs, watchVerdict } from './cdp';

const arg = (name: string, d: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
const LOADS = arg('--loads', 10);
const FEED_RUNS = arg('--feed-runs', 1);
const FEED_MS = 20_000;

/** Real-template shop and pay pages, each on a site of its own (reserved .test names). */
const SHOPS: Record<string, string> = {
  'dujiaoka-home.test': 'tests/fixtures/field/dujiaoka/hyper-home.html',
  'dujiaoka-pay.test': 'tests/fixtures/field/dujiaoka/unicorn-qrpay-wescan.html',
  'acg-faka-home.test': 'tests/fixtures/field/acg-faka/cartoon-home.html',
  'zfaka-pay.test': 'tests/fixtures/field/zfaka/zfaka-qr-codepay-personal-alipay.html',
  'demo-pay.test': 'scripts/demo/pages/pay-personal.html',
  'demo-cashier.test': 'scripts/demo/pages/epay-cashier.html',
};

/** ~3 MB: 6,000 paragraphs of news prose, each with a link. */
function article(): string {
  const prose = '本报讯 记者从市交通运输局获悉，今年全市公交线网优化调整工作已完成，新开通线路二十条，调整线路三十五条，市民出行更加便捷。';
  const ps: string[] = [];
  for (let i = 0; i < 6000; i++) ps.push(`<p>${prose}${prose}<a href="/news/${i}.html">相关阅读：第${i}篇报道</a>${prose}</p>`);
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>城市日报 - 本地新闻</title></head><body><h1>本地新闻</h1>${ps.join('')}</body></html>`;
}

/** A feed page whose own script appends 5 posts every 250 ms for 20 s (a social timeline). */
function feed(): string {
  const script = `let n = 0; const t = setInterval(() => { const f = document.createDocumentFragment();
    for (let i = 0; i < 5; i++, n++) { const a = document.createElement('article'); a.innerHTML = '<h3>用户' + n + '</h3><p>今天天气不错，去公园散步，拍了几张照片。' + '分享一下生活。'.repeat(8) + '</p><a href="/p/' + n + '">评论</a>'; f.append(a); }
    document.querySelector('main').append(f); }, 250); setTimeout(() => clearInterval(t), ${FEED_MS});`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>动态</title></head><body><main><article><p>欢迎</p></article></main><script>${script}</script></body></html>`;
}

type Load = { scriptMs: number; loadToVerdictMs: number };

/** One load in a fresh tab: its renderer's script time after `settle` (and, for KaDun, after its verdict). */
async function load(b: Launched, url: string, opts: { verdict: boolean; settleMs: number }): Promise<Load> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const since = Date.now();
  let onload = NaN;
  page.once('load', () => (onload = Date.now()));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 }).catch(() => undefined);
  let loadToVerdictMs = NaN;
  if (opts.verdict) loadToVerdictMs = (await watchVerdict(b, url, since, 10_000, 10)).first - onload;
  await page.waitForTimeout(opts.settleMs);
  const ms = await scriptMs(cdp);
  await page.close();
  return { scriptMs: ms, loadToVerdictMs };
}

const median = (xs: number[]) => quantile(xs, 0.5);
const row = (name: string, value: number, unit: string, target: number) =>
  console.log(name.padEnd(44) + `${value.toFixed(1)} ${unit}`.padStart(14) + `≤ ${target} ${unit}`.padStart(12) + (value <= target ? '  PASS' : '  MISS'));

async function main() {
  const pages = new Map<string, { html: string; csp: boolean }>([['article.test', { html: article(), csp: true }], ['feed.test', { html: feed(), csp: false }]]);
  for (const [host, file] of Object.entries(SHOPS)) pages.set(host, { html: readFileSync(file, 'utf8'), csp: true });
  const server = createServer((req, res) => {
    const p = pages.get((req.headers.host ?? '').replace(/:\d+$/, ''));
    if (!p || (req.url ?? '/').split('?')[0] !== '/') return void res.writeHead(404).end();
    // Page scripts off where the page needs none (their time would be noise); the feed's own script appends its posts.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(p.csp ? { 'content-security-policy': "script-src 'none'" } : {}) }).end(p.html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const url = (host: string) => `http://${host}:${port}/`;
  const argDir = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const before = argDir('--before');
  const empty = await launchWithExtension({ headless: true, extensionDir: emptyExtension() });
  // KaDun (this build, or `--ext DIR`), and with `--before DIR` a second build measured in the same alternation.
  const builds: Array<{ name: string; b: Launched }> = [{ name: 'kadun', b: await launchWithExtension({ headless: true, extensionDir: argDir('--ext') }) }];
  if (before) builds.push({ name: 'before', b: await launchWithExtension({ headless: true, extensionDir: before }) });
  const withFloor = !process.argv.includes('--no-floor');
  if (withFloor) builds.push({ name: 'floor', b: await launchWithExtension({ headless: true, extensionDir: floorExtension() }) });
  try {
    // Every browser warm: one shop page each before measuring (the worker awake, the content script compiled).
    await load(empty, url('demo-pay.test'), { verdict: false, settleMs: 300 });
    for (const { name, b } of builds) await load(b, url('demo-pay.test'), { verdict: name !== 'floor', settleMs: 300 });
    type Sample = { extra: number; verdict: number };
    /** One load in the empty browser, then one in each build: extra script time against that empty load. */
    const round = async (host: string, verdict: boolean, settleMs: number): Promise<Sample[]> => {
      const e = await load(empty, url(host), { verdict: false, settleMs });
      const out: Sample[] = [];
      for (const { name, b } of builds) {
        const k = await load(b, url(host), { verdict: verdict && name !== 'floor', settleMs });
        out.push({ extra: k.scriptMs - e.scriptMs, verdict: k.loadToVerdictMs });
      }
      return out;
    };
    /** Per build: the samples of `rounds` rounds. */
    const collect = async (host: string, rounds: number, verdict: boolean, settleMs: number) => {
      const per: Sample[][] = builds.map(() => []);
      for (let i = 0; i < rounds; i++) (await round(host, verdict, settleMs)).forEach((s, j) => per[j]!.push(s));
      return per;
    };
    const articles = await collect('article.test', LOADS, false, 1500);
    const feeds = await collect('feed.test', FEED_RUNS, false, FEED_MS + 1000);
    const shops: Sample[][] = builds.map(() => []);
    for (const host of Object.keys(SHOPS)) {
      const per = await collect(host, LOADS, true, 500);
      per.forEach((xs, j) => shops[j]!.push(...xs));
      console.log(`  ${host}: ${builds.map((bd, j) => `${bd.name} extra script median ${median(per[j]!.map((x) => x.extra)).toFixed(1)} ms, load → verdict ${median(per[j]!.map((x) => x.verdict)).toFixed(0)} ms`).join(' · ')}`);
    }
    const load1 = (await import('node:os')).loadavg()[0]!.toFixed(1);
    builds.forEach((bd, j) => {
      console.log(`\n== what a person feels (${bd.name}): against an empty extension, alternating loads (load average ${load1}) ==`);
      console.log(`  article samples: ${articles[j]!.map((x) => x.extra.toFixed(1)).join(' ')}; feed: ${feeds[j]!.map((x) => x.extra.toFixed(1)).join(' ')}`);
      row('(a) 3 MB article, extra script (median)', median(articles[j]!.map((x) => x.extra)), 'ms', 1);
      row('(b) endless feed, extra script over 20 s', median(feeds[j]!.map((x) => x.extra)), 'ms', 5);
      row('(c) shop and pay pages, extra script (median)', median(shops[j]!.map((x) => x.extra)), 'ms', 5);
      if (bd.name !== 'floor') row('(c) shop and pay pages, load → verdict warm', median(shops[j]!.map((x) => x.verdict)), 'ms', 150);
    });
    const floorAt = builds.findIndex((bd) => bd.name === 'floor');
    if (floorAt >= 0) {
      const f = (xs: Sample[][]) => median(xs[floorAt]!.map((x) => x.extra));
      const k = (xs: Sample[][]) => median(xs[0]!.map((x) => x.extra));
      console.log(`\n== KaDun against the floor (title + 6 KB text sample + a storage read + a message listener) ==`);
      console.log(`  article: KaDun ${k(articles).toFixed(1)} ms, floor ${f(articles).toFixed(1)} ms, KaDun − floor ${(k(articles) - f(articles)).toFixed(1)} ms`);
      console.log(`  feed:    KaDun ${k(feeds).toFixed(1)} ms, floor ${f(feeds).toFixed(1)} ms, KaDun − floor ${(k(feeds) - f(feeds)).toFixed(1)} ms`);
      console.log(`  shops:   KaDun ${k(shops).toFixed(1)} ms, floor ${f(shops).toFixed(1)} ms, KaDun − floor ${(k(shops) - f(shops)).toFixed(1)} ms`);
    }
  } finally {
    await empty.context.close();
    for (const { b } of builds) await b.context.close();
    server.close();
  }
}

main().catch((err) => {
  console.error(`bench (feel) skipped: ${err instanceof Error ? err.message : String(err)}`);
});
