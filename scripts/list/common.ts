// Shared bits of the maintainer tools (scripts/list/*.ts, run with tsx). Each tool exports run(argv, io) so the
// tests can drive it in-process; its file runs it when executed directly.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { base64ToBytes, bytesToBase64 } from '../../lib/risk-list/base64';

export type Io = { out: (s: string) => void; err: (s: string) => void };
export const processIo: Io = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };

/** Exit codes: 0 done, 1 the input was refused (validation, signature), 2 usage. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${usage}`);
  }
}

export function required(value: string | boolean | undefined, name: string, usage: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${name} is required\n${usage}`);
  return value;
}

/** Run a tool's body, turning usage errors into exit 2 with the message on stderr. */
export async function guard(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n`);
      return EXIT.usage;
    }
    io.err(`error: ${(err as Error).message}\n`);
    return EXIT.refused;
  }
}

export const isMain = (metaUrl: string) => process.argv[1] !== undefined && metaUrl === pathToFileURL(resolve(process.argv[1])).href;

export function toPem(label: string, der: Uint8Array): string {
  const b64 = bytesToBase64(der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

export function fromPem(label: string, pem: string): Uint8Array<ArrayBuffer> {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(pem);
  const der = m ? base64ToBytes(m[1]!) : null;
  if (!der) throw new UsageError(`not a ${label} PEM file`);
  return new Uint8Array(der);
}

/** A public key file: SPKI base64 (what keygen writes) or a JWK. */
export async function readPublicKey(path: string): Promise<string | JsonWebKey> {
  return parsePublicKey(await readFile(path, 'utf8'));
}

/** A public key file's text: SPKI base64, a PEM public key, or a JWK (also the CLI's `--list-pub`). */
export function parsePublicKey(raw: string): string | JsonWebKey {
  const text = raw.trim();
  if (text.startsWith('{')) return JSON.parse(text) as JsonWebKey;
  if (text.includes('-----BEGIN PUBLIC KEY-----')) return bytesToBase64(fromPem('PUBLIC KEY', text));
  return text;
}
