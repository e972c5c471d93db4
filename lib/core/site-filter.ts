// The site filter (docs/no-wake.md): every domain the community list names (reported, confirmed, allow-listed) and
// every site the person trusted or blocked, hashed and sharded into extension-storage keys, so the content scripts
// rule an ordinary page out without waking the service worker. One filter, one status bit per entry: `confirmed`
// (the document_start gate's full-page warning, docs/interstitial.md) or merely `listed` (the page's verdict needs
// the background). A hit only asks the background, which decides from the list itself (allow entries, expiry,
// the person's own choices): a false hit costs one message, never a wrong verdict. Pure and dependency-free on
// purpose: both content scripts import it (no zod, no tldts), so it walks the host's suffixes instead of computing
// the registrable domain.

/** Storage keys: `filter:meta` says which list (and format) the shards describe; `filter:s<n>` holds shard n. */
export const FILTER_KEYS = { meta: 'filter:meta', shard: (n: number) => `filter:s${n}` } as const;

/** The keys of the confirmed-only prefilter earlier builds kept (64 shards); removed when this filter is built. */
export const LEGACY_GATE_KEYS = ['gate:meta', ...Array.from({ length: 64 }, (_, n) => `gate:s${n}`)];

/**
 * 1,024 shards of 5-character tokens: 500,000 listed domains make ~2.4 KB shards and ~2.4 MB in all (storage.local
 * allows 10 MB in Chrome). Every page pays one shard read per label of its host (usually one or two), so a shard
 * must stay a few KB; more shards would only add keys (tests/core/site-filter.test.ts measures both).
 */
export const FILTER_SHARDS = 1024;
/** Bumped when the hashing or the encoding changes: a stored filter of another format is rebuilt. */
export const FILTER_FORMAT = 1;
const TOKEN_CHARS = 5;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type FilterMeta = { format: number; listVersion: number; builtAt: number; shards: number; domains: number };
/** What the filter may say about a host: a confirmed entry (the gate), some other mention, or nothing. */
export type FilterHit = 'confirmed' | 'listed' | null;

/** FNV-1a (32-bit) over UTF-16 code units from `basis`, then murmur3's finaliser so the low bits mix well. */
function hash(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Which shard a name lives in. Stable: stored shards depend on it (FILTER_FORMAT). */
export const filterShardOf = (domain: string, shards = FILTER_SHARDS): number => hash(domain, 0x811c9dc5) % shards;

/**
 * The name's token in its shard: 29 bits of a second hash and the status bit, as 5 characters of a 64-letter
 * alphabet (30 bits). Tokens rather than names keep 500,000 entries small; two names sharing shard and token
 * (about 2 in a million page loads at 500,000 entries) only cost one message.
 */
export function filterTokenOf(domain: string, confirmed: boolean): string {
  const v = ((hash(domain, 0x050c5d1f) >>> 3) << 1) | (confirmed ? 1 : 0);
  let out = '';
  for (let k = 0; k < TOKEN_CHARS; k++) out += ALPHABET[(v >>> (6 * k)) & 63];
  return out;
}

/**
 * The names a host could be listed under: itself and each parent with at least two labels
 * (`a.b.shop.example` → a.b.shop.example, b.shop.example, shop.example). URL hostnames are already lower-case
 * punycode; a trailing dot is dropped. IP literals and single labels give nothing (the list never holds them).
 */
export function filterCandidates(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || host.startsWith('[') || /^[\d.]+$/.test(host)) return [];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2 && out.length < 10; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/**
 * A shard is its tokens, sorted and concatenated without separators (5 bytes an entry). `domains`: name → whether
 * it is confirmed; a name given twice is confirmed when either says so.
 */
export function buildFilterShards(domains: Iterable<readonly [string, boolean]>, shards = FILTER_SHARDS): Record<string, string> {
  const merged = new Map<string, boolean>();
  for (const [d, confirmed] of domains) merged.set(d, confirmed || merged.get(d) === true);
  const groups: string[][] = Array.from({ length: shards }, () => []);
  for (const [d, confirmed] of merged) groups[filterShardOf(d, shards)]!.push(filterTokenOf(d, confirmed));
  const out: Record<string, string> = {};
  groups.forEach((g, n) => {
    out[FILTER_KEYS.shard(n)] = g.sort().join('');
  });
  return out;
}

/** Whether `token` is one of the shard's tokens (found at a token boundary, not across two of them). */
function hasToken(shard: string, token: string): boolean {
  for (let i = shard.indexOf(token); i >= 0; i = shard.indexOf(token, i + 1)) if (i % TOKEN_CHARS === 0) return true;
  return false;
}

/** The storage keys a host's candidates live in (deduplicated). */
export function filterKeysFor(hostname: string, shards = FILTER_SHARDS): string[] {
  return [...new Set(filterCandidates(hostname).map((c) => FILTER_KEYS.shard(filterShardOf(c, shards))))];
}

/** What the shards read (`stored`: key → shard string) say about `hostname`. Nothing read: null. */
export function filterLookup(hostname: string, stored: Record<string, unknown>, shards = FILTER_SHARDS): FilterHit {
  let hit: FilterHit = null;
  for (const c of filterCandidates(hostname)) {
    const shard = stored[FILTER_KEYS.shard(filterShardOf(c, shards))];
    if (typeof shard !== 'string') continue;
    if (hasToken(shard, filterTokenOf(c, true))) return 'confirmed';
    if (hasToken(shard, filterTokenOf(c, false))) hit = 'listed';
  }
  return hit;
}

/**
 * One storage read per frame, shared by the two content scripts (they run in the same isolated world of a frame,
 * so `holder` — that world's globalThis — is the same object for both; tests/e2e/no-wake.e2e.test.ts checks it):
 * the document_start gate starts the read, the shop script's DOMContentLoaded check reuses its answer for the same host.
 */
export const SHARED_READ_KEY = '__kadunSiteFilter';
type SharedRead = { host: string; read: Promise<Record<string, unknown>> };

export function readFilterOnce(
  holder: Record<string, unknown>,
  hostname: string,
  get: (keys: string[]) => Promise<Record<string, unknown>>,
): Promise<FilterHit> {
  const prior = holder[SHARED_READ_KEY] as SharedRead | undefined;
  let read = prior?.host === hostname ? prior.read : undefined;
  if (!read) {
    const keys = filterKeysFor(hostname);
    read = keys.length ? get(keys).catch(() => ({})) : Promise.resolve({});
    holder[SHARED_READ_KEY] = { host: hostname, read } satisfies SharedRead;
  }
  return read.then((stored) => filterLookup(hostname, stored));
}
