// Compiled lookup: one Map keyed by domain; a query walks the host's suffixes from the full host name down to its
// registrable domain (at most one Map.get per label, never a scan of the list). It never goes above the registrable
// domain, so an entry for a shared-hosting root (github.io) could not flag the sites under it.
// The walk (rather than one get) keeps lists and extension agreeing when their Public Suffix List copies differ.
import { isReservedName, siteKey } from '../core/domain';
import type { IcpRecord } from '../core/types';
import { isExpired, type AllowEntry, type RiskEntry, type RiskList } from './format';

/** Everything the list says about one domain. */
export type ListSlot = { entry?: RiskEntry; allow?: AllowEntry; icp?: IcpRecord | null };

/** What the list says about a site. Both absent: not on the list. */
export type ListMatch = { entry?: RiskEntry; allow?: AllowEntry };

export type ListInfo = { version: number; generatedAt: number };

export type CompiledList = ListInfo & {
  counts: { entries: number; allow: number; icpRecords: number; expired: number };
  /** `domain` may be a host name, a URL, punycode or Unicode. `now` defaults to the time the list was compiled. */
  match(domain: string, now?: number): ListMatch;
  /** ICP record the list carries for this registrable domain: a record, null ("none exists"), or undefined (not on it). */
  icpRecord(domain: string): IcpRecord | null | undefined;
};

export type SlotMap = Pick<Map<string, ListSlot>, 'get' | 'set' | 'size'>;

/** Host name and registrable domain (punycode) of a domain or URL, or null when there is nothing to look up. */
export function listKey(input: string): { hostname: string; domain: string } | null {
  const trimmed = input.trim();
  const key = siteKey(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  if (!key || key.isIp || !key.domain.includes('.')) return null;
  // Not lookupable and not a reserved test name: a public suffix itself (github.io, com) or a bare host.
  if (!key.lookupable && !isReservedName(key.domain)) return null;
  return { hostname: key.hostname, domain: key.domain };
}

/** `a.b.shop.example` (registrable `shop.example`) → [a.b.shop.example, b.shop.example, shop.example]. */
export function suffixesOf(hostname: string, domain: string): string[] {
  const out: string[] = [];
  let rest = hostname;
  while (rest.length > domain.length && rest.endsWith(`.${domain}`)) {
    out.push(rest);
    rest = rest.slice(rest.indexOf('.') + 1);
  }
  out.push(domain);
  return out;
}

/**
 * Precedence over the suffixes walked (most specific first): allow beats reported; a confirmed entry beats an
 * allow entry only when it names a more specific domain (on the same domain the two are a list error, rejected
 * by the schema); expired entries are ignored.
 */
export function resolveMatch(slots: ReadonlyArray<ListSlot | undefined>, now: number): ListMatch {
  let entry: RiskEntry | undefined;
  let entryDepth = -1;
  let allow: AllowEntry | undefined;
  let allowDepth = -1;
  slots.forEach((slot, depth) => {
    if (!slot) return;
    if (!entry && slot.entry && !isExpired(slot.entry, now)) [entry, entryDepth] = [slot.entry, depth];
    if (!allow && slot.allow) [allow, allowDepth] = [slot.allow, depth];
  });
  if (entry?.status === 'confirmed' && (!allow || entryDepth < allowDepth)) return { entry };
  if (allow) return { allow };
  return entry ? { entry } : {};
}

export function slotsOf(list: Pick<RiskList, 'entries' | 'allow' | 'icpRecords'>, now: number, map: SlotMap = new Map()) {
  let expired = 0;
  const slot = (domain: string): ListSlot => {
    let s = map.get(domain);
    if (!s) map.set(domain, (s = {}));
    return s;
  };
  for (const e of list.entries) {
    if (isExpired(e, now)) expired++;
    else slot(e.domain).entry = e;
  }
  for (const a of list.allow) slot(a.domain).allow = a;
  const icp = Object.entries(list.icpRecords ?? {});
  for (const [domain, record] of icp) slot(domain).icp = record;
  return { map, counts: { entries: list.entries.length - expired, allow: list.allow.length, icpRecords: icp.length, expired } };
}

/** Build the lookup once per list (and per service-worker wake); entries already expired at `now` are dropped. */
export function compileList(list: RiskList, now: number, opts: { map?: SlotMap } = {}): CompiledList {
  const { map, counts } = slotsOf(list, now, opts.map);
  return compiledFrom(map, { version: list.version, generatedAt: Date.parse(list.generatedAt) }, counts, now);
}

export function compiledFrom(map: SlotMap, info: ListInfo, counts: CompiledList['counts'], compiledAt: number): CompiledList {
  return {
    ...info,
    counts,
    match(domain, now = compiledAt) {
      const key = listKey(domain);
      if (!key) return {};
      return resolveMatch(suffixesOf(key.hostname, key.domain).map((s) => map.get(s)), now);
    },
    icpRecord(domain) {
      const key = listKey(domain);
      return key ? map.get(key.domain)?.icp : undefined;
    },
  };
}
