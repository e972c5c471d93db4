// The interstitial's prefilter: which names a host is looked up under, that a listed name and its subdomains hit,
// and that near misses (a parent of the listed name, a name containing it, another shard's name) do not.
import { describe, expect, it } from 'vitest';
import { buildGateShards, gateCandidates, gateKeysFor, gateMayMatch, gateShardOf, gateTokenOf, GATE_KEYS, GATE_SHARDS } from '../../lib/core/gate-filter';

describe('gate filter', () => {
  it('walks a host down to two labels, and gives nothing for IPs and bare names', () => {
    expect(gateCandidates('a.b.Shop.example.')).toEqual(['a.b.shop.example', 'b.shop.example', 'shop.example']);
    expect(gateCandidates('localhost')).toEqual([]);
    expect(gateCandidates('127.0.0.1')).toEqual([]);
    expect(gateCandidates('[::1]')).toEqual([]);
  });

  it('hits a listed domain and its subdomains, and only them', () => {
    const shards = buildGateShards(['scam-listed.test', 'other.example']);
    expect(Object.keys(shards)).toHaveLength(GATE_SHARDS);
    const read = (host: string) => Object.fromEntries(gateKeysFor(host).map((k) => [k, shards[k]]));
    expect(gateMayMatch('scam-listed.test', read('scam-listed.test'))).toBe(true);
    expect(gateMayMatch('pay.scam-listed.test', read('pay.scam-listed.test'))).toBe(true);
    expect(gateMayMatch('not-scam-listed.test', read('not-scam-listed.test'))).toBe(false);
    expect(gateMayMatch('listed.test', read('listed.test'))).toBe(false);
    expect(gateMayMatch('clean-shop.test', read('clean-shop.test'))).toBe(false);
    // Nothing read (storage empty or failed): no hit.
    expect(gateMayMatch('scam-listed.test', {})).toBe(false);
  });

  it('reads at most one shard per label, and the shard is the one the domain hashes to', () => {
    expect(gateKeysFor('a.b.shop.example').length).toBeLessThanOrEqual(3);
    expect(gateKeysFor('shop.example')).toEqual([GATE_KEYS.shard(gateShardOf('shop.example'))]);
    expect(gateShardOf('shop.example')).toBe(gateShardOf('shop.example'));
  });

  it('at 500,000 confirmed domains: about 4 MB in all, shards near 62 KB, and false hits about one in a million names', () => {
    const listed = Array.from({ length: 500_000 }, (_, i) => `scam-${i.toString(36)}.example`);
    const shards = buildGateShards(listed);
    const sizes = Object.values(shards).map((v) => v.length);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(4.2e6);
    expect(Math.max(...sizes)).toBeLessThan(75_000);
    expect(gateTokenOf('shop.example')).toMatch(/^[0-9a-z]{7}$/);
    const read = (host: string) => Object.fromEntries(gateKeysFor(host).map((k) => [k, shards[k]]));
    for (const d of listed.slice(0, 1000)) expect(gateMayMatch(d, read(d))).toBe(true);
    // Collisions of (shard, token) pairs, counted with a Set (gateMayMatch's includes over 62 KB is the same test,
    // ~20 µs a name: too slow for 200,000 names here).
    const pairs = new Set(listed.map((d) => `${gateShardOf(d)}:${gateTokenOf(d)}`));
    let falseHits = 0;
    for (let i = 0; i < 200_000; i++) {
      const d = `clean-${i.toString(36)}.test`;
      if (pairs.has(`${gateShardOf(d)}:${gateTokenOf(d)}`)) falseHits++;
    }
    expect(falseHits).toBeLessThanOrEqual(5); // expected ~0.4 (about 2 in a million names)
  }, 60_000);
});
