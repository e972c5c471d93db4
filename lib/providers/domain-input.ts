// What a provider may send: the registrable domain, in punycode, and nothing else. Callers already pass one
// (Provider contract); this reduces anything else (a host, a stray path or query) to it, so a caller's mistake can
// never leak a page's path to a data source.
import { siteKey } from '../core/domain';

/** The registrable domain to look up, or null for IPs, single labels and reserved names (never sent anywhere). */
export function lookupDomain(input: string): string | null {
  const host = input.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#\\]/)[0] ?? '';
  if (!host || /[@\s:]/.test(host)) return null;
  const key = siteKey(`https://${host}/`);
  return key && key.lookupable && isDnsName(key.domain) ? key.domain : null;
}

/** RFC 1035 / 5891 shape after punycode: LDH labels of 1–63 octets, 253 in all. */
function isDnsName(name: string): boolean {
  return name.length <= 253 && name.split('.').every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l));
}

/** Case, trailing dot and IDN form folded, without reducing to the registrable domain (local record keys). */
export function normaliseDomainKey(input: string): string {
  const lower = input.trim().toLowerCase().replace(/(?<!\.)\.+$/, '');
  try {
    return new URL(`https://${lower}/`).hostname || lower;
  } catch {
    return lower;
  }
}

/**
 * A local table keyed by domain (CLI --records, list records): keys folded once; a lookup tries the name as given,
 * then its registrable domain, so `www.shop.com` finds `shop.com`. Undefined = the table does not cover it.
 */
export function localTable<V>(entries: Readonly<Record<string, V>>): (domain: string) => { key: string; value: V } | undefined {
  const map = new Map<string, V>();
  for (const [k, v] of Object.entries(entries)) map.set(normaliseDomainKey(k), v);
  return (domain) => {
    const key = normaliseDomainKey(domain);
    const site = siteKey(`https://${key}/`)?.domain;
    for (const k of [key, site]) if (k !== undefined && map.has(k)) return { key: k, value: map.get(k) as V };
    return undefined;
  };
}
