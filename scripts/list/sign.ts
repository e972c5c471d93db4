// npm run list:sign -- list.json --key private.pem [--out list.json.sig]
// Signs the exact bytes of the file (ECDSA P-256 / SHA-256, base64 of the 64-byte r||s), after checking it parses.
import { readFile, writeFile } from 'node:fs/promises';
import { bytesToBase64 } from '../../lib/risk-list/base64';
import { riskListSchema } from '../../lib/risk-list/format';
import { ECDSA_P256, ECDSA_SHA256 } from '../../lib/risk-list/signature';
import { EXIT, fromPem, guard, isMain, parse, processIo, required, UsageError, type Io } from './common';

const USAGE = 'usage: npm run list:sign -- list.json --key private.pem [--out list.json.sig]';

export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return guard(io, async () => {
    const { values, positionals } = parse(argv, { key: { type: 'string' }, out: { type: 'string' } }, USAGE);
    if (positionals.length !== 1) throw new UsageError(`expected one list file\n${USAGE}`);
    const listPath = positionals[0]!;
    const bytes = new Uint8Array(await readFile(listPath));
    const parsed = riskListSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    if (!parsed.success) {
      io.err(`refusing to sign ${listPath}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
      return EXIT.refused;
    }
    const der = fromPem('PRIVATE KEY', await readFile(required(values.key, '--key', USAGE), 'utf8'));
    const key = await crypto.subtle.importKey('pkcs8', der, ECDSA_P256, false, ['sign']);
    const sig = new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, key, bytes));
    const out = values.out ?? `${listPath}.sig`;
    await writeFile(out, `${bytesToBase64(sig)}\n`);
    io.out(`signed ${listPath} (version ${parsed.data.version}, ${bytes.byteLength} bytes) → ${out}\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
