// npm run list:release -- --out <dir> --key <private.pem> [--previous <dir>] [--source risk-list] [--version N]
//                         [--generated-at ISO] [--pub <key.pub>]
// The list workflow's release steps, runnable at a terminal too (.github/workflows/risk-list.yml): build the list
// source into <dir>/risk-list.json (version = the previous published + 1), sign it, write the delta from the previous
// version and the signed index (docs/list-updates.md), then verify the files
// exactly as the extension will, against the public key the extension carries. <dir> then holds what goes on the
// `list-dist` branch (lib/core/list-home.ts). --previous is a checkout of that branch (may be empty the first time).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LIST_PUBLIC_KEY } from '../../lib/risk-list/public-key';
import { verifyAndParse } from '../../lib/risk-list/signature';
import type { RiskList } from '../../lib/risk-list/format';
import { buildList, ENTRY_LIFETIME_DAYS } from './build-core';
import { EXIT, guard, isMain, parse, processIo, readPublicKey, required, UsageError, type Io } from './common';
import { pemSigner, writeListUpdates } from './delta';
import { run as sign } from './sign';
import { bundledVersion, LIST_SOURCE_DIR, nextVersion, readListFile, readListSource } from './source';

const USAGE = 'usage: npm run list:release -- --out <dir> --key <private.pem> [--previous <list-dist checkout>] [--source risk-list] [--version N] [--generated-at ISO] [--pub key.pub]';
export const LIST_FILE = 'risk-list.json';

/**
 * The small-update files beside the full list (docs/list-updates.md): a signed delta from the last published version
 * (when there is one and it is small) and the signed index `risk-list.version` naming it. Clients on older versions
 * take the full list. Returns the files written, relative to outDir.
 */
export async function writeDeltas(args: { previous: RiskList | undefined; list: RiskList; outDir: string; keyPath: string; io: Io }): Promise<string[]> {
  const sign = await pemSigner(await readFile(args.keyPath, 'utf8'));
  const r = await writeListUpdates({ previous: args.previous ? [args.previous] : [], next: args.list, outDir: args.outDir, sign });
  for (const s of r.skipped) args.io.err(`no delta from ${s.from}: ${s.reason}\n`);
  return [...r.deltas.map((d) => relative(args.outDir, d.path)), relative(args.outDir, r.indexPath)];
}

export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return guard(io, async () => {
    const { values } = parse(argv, {
      out: { type: 'string' }, key: { type: 'string' }, previous: { type: 'string' }, source: { type: 'string' },
      version: { type: 'string' }, 'generated-at': { type: 'string' }, pub: { type: 'string' },
    }, USAGE);
    const outDir = required(values.out, '--out', USAGE);
    const keyPath = required(values.key, '--key', USAGE);
    if (values.version !== undefined && !/^\d+$/.test(values.version)) throw new UsageError(`--version must be a positive integer\n${USAGE}`);
    const generatedAt = values['generated-at'] ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(generatedAt))) throw new UsageError(`--generated-at is not an ISO date-time\n${USAGE}`);
    // The key the extension will check against: the bundled one, which must not be the development key.
    if (!values.pub && LIST_PUBLIC_KEY.development) {
      io.err(`list:release refused: lib/risk-list/public-key.ts still holds the development key (${LIST_PUBLIC_KEY.id}); installed copies would refuse this list. Put your public key there first (or pass --pub to check against another key when testing).\n`);
      return EXIT.refused;
    }
    const publicKey = values.pub ? await readPublicKey(values.pub) : LIST_PUBLIC_KEY.spki;

    const previousFile = values.previous ? join(values.previous, LIST_FILE) : null;
    const previous = previousFile && existsSync(previousFile) ? await readListFile(previousFile, '--previous') : undefined;
    const version = nextVersion({ asked: values.version === undefined ? undefined : Number(values.version), previous, bundled: bundledVersion() });
    const built = buildList(await readListSource(values.source ?? LIST_SOURCE_DIR), { version, generatedAt, previous, maxLifetimeDays: ENTRY_LIFETIME_DAYS });
    if (!built.ok) {
      io.err(`list:release refused: the list source does not build:\n${built.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return EXIT.refused;
    }
    await mkdir(outDir, { recursive: true });
    const listPath = join(outDir, LIST_FILE);
    await writeFile(listPath, built.text);
    const signed = await sign([listPath, '--key', keyPath], io);
    if (signed !== EXIT.ok) return signed;

    const deltas = await writeDeltas({ previous, list: built.list, outDir, keyPath, io });

    const check = await verifyAndParse(new Uint8Array(await readFile(listPath)), await readFile(`${listPath}.sig`, 'utf8'), publicKey, {
      currentVersion: previous?.version ?? null,
    });
    if (!check.ok) {
      const hint = check.reason === 'bad-signature' ? ' (is --key the private half of the public key in lib/risk-list/public-key.ts?)' : '';
      io.err(`list:release refused: the signed list does not verify: ${check.reason}: ${check.detail}${hint}\n`);
      return EXIT.refused;
    }
    io.out(`release ready in ${outDir}: ${LIST_FILE} + .sig${deltas.length ? ` + ${deltas.join(', ')}` : ''}, version ${version}${previous ? ` (previous ${previous.version})` : ' (first publication)'}, ${built.list.entries.length} entries, ${built.list.allow.length} allow; verified\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
