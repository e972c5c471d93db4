// The starter list shipped in public/data: signed with the bundled key, and empty of scam entries (domain-facts §8:
// no real list exists; the community builds it). Only official-vendor allow entries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileList } from '../../lib/risk-list/lookup';
import { LIST_PUBLIC_KEY } from '../../lib/risk-list/public-key';
import { verifyAndParse } from '../../lib/risk-list/signature';
import { NOW } from './helpers';

describe('bundled risk list', () => {
  it('verifies against the bundled public key and holds no risk entries', async () => {
    const r = await verifyAndParse(new Uint8Array(readFileSync('public/data/risk-list.json')), readFileSync('public/data/risk-list.json.sig', 'utf8'), LIST_PUBLIC_KEY.spki);
    if (!r.ok) throw new Error(`${r.reason}: ${r.detail}`);
    expect(r.list.entries).toEqual([]);
    expect(r.list.allow.map((a) => [a.domain, a.kind])).toEqual([
      ['alipay.com', 'official-vendor'], ['jd.com', 'official-vendor'], ['qq.com', 'official-vendor'],
      ['taobao.com', 'official-vendor'], ['tenpay.com', 'official-vendor'],
    ]);
    expect(compileList(r.list, NOW).match('https://pay.qq.com/').allow?.domain).toBe('qq.com');
  });

  it('is marked as signed with a development key until the maintainers swap theirs in', () => {
    expect(LIST_PUBLIC_KEY.development).toBe(true);
    expect(LIST_PUBLIC_KEY.id).toMatch(/dev/);
  });
});
