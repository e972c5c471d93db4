// Rules a list must pass before it is built and signed (design.md: "Shared-hosting roots are never listable").
// They need the Public Suffix List (tldts), so they run in the maintainer tools, not on every device.
import { getDomain, getPublicSuffix, parse } from 'tldts';

/**
 * Roots whose sub-sites belong to unrelated customers. Most are in the PSL private section (and are refused for
 * that reason too); the ones that are not (gitee.io, weebly.com, object storage hosts…) are refused here, and since
 * their customers' sites are then subdomains of a registrable domain, those cannot be listed either.
 */
export const SHARED_HOSTING_ROOTS: ReadonlySet<string> = new Set([
  'github.io', 'gitlab.io', 'gitee.io', 'bitbucket.io', 'coding.me', 'vercel.app', 'netlify.app', 'pages.dev', 'workers.dev',
  'r2.dev', 'web.app', 'firebaseapp.com', 'herokuapp.com', 'onrender.com', 'fly.dev', 'glitch.me', 'repl.co',
  'surge.sh', 'blogspot.com', 'wordpress.com', 'wixsite.com', 'weebly.com', 'myshopify.com', 'notion.site',
  'carrd.co', 'azurewebsites.net', 'cloudfront.net', 'appspot.com', 'ngrok.io', 'ngrok-free.app',
  'myqcloud.com', 'aliyuncs.com', 'bcebos.com', 'clouddn.com', 'qiniudn.com', 'tcloudbaseapp.com', 'ipfs.io',
]);

export type DomainProblem =
  | 'not-lowercase' | 'not-punycode' | 'syntax' | 'ip-address' | 'public-suffix' | 'shared-hosting' | 'not-registrable';

/** Why `domain` cannot be a list key, or null when it can: lower-case punycode, registrable, not shared hosting. */
export function listDomainProblem(domain: string): { problem: DomainProblem; hint: string } | null {
  if (domain !== domain.toLowerCase()) return { problem: 'not-lowercase', hint: `write it as ${domain.toLowerCase()}` };
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}/`).hostname;
  } catch {
    return { problem: 'syntax', hint: 'not a host name' };
  }
  if (ascii !== domain) return { problem: 'not-punycode', hint: `write it as ${ascii}` };
  if (!/^[a-z0-9.-]+$/.test(domain) || domain.split('.').some((l) => !l || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) {
    return { problem: 'syntax', hint: 'labels of a-z, 0-9 and inner hyphens' };
  }
  const parsed = parse(domain, { allowPrivateDomains: true });
  if (parsed.isIp) return { problem: 'ip-address', hint: 'IP addresses are not listable' };
  if (getPublicSuffix(domain, { allowPrivateDomains: true }) === domain) {
    return { problem: 'public-suffix', hint: parsed.isPrivate ? 'a public suffix (PSL private section): shared hosting' : 'a public suffix' };
  }
  if (SHARED_HOSTING_ROOTS.has(domain)) return { problem: 'shared-hosting', hint: 'a shared-hosting root: list the customer\'s own site (x.root) where the PSL makes it one' };
  const registrable = getDomain(domain, { allowPrivateDomains: true });
  if (registrable !== domain) {
    const under = registrable && SHARED_HOSTING_ROOTS.has(registrable) ? ` (a site on the shared host ${registrable}, which the PSL does not separate)` : '';
    return { problem: 'not-registrable', hint: `list the registrable domain ${registrable ?? '?'} instead${under}` };
  }
  return null;
}
