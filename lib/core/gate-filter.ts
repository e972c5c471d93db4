// The interstitial's prefilter (docs/interstitial.md): the domains the community list marks `confirmed`, sharded
// into a few extension-storage keys, so the small document_start content script can rule a page out without waking
// the service worker. Only a possible hit asks the background, which decides from the list itself (allow entries,
// expiry, the person's own "仍要访问"). Pure and dependency-free on purpose: content scripts import it (no zod, no
// tldts), so it walks the host's suffixes instead of computing the registrable domain.

/** Storage keys: `gate:meta` says which list the shards describe; `gate:s<n>` holds shard n. */
export const GATE_KEYS = { meta: 'gate:meta', shard: (n: number) => `gate:s${n}` } as const;

/** 64 shards: 500,000 confirmed domains (~20 bytes each) make ~160 KB shards; a page reads at most one per label. */
export const GATE_SHARDS = 64;

export type GateMeta = { listVersion: number; builtAt: number; shards: number; domains: number };

/** FNV-1a (32-bit) over UTF-16 code units, mod `shards`. Stable: stored shards depend on it. */
export function gateShardOf(domain: string, shards = GATE_SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < domain.length; i++) {
    h ^= domain.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

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

/** A shard is one string, `\n`-separated and `\n`-framed, so a membership test is one `includes` without parsing. */
export function buildGateShards(domains: Iterable<string>, shards = GATE_SHARDS): Record<string, string> {
  const groups: string[][] = Array.from({ length: shards }, () => []);
  for (const d of new Set(domains)) groups[gateShardOf(d, shards)]!.push(d);
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
    return typeof shard === 'string' && shard.includes(`\n${c}\n`);
  });
}
