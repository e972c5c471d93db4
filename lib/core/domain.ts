import { parse } from 'tldts';

export type SiteKey = {
  /** Registrable domain in punycode (`shop.example`), or the bare host for IPs and single-label hosts. */
  domain: string;
  hostname: string;
  /** False for IPs, localhost and hosts without a public suffix: nothing about them is looked up remotely. */
  lookupable: boolean;
  isIp: boolean;
};

/**
 * The one key every verdict, cache entry, list lookup and outgoing request uses. WHATWG URL parsing gives the
 * punycode form of IDNs (tldts leaves Unicode as is); `allowPrivateDomains` makes `a.github.io` its own site,
 * so a shared-hosting root is never what we judge.
 */
export function siteKey(input: string | URL): SiteKey | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const hostname = url.hostname.replace(/\.$/, '').toLowerCase();
  if (!hostname) return null;
  const parsed = parse(hostname, { allowPrivateDomains: true });
  if (parsed.isIp || hostname.startsWith('[')) return { domain: hostname, hostname, lookupable: false, isIp: true };
  if (!parsed.domain) return { domain: hostname, hostname, lookupable: false, isIp: false };
  return { domain: parsed.domain, hostname, lookupable: !isReservedName(parsed.domain), isIp: false };
}

/** Names that no public registry answers for (RFC 2606 / 6761): never sent to a data source. */
export function isReservedName(domain: string): boolean {
  return /(^|\.)(localhost|test|example|invalid|local)$/.test(domain) || /\.example\.(com|net|org)$/.test(domain) || /^example\.(com|net|org)$/.test(domain);
}
