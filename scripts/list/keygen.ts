// npm run list:keygen -- --private <path outside the repo> [--public key.pub] [--force] [--allow-in-repo]
// Writes a P-256 key pair: the private key as PKCS#8 PEM (mode 600), the public key as SPKI base64 (printed too).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesToBase64 } from '../../lib/risk-list/base64';
import { ECDSA_P256 } from '../../lib/risk-list/signature';
import { EXIT, guard, isMain, parse, processIo, required, toPem, UsageError, type Io } from './common';

const USAGE = 'usage: npm run list:keygen -- --private ~/kadun-list-key.pem [--public key.pub] [--force] [--allow-in-repo]';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function run(argv: readonly string[], io: Io = processIo, repoRoot = REPO_ROOT): Promise<number> {
  return guard(io, async () => {
    const { values } = parse(argv, {
      private: { type: 'string' }, public: { type: 'string' }, force: { type: 'boolean' }, 'allow-in-repo': { type: 'boolean' },
    }, USAGE);
    const privatePath = resolve(required(values.private, '--private', USAGE));
    const publicPath = resolve(values.public ?? privatePath.replace(/(\.pem)?$/, '.pub'));
    if ((privatePath + sep).startsWith(resolve(repoRoot) + sep) && !values['allow-in-repo']) {
      throw new UsageError(`refusing to write a private key inside the repository (${privatePath}); keep it outside, or pass --allow-in-repo`);
    }
    for (const p of [privatePath, publicPath]) if (existsSync(p) && !values.force) throw new UsageError(`${p} exists; pass --force to overwrite`);
    const pair = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    const spki = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
    await mkdir(dirname(privatePath), { recursive: true });
    await writeFile(privatePath, toPem('PRIVATE KEY', pkcs8), { mode: 0o600 });
    await writeFile(publicPath, `${spki}\n`);
    io.out(`private key (keep it secret, never commit it): ${privatePath}\npublic key: ${publicPath}\n${spki}\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
