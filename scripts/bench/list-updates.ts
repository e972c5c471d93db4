// npm run bench -- --only list (second part): what a list update costs at 500,000 entries (docs/list-updates.md),
// each beside the full download as a ratio, all measured in this one run:
//   bytes: the full list (raw and gzip), the no-change check (the signed index), a 200-entry delta (raw and gzip);
//   time in real Chromium, in the built extension's own worker: "update now" applying that delta through the real
//   updater (index, delta and signature fetched from a local HTTPS mirror, verified, applied to the stored list),
//   against writing the full list's 500,000 slots into the same IndexedDB (the write alone: a lower bound for a full
//   import, which also parses and validates the file). The two alternate, 3 rounds, medians. Noise never fails it.
import { seedListCall } from './seed-list';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LIST_MIRROR_URLS } from '../../lib/core/list-home';
import { buildDelta, indexFileText, type ListIndex } from '../../lib/risk-list/delta';
import type { RiskEntry, RiskList } from '../../lib/risk-list/format';
import { makeCertificate, OPENSSL } from '../../tests/e2e/sources-servers';
import { launchWithExtension } from '../browser';
import { OFFLINE_HOST_RULES } from '../demo/server';
import { encode, extensionWithList, keyPair } from '../demo/signed-list';

declare const chrome: any;

const N = 500_000;
const CHANGES = 200;
const ROUNDS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KiB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

// The same entries the worker writes (domain = bench-<k in base 36>.example).
const domainOf = (k: number) => `bench-${k.toString(36)}.example`;
const entryOf = (k: number, note = 'bench data'): RiskEntry => ({
  domain: domainOf(k), category: 'other', status: 'reported', firstSeen: '2026-01-01', lastSeen: '2026-06-01', expires: '2030-01-01', evidence: [], note,
});
const listAt = (version: number, entries: RiskEntry[]): RiskList => ({ schema: 1, version, generatedAt: '2026-12-01T00:00:00Z', entries, allow: [] });

const indexOf = (version: number): ListIndex => ({ kind: 'kadun-list-index', schema: 1, version, generatedAt: '2026-12-01T00:00:00Z', deltas: [version - 1] });

/** 100 added, 50 changed, 50 removed (CHANGES in all) against the list of `base`. */
function changed(base: RiskEntry[], version: number): RiskList {
  const entries = base.slice(50).map((e, i) => (i < 50 ? entryOf(50 + i, 'changed note') : e));
  for (let k = 0; k < 100; k++) entries.push(entryOf(N + version * 1000 + k));
  return listAt(version, entries);
}

async function main() {
  console.log(`\n== list updates at ${N.toLocaleString('en-US')} entries (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}) ==`);
  const base = Array.from({ length: N }, (_, k) => entryOf(k));
  const full = encode(listAt(1000, base));
  const fullGz = gzipSync(full).byteLength;
  const delta = encode(buildDelta(listAt(1000, base), changed(base, 1001)));
  const deltaGz = gzipSync(delta).byteLength;
  const keys = await keyPair();
  const indexBytes = encode(indexFileText(indexOf(1001), await keys.sign(encode(JSON.stringify(indexOf(1001)))))).byteLength;
  line('full list (risk-list.json + .sig), raw', `${mb(full.byteLength)}`);
  line('full list, gzip (what a CDN sends)', `${mb(fullGz)} = 1×`);
  line('no-change check: the signed index (one GET)', `${indexBytes} B = ${(fullGz / indexBytes).toFixed(0)}× smaller than the gzip full list`);
  line(`${CHANGES}-entry delta (deltas/<from>.json + .sig), raw`, `${kb(delta.byteLength + 89)}`);
  line(`${CHANGES}-entry delta, gzip`, `${kb(deltaGz + 89)} = ${(fullGz / (deltaGz + 89)).toFixed(0)}× smaller than the gzip full list`);
  console.log('  note: synthetic entries (same note, same dates) compress far better than a real list would; the raw sizes are the fair comparison.');
  line('full list raw ÷ delta raw', `${(full.byteLength / delta.byteLength).toFixed(0)}×`);
  if (full.byteLength > 64 * 1024 * 1024) {
    console.log(`  note: at ${N.toLocaleString('en-US')} entries this full list is over the 64 MiB cap (RISK_LIST_LIMITS.bytes): a real list that size needs shorter entries or a higher cap.`);
  }
  if (!OPENSSL) return console.log('  Chromium part skipped: `openssl` is not installed (the local mirror needs a certificate).');
  await inChromium(base, keys);
}

async function inChromium(base: RiskEntry[], keys: Awaited<ReturnType<typeof keyPair>>) {
  const certDir = mkdtempSync(join(tmpdir(), 'kadun-bench-cert-'));
  const files = new Map<string, Uint8Array | string>();
  const server = createServer(makeCertificate(certDir), (req, res) => {
    const body = files.get((req.url ?? '/').split('?')[0]!);
    res.writeHead(body === undefined ? 404 : 200, { 'access-control-allow-origin': '*' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const mirror = new URL(LIST_MIRROR_URLS[0]);
  const dir = mirror.pathname.slice(0, mirror.pathname.lastIndexOf('/') + 1);
  const extDir = await extensionWithList(listAt(1, [entryOf(0)]), undefined, keys);
  const b = await launchWithExtension({
    headless: true, extensionDir: extDir, extraArgs: ['--ignore-certificate-errors'],
    hostRules: [`MAP ${mirror.hostname} 127.0.0.1:${(server.address() as AddressInfo).port}`, OFFLINE_HOST_RULES].join(', '),
  });
  try {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    const fullMs: number[] = [];
    const deltaMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const from = 2000 + round * 10;
      // Untimed: the rows of the round before go, so every round writes into the same empty table.
      await b.worker.evaluate(`(async () => {
        const db = await new Promise((res, rej) => { const r = indexedDB.open('kadun'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
        await new Promise((res, rej) => { const tx = db.transaction('listEntries', 'readwrite'); tx.objectStore('listEntries').clear(); tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
        db.close();
      })()`);
      // The full list's slots written as version `from` and made active (what a full import ends with).
      fullMs.push(await b.worker.evaluate(seedListCall(N, from)) as number);
      // The mirror publishes version from + 1 with a signed delta from `from`; the person clicks "update now".
      const next = changed(base, from + 1);
      const d = encode(buildDelta(listAt(from, base), next));
      files.set(`${dir}deltas/${from}.json`, d);
      files.set(`${dir}deltas/${from}.json.sig`, await keys.sign(d));
      const index = indexOf(from + 1);
      files.set(`${dir}risk-list.version`, indexFileText(index, await keys.sign(encode(JSON.stringify(index)))));
      const r = await page.evaluate(async () => {
        const t = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'list/update-now', payload: {} });
        return { ms: performance.now() - t, reply };
      });
      const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'list/status', payload: {} }));
      if (r.reply.data?.version !== from + 1 || status.data.attempts?.[0]?.via !== 'delta') throw new Error(`delta not applied: ${JSON.stringify(r.reply)} ${JSON.stringify(status.data.attempts)}`);
      deltaMs.push(r.ms);
    }
    const f = median(fullMs);
    const dm = median(deltaMs);
    line(`Chromium: write the full list's ${N.toLocaleString('en-US')} slots into IndexedDB`, `${(f / 1000).toFixed(2)} s = 1× (median of ${ROUNDS}: ${fullMs.map((x) => (x / 1000).toFixed(1)).join(', ')})`);
    line(`Chromium: "update now" with a ${CHANGES}-entry delta (fetch, verify, apply)`, `${(dm / 1000).toFixed(2)} s = ${(dm / f).toFixed(2)}× (median of ${ROUNDS}: ${deltaMs.map((x) => (x / 1000).toFixed(1)).join(', ')})`);
    console.log('  note: a delta rewrites only the bucket rows it touches (at most one per change; no 500,000-entry file is parsed); the time also holds');
    console.log('        the index and delta GETs, both signature checks and the message round trip. The full-list side is the write alone.');
  } finally {
    await b.context.close();
    await new Promise((r) => server.close(r));
    rmSync(extDir, { recursive: true, force: true });
    rmSync(certDir, { recursive: true, force: true });
  }
}

main().catch((err) => console.error(`bench (list updates) failed: ${err instanceof Error ? err.message : String(err)}`));
