// npm run bench (page section): what the page analysis costs, as a ratio against one plain pass over the same
// page text measured in the same run (these machines are noisy; ratios are what we compare). Goal: ≤ 2×.
// The plain pass is what any analysis must do at least once: normalise every text block (NFKC, zero-width
// characters) and scan it once with a single regular expression.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWithMap } from '../../lib/core/text';
import type { PageSnapshot } from '../../lib/core/types';
import { extractFromHtml } from '../../lib/extract/from-html';
import { analyzePage } from '../../lib/pipeline/analyze';

const GOAL = 2;
const NOW = Date.parse('2026-11-24T12:00:00Z');

const htmlFiles = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
});

/** A large generated shop page (reserved names only), to see the cost at the snapshot caps. */
function bigShop(): string {
  const items = Array.from({ length: 1200 }, (_, i) => `<div class="card"><h5>Q币 ${i % 50 + 1}0个 卡密</h5><p>面值 ${i % 50 + 1}0元 售价 ￥${(i % 50 + 1) * 9.8}</p><a href="/buy/${i}">立即购买</a></div>`).join('');
  return `<!DOCTYPE html><html lang="zh-CN"><head><title>大型卡密商城</title></head><body>${items}<footer>京ICP备2021012345号-1 · 京公网安备11010802031234号</footer></body></html>`;
}

const pages: Array<{ name: string; snapshot: PageSnapshot }> = [
  ...htmlFiles('tests/fixtures/pages').map((f) => ({ name: f, html: readFileSync(f, 'utf8') })),
  ...htmlFiles('scripts/demo/pages').map((f) => ({ name: f, html: readFileSync(f, 'utf8') })),
  { name: 'generated big shop', html: bigShop() },
].map(({ name, html }) => ({ name, snapshot: extractFromHtml(html, 'https://shop.example/').snapshot }));

const SCAN = /ICP|公网安备|收款|付款|卡密|[¥￥]\d/g;
function plainPass(s: PageSnapshot): number {
  let hits = 0;
  for (const b of s.blocks) hits += (normalizeWithMap(b.text).norm.match(SCAN) ?? []).length;
  return hits;
}
function analysis(s: PageSnapshot): number {
  return analyzePage({ snapshot: s, now: NOW }).signals.length;
}

/** Median of `rounds` timings of running `fn` over every page `reps` times. */
function measure(fn: (s: PageSnapshot) => number, rounds = 7, reps = 5): number {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let k = 0; k < reps; k++) for (const p of pages) sink += fn(p.snapshot);
    times.push(performance.now() - t);
  }
  if (sink < 0) console.log(sink);
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! / reps;
}

// Warm up both (JIT), then interleave the measurements so drift hits both alike.
measure(plainPass, 2, 1);
measure(analysis, 2, 1);
const base = [measure(plainPass), measure(plainPass)];
const full = [measure(analysis), measure(analysis)];
const baseMs = Math.min(...base);
const fullMs = Math.min(...full);
const ratio = fullMs / baseMs;
const blocks = pages.reduce((n, p) => n + p.snapshot.blocks.length, 0);
console.log(`\n== page analysis: ${pages.length} pages, ${blocks} text blocks ==`);
console.log(`plain pass (normalise + one scan): ${baseMs.toFixed(1)} ms for all pages`);
console.log(`analyzePage (every page detector): ${fullMs.toFixed(1)} ms for all pages (${(fullMs / pages.length).toFixed(2)} ms a page)`);
console.log(`ratio: ${ratio.toFixed(2)}× — goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'PASS' : 'MISS'}`);
