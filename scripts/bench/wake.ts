// npm run bench (wake section; alone: `npm run bench -- --only wake`), in real Chromium with the built extension and
// a signed test list (docs/no-wake.md): how often a page load starts KaDun's stopped service worker. The worker is
// stopped (CDP ServiceWorker.stopAllWorkers, what Chromium does after ~30 s idle) before every load; loads alternate
// between an ordinary page of an unlisted host and the same page on a listed host (the baseline: it must ask the
// background, so it pays the cold start every ordinary page paid before). Printed: worker starts per 20 loads,
// median load time (goto → load event) of each and their ratio, and the listed page's median goto → worker running.
// Noise never fails it; `uptime` is printed with it.
import { execFileSync } from 'node:child_process';
import { launchWithExtension } from '../browser';
import { extensionWithList } from '../demo/signed-list';
import { startOrdinaryPages, wakeProbe } from '../wake-probe';
import { entry, list } from '../../tests/risk-list/helpers';

declare const chrome: any;

const ROUNDS = 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const pages = await startOrdinaryPages();
  const dir = await extensionWithList(list({ version: 9, entries: [entry('reported-only.test', { expires: '2099-01-01' })] }));
  const b = await launchWithExtension({ headless: true, extensionDir: dir });
  try {
    for (let i = 0; i < 100; i++) {
      const meta = await b.worker.evaluate(async () => (await chrome.storage.local.get('filter:meta'))['filter:meta']);
      if (meta?.listVersion === 9) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const probe = await wakeProbe(b.context, b.extensionId);
    const tab = await b.context.newPage();
    const rows = { ordinary: { starts: 0, load: [] as number[], wake: [] as number[] }, listed: { starts: 0, load: [] as number[], wake: [] as number[] } };
    const visit = async (kind: keyof typeof rows, host: string) => {
      await probe.stop();
      probe.reset();
      const t0 = Date.now();
      await tab.goto(pages.url(host), { waitUntil: 'load' });
      rows[kind].load.push(Date.now() - t0);
      await tab.waitForTimeout(kind === 'listed' ? 0 : 400); // DOMContentLoaded has passed: a message would have been sent
      if (kind === 'listed') await probe.running(15_000);
      rows[kind].starts += probe.starts();
      if (probe.starts()) rows[kind].wake.push(probe.lastRunningAt() - t0);
    };
    await visit('ordinary', 'warm.news.test');
    await visit('listed', 'warm.reported-only.test');
    rows.ordinary = { starts: 0, load: [], wake: [] };
    rows.listed = { starts: 0, load: [], wake: [] };
    for (let i = 1; i <= ROUNDS; i++) {
      await visit('ordinary', `news${i}.test`);
      await visit('listed', `p${i}.reported-only.test`);
    }
    await probe.close();
    const o = rows.ordinary;
    const l = rows.listed;
    console.log('\n== wake (real Chromium): service-worker starts per page load, worker stopped before each ==');
    console.log(`load: ${execFileSync('uptime').toString().trim()}`);
    console.log(`ordinary page, unlisted host: ${o.starts} / ${ROUNDS} loads started the worker · median load ${median(o.load)} ms`);
    console.log(`same page, listed host (baseline): ${l.starts} / ${ROUNDS} loads started it · median load ${median(l.load)} ms · goto → worker running ${l.wake.length ? median(l.wake) : NaN} ms`);
    console.log(`ordinary / listed load time: ${(median(o.load) / median(l.load)).toFixed(2)}× · worker starts avoided on ordinary pages: ${ROUNDS - o.starts} / ${ROUNDS} (goal: all)`);
  } finally {
    await b.context.close();
    await pages.close();
  }
}

main().catch((err) => {
  console.error(`bench (wake) skipped: ${err instanceof Error ? err.message : String(err)}`);
});
