// Detached ECDSA P-256 / SHA-256 signature over the exact bytes of the list file, checked with WebCrypto
// (design.md "Community risk list"). The signature is base64 of the raw IEEE P1363 r||s (64 bytes), which is what
// WebCrypto's sign() produces. Nothing is parsed before the signature has been checked.
import { base64ToBytes } from './base64';
import { RISK_LIST_LIMITS, riskListSchema, type RiskList } from './format';

/** SPKI DER in base64 (what `list:keygen` prints), a JWK, or a key already imported. */
export type ListPublicKey = string | JsonWebKey | CryptoKey;

export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

export type VerifyFailure = 'bad-signature' | 'malformed' | 'rollback' | 'too-large';
export type VerifyResult =
  | { ok: true; list: RiskList }
  | { ok: false; reason: VerifyFailure; detail: string };

export type VerifyOptions = {
  /** Version of the list in use; the new one must be strictly greater. Absent/null: no list yet. */
  currentVersion?: number | null;
  maxBytes?: number;
  /** WebCrypto; defaults to globalThis.crypto.subtle (Node 20, extension workers and pages). */
  subtle?: SubtleCrypto;
};

const defaultSubtle = (): SubtleCrypto => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available');
  return subtle;
};

/** WebCrypto wants an ArrayBuffer-backed view; copy anything else (SharedArrayBuffer, Node Buffer pools are fine). */
const asBufferSource = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);

export async function importListPublicKey(key: ListPublicKey, subtle: SubtleCrypto = defaultSubtle()): Promise<CryptoKey> {
  if (typeof key === 'string') {
    const der = base64ToBytes(key);
    if (!der) throw new Error('public key is not base64 SPKI');
    return subtle.importKey('spki', asBufferSource(der), ECDSA_P256, false, ['verify']);
  }
  if (isCryptoKey(key)) return key;
  return subtle.importKey('jwk', key, ECDSA_P256, false, ['verify']);
}

const isCryptoKey = (k: JsonWebKey | CryptoKey): k is CryptoKey => typeof (k as CryptoKey).algorithm === 'object' && 'usages' in k;

/** True only for a well-formed 64-byte P1363 signature that matches these exact bytes. */
export async function verifyListSignature(
  bytes: Uint8Array, signatureB64: string | null | undefined, publicKey: ListPublicKey, subtle: SubtleCrypto = defaultSubtle(),
): Promise<boolean> {
  if (!signatureB64) return false;
  const sig = base64ToBytes(signatureB64.trim());
  if (!sig || sig.length !== 64) return false;
  const key = await importListPublicKey(publicKey, subtle);
  return subtle.verify(ECDSA_SHA256, key, asBufferSource(sig), asBufferSource(bytes));
}

/**
 * Size, then signature, then JSON + schema, then version. On any failure the caller keeps the list it has.
 * A bad public key is a programming error and throws; everything about the downloaded file is a result.
 */
export async function verifyAndParse(
  bytes: Uint8Array, signatureB64: string | null | undefined, publicKey: ListPublicKey, opts: VerifyOptions = {},
): Promise<VerifyResult> {
  const maxBytes = Math.min(opts.maxBytes ?? RISK_LIST_LIMITS.bytes, RISK_LIST_LIMITS.bytes);
  if (bytes.byteLength > maxBytes) return fail('too-large', `${bytes.byteLength} bytes > ${maxBytes}`);
  const subtle = opts.subtle ?? defaultSubtle();
  const key = await importListPublicKey(publicKey, subtle);
  if (!(await verifyListSignature(bytes, signatureB64, key, subtle))) {
    return fail('bad-signature', signatureB64 ? 'signature does not match the list and key' : 'no signature');
  }
  const parsed = parseListBytes(bytes, { maxBytes });
  if (!parsed.ok) return parsed;
  const current = opts.currentVersion ?? null;
  if (current !== null && parsed.list.version <= current) {
    return fail('rollback', `version ${parsed.list.version} is not above ${current}`);
  }
  return parsed;
}

/**
 * Size, UTF-8, JSON and schema, without a signature: only for a file the person chose themselves (the CLI's
 * `--list`, a maintainer's working copy). A downloaded or bundled list always goes through verifyAndParse.
 */
export function parseListBytes(bytes: Uint8Array, opts: { maxBytes?: number } = {}): VerifyResult {
  const maxBytes = Math.min(opts.maxBytes ?? RISK_LIST_LIMITS.bytes, RISK_LIST_LIMITS.bytes);
  if (bytes.byteLength > maxBytes) return fail('too-large', `${bytes.byteLength} bytes > ${maxBytes}`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    return fail('malformed', `not UTF-8 JSON: ${(err as Error).message}`);
  }
  const parsed = riskListSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('malformed', `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return { ok: true, list: parsed.data };
}

const fail = (reason: VerifyFailure, detail: string): VerifyResult => ({ ok: false, reason, detail });
