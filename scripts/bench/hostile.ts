// npm run bench (hostile section): 1,000+ seeded hostile pages (scripts/hostile/generate.ts) through the CLI
// pipeline. Prints counts, p50 / p99 / max time and peak memory; issue 10's goal is ≤ 1 s a page and ≤ 512 MB.
// Numbers are printed; noise never fails it. `--count N` changes the corpus size.
import { hostileCorpus } from '../hostile/generate';
import { runHostile } from '../hostile/run';

const at = process.argv.indexOf('--count');
const count = at === -1 ? 1100 : Number(process.argv[at + 1]);
const times: number[] = [];
const slow: string[] = [];
const byKind = new Map<string, number>();
let crashes = 0;
let truncated = 0;
let peak = 0;
for (const page of hostileCorpus(count)) {
  try {
    const run = runHostile(page.html);
    times.push(run.ms);
    byKind.set(page.kind, Math.max(byKind.get(page.kind) ?? 0, run.ms));
    if (run.verdict.truncated) truncated++;
    if (run.ms > 1000) slow.push(`${page.kind}#${page.seed} ${run.ms.toFixed(0)} ms`);
  } catch (err) {
    crashes++;
    console.log(`crash: ${page.kind}#${page.seed}: ${err instanceof Error ? err.message : String(err)}`);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  // happy-dom closes its window asynchronously: yield so each page is torn down before the next one (as in the CLI,
  // which checks one page a process); a loop without this keeps every window alive and measures that instead.
  await new Promise((resolve) => setImmediate(resolve));
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(`\n== hostile pages: ${count} pages, ${crashes} crashes, ${truncated} truncated, ${slow.length} over 1 s ==`);
console.log(`p50 ${q(0.5).toFixed(0)} ms · p99 ${q(0.99).toFixed(0)} ms · max ${q(1).toFixed(0)} ms · peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
if (slow.length) console.log(`over 1 s:\n  ${slow.slice(0, 30).join('\n  ')}`);
console.log(`slowest kinds (max ms): ${[...byKind].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(' · ')}`);
