import { domainSignal, providerSource } from './helpers';
import type { DomainDetector } from './types';

/** EPP / RDAP statuses that take a domain out of the DNS (RFC 9083 §10.2.2 `client hold`, `server hold`). */
const HOLD = new Set(['clienthold', 'serverhold']);

/**
 * `domain-on-hold` (danger): RDAP lists `client hold` or `server hold` (also written `clientHold` / `serverHold` /
 * `client_hold`): the registrar or the registry has suspended the domain, which they do for abuse (phishing, fraud)
 * or non-payment. A shop still reachable under a held domain is served from a cache or a changed resolver.
 */
export const domainOnHold: DomainDetector = {
  id: 'domain-on-hold',
  detect(input) {
    const rdap = input.rdap;
    if (rdap?.status !== 'found') return [];
    const held = rdap.data.status.filter((s) => HOLD.has(s.toLowerCase().replace(/[\s_-]+/g, '')));
    if (held.length === 0) return [];
    return [
      domainSignal('domain-on-hold', 'danger', held.map((s) => ({ quote: s, where: 'rdap.status' })), providerSource('rdap', rdap.fetchedAt), {
        domain: input.site.domain, status: held.join(', '),
      }),
    ];
  },
};
