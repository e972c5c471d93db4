// npm run list:verify -- list.json --sig list.json.sig --pub key.pub [--current-version N]
// The same check the extension runs (lib/risk-list/signature.ts verifyAndParse).
import { readFile } from 'node:fs/promises';
import { verifyAndParse } from '../../lib/risk-list/signature';
import { EXIT, guard, isMain, parse, processIo, readPublicKey, required, UsageError, type Io } from './common';

const USAGE = 'usage: npm run list:verify -- list.json --sig list.json.sig --pub key.pub [--current-version N]';

export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return guard(io, async () => {
    const { values, positionals } = parse(argv, { sig: { type: 'string' }, pub: { type: 'string' }, 'current-version': { type: 'string' } }, USAGE);
    if (positionals.length !== 1) throw new UsageError(`expected one list file\n${USAGE}`);
    const current = values['current-version'];
    if (current !== undefined && !/^\d+$/.test(current)) throw new UsageError(`--current-version must be an integer\n${USAGE}`);
    const [sigPath, pubPath] = [required(values.sig, '--sig', USAGE), required(values.pub, '--pub', USAGE)];
    const bytes = new Uint8Array(await readFile(positionals[0]!));
    const result = await verifyAndParse(bytes, await readFile(sigPath, 'utf8'), await readPublicKey(pubPath), {
      currentVersion: current === undefined ? null : Number(current),
    });
    if (!result.ok) {
      io.err(`REJECTED (${result.reason}): ${result.detail}\n`);
      return EXIT.refused;
    }
    const { list } = result;
    io.out(`OK: version ${list.version}, generated ${list.generatedAt}, ${list.entries.length} entries, ${list.allow.length} allow\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
