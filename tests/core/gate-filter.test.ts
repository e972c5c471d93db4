// The interstitial's prefilter: which names a host is looked up under, that a listed name and its subdomains hit,
// and that near misses (a parent of the listed name, a name containing it, another shard's name) do not.
import { describe, expect, it } from 'vitest';
import { buildGateShards, gateCandidates, gateKeysFor, gateMayMatch, gateShardOf, GATE_KEYS, GATE_SHARDS } from '../../lib/core/gate-filter';

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
});
