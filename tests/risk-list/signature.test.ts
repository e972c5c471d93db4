import { beforeAll, describe, expect, it } from 'vitest';
import { parseListBytes, verifyAndParse, verifyListSignature } from '../../lib/risk-list/signature';
import { confirmed, encode, keyPair, list } from './helpers';

type Keys = Awaited<ReturnType<typeof keyPair>>;
let keys: Keys;
let other: Keys;
const bytes = encode(list({ version: 5, entries: [confirmed('shop.example')] }));

beforeAll(async () => {
  [keys, other] = await Promise.all([keyPair(), keyPair()]);
});

describe('verifyAndParse', () => {
  it('accepts a correctly signed, newer list (SPKI base64 or JWK key)', async () => {
    const sig = await keys.sign(bytes);
    for (const pub of [keys.spki, keys.jwk, keys.pair.publicKey]) {
      const r = await verifyAndParse(bytes, sig, pub, { currentVersion: 4 });
      expect(r.ok && r.list.entries[0]!.domain).toBe('shop.example');
    }
    expect((await verifyAndParse(bytes, `${sig}\n`, keys.spki, { currentVersion: null })).ok).toBe(true);
  });

  it('rejects the list when one byte changed', async () => {
    const sig = await keys.sign(bytes);
    const tampered = bytes.slice();
    const at = new TextDecoder().decode(bytes).indexOf('"version":5') + 10;
    tampered[at] = '6'.charCodeAt(0);
    expect(await verifyAndParse(tampered, sig, keys.spki)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a signature made with another key, a missing one and a garbled one', async () => {
    expect(await verifyAndParse(bytes, await other.sign(bytes), keys.spki)).toMatchObject({ ok: false, reason: 'bad-signature' });
    for (const sig of [undefined, null, '', 'not base64!', btoa('short')]) {
      expect(await verifyAndParse(bytes, sig, keys.spki), String(sig)).toMatchObject({ ok: false, reason: 'bad-signature' });
    }
    expect(await verifyListSignature(bytes, undefined, keys.spki)).toBe(false);
  });

  it('rejects a rollback: a version older than or equal to the one in use', async () => {
    const sig = await keys.sign(bytes);
    for (const current of [5, 6, 100]) {
      expect(await verifyAndParse(bytes, sig, keys.spki, { currentVersion: current })).toMatchObject({ ok: false, reason: 'rollback' });
    }
  });

  it('rejects signed but malformed lists (bad JSON, bad UTF-8, schema failures)', async () => {
    const cases = [
      encode('{"schema":1,"version":7,'),
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      encode(list({ version: 7, entries: [confirmed('shop.example', { evidence: [] })] })),
      encode(list({ version: 7, entries: [confirmed('Shop.Example')] })),
      encode({ ...list({ version: 7 }), schema: 2 }),
    ];
    for (const b of cases) expect(await verifyAndParse(b, await keys.sign(b), keys.spki), new TextDecoder().decode(b)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('rejects an oversized file before checking anything else', async () => {
    const sig = await keys.sign(bytes);
    expect(await verifyAndParse(bytes, sig, keys.spki, { maxBytes: bytes.byteLength - 1 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await verifyAndParse(bytes, 'no signature needed to refuse', keys.spki, { maxBytes: 10 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('uses the WebCrypto it is given', async () => {
    let calls = 0;
    const subtle = new Proxy(crypto.subtle, {
      get: (t, p) => (p === 'verify' ? (...a: Parameters<SubtleCrypto['verify']>) => (calls++, t.verify(...a)) : Reflect.get(t, p, t).bind?.(t) ?? Reflect.get(t, p, t)),
    });
    expect((await verifyAndParse(bytes, await keys.sign(bytes), keys.spki, { subtle })).ok).toBe(true);
    expect(calls).toBe(1);
  });
});

describe('parseListBytes (unsigned, for files the person chose: CLI --list)', () => {
  it('checks size, JSON and schema but not the signature', () => {
    expect(parseListBytes(bytes)).toMatchObject({ ok: true });
    expect(parseListBytes(encode('{'))).toMatchObject({ ok: false, reason: 'malformed' });
    expect(parseListBytes(encode('{"version":1,"entries":[],"allow":[]}'))).toMatchObject({ ok: false, reason: 'malformed' });
    expect(parseListBytes(bytes, { maxBytes: 8 })).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
