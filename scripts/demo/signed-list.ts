// A copy of the built extension whose bundled community list is a list signed with a key made for this run — for the
// demo's full-page warning and for the end-to-end tests. The development key's private half is not kept
// (lib/risk-list/public-key.ts), so the copy's background carries this run's public key instead; everything else —
// verifying the signature, importing the list on install, the lookups — is the extension's own code. Reserved
// names only (*.test, *.example).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToBase64 } from '../../lib/risk-list/base64';
import type { RiskList } from '../../lib/risk-list/format';
import { BUNDLED_LIST_PATHS, DEV_LIST_PUBLIC_KEY } from '../../lib/risk-list/public-key';
import { ECDSA_P256, ECDSA_SHA256 } from '../../lib/risk-list/signature';
import { EXTENSION_DIR } from '../browser';

/** A fresh P-256 key pair: its SPKI (base64), its public JWK, and a signer giving base64 signatures. */
export async function keyPair() {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  const spki = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const sign = async (bytes: Uint8Array) => bytesToBase64(new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, pair.privateKey, bytes as Uint8Array<ArrayBuffer>)));
  return { pair, spki, jwk, sign };
}

export const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** `keys`: a pair the caller keeps, to sign more files with (the list mirrors' e2e test); a fresh one by default. */
export async function extensionWithList(list: RiskList, from = EXTENSION_DIR, given?: Awaited<ReturnType<typeof keyPair>>): Promise<string> {
  const keys = given ?? await keyPair();
  const dir = mkdtempSync(join(tmpdir(), 'kadun-ext-'));
  cpSync(from, dir, { recursive: true });
  const bg = join(dir, 'background.js');
  const code = readFileSync(bg, 'utf8');
  if (!code.includes(DEV_LIST_PUBLIC_KEY.spki)) throw new Error('the built background does not carry the development list key');
  writeFileSync(bg, code.replaceAll(DEV_LIST_PUBLIC_KEY.spki, keys.spki));
  const bytes = encode(list);
  writeFileSync(join(dir, BUNDLED_LIST_PATHS.list), bytes);
  writeFileSync(join(dir, BUNDLED_LIST_PATHS.signature), await keys.sign(bytes));
  return dir;
}
