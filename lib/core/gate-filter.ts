// The interstitial's prefilter (docs/interstitial.md): the domains the community list marks `confirmed`, hashed and
// sharded into a few extension-storage keys, so the small document_start content script can rule a page out without waking
// the service worker. Only a possible hit asks the background, which decides from the list itself (allow entries,
// expiry, the person's own "仍要访问"). Pure and dependency-free on purpose: content scripts import it (no zod, no
// tldts), so it walks the host's suffixes instead of computing the registrable domain.

/** Storage keys: `gate:meta` says which list the shards describe; `gate:s<n>` holds shard n. */
export const GATE_KEYS = { meta: 'gate:meta', shard: (n: number) => `gate:s${n}` } as const;

/**
 * 64 shards of 8-byte tokens: 500,000 confirmed domains make ~62 KB shards and ~4 MB in all (storage.local allows
 * 10 MB in Chrome); a page reads at most one shard per label of its host, usually one or two.
 */
export const GATE_SHARDS = 64;

export type GateMeta = { listVersion: number; builtAt: number; shards: number; domains: number };

/** FNV-1a (32-bit) over UTF-16 code units from `basis`. Stable: stored shards depend on it. */
function fnv1a(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Which shard a name lives in. */
export const gateShardOf = (domain: string, shards = GATE_SHARDS): number => fnv1a(domain, 0x811c9dc5) % shards;

/**
 * The name's token in its shard: a second 32-bit hash (another basis), 7 base-36 digits. Tokens rather than the
 * names keep 500,000 entries within storage.local's quota; two names sharing shard and token (about 2 in a million
 * lookups at 500,000 entries) only cost one message, because the background decides from the list itself.
 */
export const gateTokenOf = (domain: string): string => fnv1a(domain, 0x050c5d1f).toString(36).padStart(7, '0');

/**
 * The names a host could be listed under: itself and each parent with at least two labels
 * (`a.b.shop.example` → a.b.shop.example, b.shop.example, shop.example). URL hostnames are already lower-case
 * punycode; a trailing dot is dropped. IP literals and single labels give nothing (the list never holds them).
 */
export function gateCandidates(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || host.startsWith('[') || /^[\d.]+$/.test(host)) return [];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2 && out.length < 10; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/** A shard is one string of tokens, `\n`-separated and `\n`-framed, so a membership test is one `includes`. */
export function buildGateShards(domains: Iterable<string>, shards = GATE_SHARDS): Record<string, string> {
  const groups: string[][] = Array.from({ length: shards }, () => []);
  for (const d of new Set(domains)) groups[gateShardOf(d, shards)]!.push(gateTokenOf(d));
  const out: Record<string, string> = {};
  groups.forEach((g, n) => {
    out[GATE_KEYS.shard(n)] = g.length ? `\n${g.sort().join('\n')}\n` : '';
  });
  return out;
}

/** The storage keys a host's candidates live in (deduplicated). */
export function gateKeysFor(hostname: string, shards = GATE_SHARDS): string[] {
  return [...new Set(gateCandidates(hostname).map((c) => GATE_KEYS.shard(gateShardOf(c, shards))))];
}

/** Whether any candidate of `hostname` is in the shards read (`stored`: key → shard string). */
export function gateMayMatch(hostname: string, stored: Record<string, unknown>, shards = GATE_SHARDS): boolean {
  return gateCandidates(hostname).some((c) => {
    const shard = stored[GATE_KEYS.shard(gateShardOf(c, shards))];
    return typeof shard === 'string' && shard.includes(`\n${gateTokenOf(c)}\n`);
  });
}
