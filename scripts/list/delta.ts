// npm run list:delta -- --from old.json [--from older.json …] --to new.json --out dir --key private.pem
// Writes the small-update files that sit beside the full list on the list-dist branch (docs/list-updates.md):
//   <out>/deltas/<from>.json + .sig   for each --from list: the entries added, changed and removed up to --to
//   <out>/risk-list.version           the signed index: the newest version and which deltas exist (one small GET)
// The release workflow calls writeListUpdates() after it has built and signed the full list.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesToBase64 } from '../../lib/risk-list/base64';
import {
  buildDelta, changeCount, DELTA_KIND, DELTA_LIMITS, deltaPath, INDEX_KIND, indexFileText, LIST_FILES, type ListIndex,
} from '../../lib/risk-list/delta';
import { riskListSchema, type RiskList } from '../../lib/risk-list/format';
import { ECDSA_P256, ECDSA_SHA256 } from '../../lib/risk-list/signature';
import { EXIT, fromPem, guard, isMain, parse, processIo, required, UsageError, type Io } from './common';

const USAGE = 'usage: npm run list:delta -- --from old.json [--from older.json …] --to new.json --out dir --key private.pem';

export type Signer = (bytes: Uint8Array) => Promise<string>;
export type WrittenDelta = { from: number; path: string; bytes: number; changes: number };
export type UpdateFiles = { index: ListIndex; indexPath: string; deltas: WrittenDelta[]; skipped: Array<{ from: number; reason: string }> };

/** A signer over a PKCS#8 PEM private key (what list:keygen writes). */
export async function pemSigner(pem: string): Promise<Signer> {
  const key = await crypto.subtle.importKey('pkcs8', fromPem('PRIVATE KEY', pem), ECDSA_P256, false, ['sign']);
  return async (bytes) => bytesToBase64(new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, key, bytes as Uint8Array<ArrayBuffer>)));
}

/**
 * One delta per previous list (skipped, with the reason, when it is not older or would not be small), then the index
 * naming exactly the deltas written. Files are compact JSON signed over their exact bytes.
 */
export async function writeListUpdates(opts: { previous: readonly RiskList[]; next: RiskList; outDir: string; sign: Signer }): Promise<UpdateFiles> {
  const { next, outDir, sign } = opts;
  const deltas: WrittenDelta[] = [];
  const skipped: UpdateFiles['skipped'] = [];
  await mkdir(join(outDir, LIST_FILES.deltaDir), { recursive: true });
  for (const old of opts.previous) {
    if (old.version >= next.version) {
      skipped.push({ from: old.version, reason: `not older than ${next.version}` });
      continue;
    }
    let delta;
    try {
      delta = buildDelta(old, next);
    } catch (err) {
      skipped.push({ from: old.version, reason: (err as Error).message.slice(0, 200) });
      continue;
    }
    const bytes = new TextEncoder().encode(JSON.stringify(delta));
    if (bytes.byteLength > DELTA_LIMITS.bytes) {
      skipped.push({ from: old.version, reason: `${bytes.byteLength} bytes: the full list is the update` });
      continue;
    }
    const path = join(outDir, deltaPath(old.version));
    await writeFile(path, bytes);
    await writeFile(`${path}.sig`, `${await sign(bytes)}\n`);
    deltas.push({ from: old.version, path, bytes: bytes.byteLength, changes: changeCount(delta) });
  }
  const index: ListIndex = {
    kind: INDEX_KIND, schema: 1, version: next.version, generatedAt: next.generatedAt,
    deltas: deltas.map((d) => d.from).sort((a, b) => a - b).slice(-DELTA_LIMITS.fromVersions),
  };
  const line = new TextEncoder().encode(JSON.stringify(index));
  const indexPath = join(outDir, LIST_FILES.index);
  await writeFile(indexPath, indexFileText(index, await sign(line)));
  return { index, indexPath, deltas, skipped };
}

async function readList(path: string): Promise<RiskList> {
  const parsed = riskListSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return guard(io, async () => {
    const { values, positionals } = parse(argv, {
      from: { type: 'string', multiple: true }, to: { type: 'string' }, out: { type: 'string' }, key: { type: 'string' },
    }, USAGE);
    if (positionals.length > 0) throw new UsageError(`unexpected ${positionals[0]}\n${USAGE}`);
    if (!values.from?.length) throw new UsageError(`--from is required\n${USAGE}`);
    const next = await readList(required(values.to, '--to', USAGE));
    const outDir = required(values.out, '--out', USAGE);
    const sign = await pemSigner(await readFile(required(values.key, '--key', USAGE), 'utf8'));
    const previous = await Promise.all(values.from.map(readList));
    const r = await writeListUpdates({ previous, next, outDir, sign });
    for (const d of r.deltas) io.out(`${DELTA_KIND} ${d.from} → ${next.version}: ${d.changes} changes, ${d.bytes} bytes → ${d.path}\n`);
    for (const s of r.skipped) io.err(`no delta from ${s.from}: ${s.reason}\n`);
    io.out(`index: version ${r.index.version}, deltas from [${r.index.deltas.join(', ')}] → ${r.indexPath}\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
