// The site filter the content scripts read (docs/no-wake.md): which names a host is looked up under; that a listed
// name and its subdomains hit, with the right status; that near misses (a parent of the listed name, a name
// containing it, another shard's name) do not; the one read two content scripts share; and, at 500,000 entries,
// the false-hit rate, the total size and the bytes a page reads.
import { describe, expect, it } from 'vitest';
import {
  buildFilterShards, filterCandidates, filterKeysFor, filterLookup, filterShardOf, filterTokenOf, FILTER_KEYS, FILTER_SHARDS, readFilterOnce,
} from '../../lib/core/site-filter';

const readFrom = (shards: Record<string, string>) => (host: string) => Object.fromEntries(filterKeysFor(host).map((k) => [k, shards[k]]));

describe('site filter', () => {
  it('walks a host down to two labels, and gives nothing for IPs and bare names', () => {
    expect(filterCandidates('a.b.Shop.example.')).toEqual(['a.b.shop.example', 'b.shop.example', 'shop.example']);
    expect(filterCandidates('localhost')).toEqual([]);
    expect(filterCandidates('127.0.0.1')).toEqual([]);
    expect(filterCandidates('[::1]')).toEqual([]);
    expect(filterKeysFor('localhost')).toEqual([]);
  });

  it('hits a listed domain and its subdomains with their status, and only them', () => {
    const shards = buildFilterShards([['scam-listed.test', true], ['reported-only.test', false], ['other.example', false]]);
    expect(Object.keys(shards)).toHaveLength(FILTER_SHARDS);
    const read = readFrom(shards);
    const hit = (host: string) => filterLookup(host, read(host));
    expect(hit('scam-listed.test')).toBe('confirmed');
    expect(hit('pay.scam-listed.test')).toBe('confirmed');
    expect(hit('reported-only.test')).toBe('listed');
    expect(hit('www.reported-only.test')).toBe('listed');
    expect(hit('not-scam-listed.test')).toBeNull();
    expect(hit('listed.test')).toBeNull();
    expect(hit('test')).toBeNull();
    expect(hit('news1.test')).toBeNull();
    // Nothing read (storage empty or failed): no hit.
    expect(filterLookup('scam-listed.test', {})).toBeNull();
  });

  it('a name given as listed and as confirmed is confirmed; a subdomain entry does not flag its parent', () => {
    const shards = buildFilterShards([['a.test', false], ['a.test', true], ['pay.b.test', true]]);
    const read = readFrom(shards);
    expect(filterLookup('a.test', read('a.test'))).toBe('confirmed');
    expect(filterLookup('pay.b.test', read('pay.b.test'))).toBe('confirmed');
    expect(filterLookup('b.test', read('b.test'))).toBeNull();
  });

  it('matches tokens only at token boundaries (the same letters across two neighbours are no hit)', () => {
    const key = FILTER_KEYS.shard(filterShardOf('x.test'));
    const token = filterTokenOf('x.test', false);
    expect(filterLookup('x.test', { [key]: `AB${token}CDE` })).toBeNull(); // found at offset 2: inside two tokens
    expect(filterLookup('x.test', { [key]: `ABCDE${token}` })).toBe('listed');
    expect(filterLookup('x.test', { [key]: `ABCDE${filterTokenOf('x.test', true)}` })).toBe('confirmed');
  });

  it('reads at most one shard per label, and the shard is the one the domain hashes to', () => {
    expect(filterKeysFor('a.b.shop.example').length).toBeLessThanOrEqual(3);
    expect(filterKeysFor('shop.example')).toEqual([FILTER_KEYS.shard(filterShardOf('shop.example'))]);
    expect(filterTokenOf('shop.example', true)).toMatch(/^[A-Za-z0-9_-]{5}$/);
  });

  it('shares one storage read between the gate and the shop script of a frame, per host', async () => {
    const shards = buildFilterShards([['reported-only.test', false]]);
    const reads: string[][] = [];
    const get = async (keys: string[]) => (reads.push(keys), readFrom(shards)('reported-only.test'));
    const world: Record<string, unknown> = {};
    expect(await readFilterOnce(world, 'reported-only.test', get)).toBe('listed');
    expect(await readFilterOnce(world, 'reported-only.test', get)).toBe('listed');
    expect(reads).toHaveLength(1);
    // Another host (another frame's world would be another object, but be safe): its own read.
    expect(await readFilterOnce(world, 'news1.test', async (keys) => (reads.push(keys), {}))).toBeNull();
    expect(reads).toHaveLength(2);
    // A failed read is no hit (the page stays quiet; the worst case is a missing list verdict, never a wrong one).
    expect(await readFilterOnce({}, 'reported-only.test', async () => Promise.reject(new Error('gone')))).toBeNull();
  });

  it('at 500,000 listed domains: ~2.5 MB in all, a page reads ~2.5 KB a shard, false hits about 1 in a million names', () => {
    const listed = Array.from({ length: 500_000 }, (_, i) => [`scam-${i.toString(36)}.example`, i % 10 === 0] as [string, boolean]);
    const shards = buildFilterShards(listed);
    const sizes = Object.values(shards).map((v) => v.length);
    const total = sizes.reduce((a, b) => a + b, 0);
    const mean = total / sizes.length;
    expect(total).toBe(2_500_000); // 5 bytes an entry, nothing else (ASCII: one byte a character)
    expect(mean).toBeCloseTo(2441, 0);
    expect(Math.max(...sizes)).toBeLessThan(3_200); // the fullest shard: still a few KB
    const read = readFrom(shards);
    // Bytes a page reads: its host's shards (www.<site>.example: two names, usually two shards).
    const perPage = Array.from({ length: 1000 }, (_, i) => filterKeysFor(`www.site-${i}.example`).reduce((n, k) => n + shards[k]!.length, 0));
    const meanPerPage = perPage.reduce((a, b) => a + b, 0) / perPage.length;
    expect(Math.max(...perPage)).toBeLessThan(6_000);
    for (const [d, c] of listed.slice(0, 2000)) expect(filterLookup(d, read(d))).toBe(c ? 'confirmed' : 'listed');
    // False hits, counted with a Set of (shard, token) pairs (filterLookup's search is the same test, slower).
    const pairs = new Set(listed.map(([d, c]) => `${filterShardOf(d)}:${filterTokenOf(d, c)}`));
    let falseHits = 0;
    const names = 1_000_000;
    for (let i = 0; i < names; i++) {
      const d = `clean-${i.toString(36)}.test`;
      const s = filterShardOf(d);
      if (pairs.has(`${s}:${filterTokenOf(d, true)}`) || pairs.has(`${s}:${filterTokenOf(d, false)}`)) falseHits++;
    }
    // Expected: 500,000 entries / 1,024 shards / 2^29 tokens × 2 statuses ≈ 1.8 per million names; a page looks up
    // one name per label above the first (usually one or two).
    console.info(`site filter at 500,000: ${total} bytes in all, mean shard ${mean.toFixed(0)} B, max ${Math.max(...sizes)} B, `
      + `a www. page reads ${meanPerPage.toFixed(0)} B on average, false hits ${falseHits} / ${names} names`);
    expect(falseHits).toBeLessThanOrEqual(8);
  }, 120_000);
});
