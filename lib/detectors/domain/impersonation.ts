import type { Severity } from '../../core/types';
import { domainSignal, vendorListSource } from './helpers';
import { findLookalike } from './lookalike';
import { vendorDisplayName } from './vendors';
import type { DomainDetector } from './types';

/**
 * `impersonation` (danger): the registrable domain imitates an official vendor (lookalike.ts): a vendor domain put in
 * front of another domain, a brand spelt with look-alike characters, or a brand glued to shop words (`qq-pay`,
 * `tenpay-kami`). A vendor's own domains and their subdomains never match. Refined to warn for `same-name` (exactly a
 * brand under another suffix): vendors own country domains the list does not name, so that alone is not proof.
 * Only documented confusables are folded: `tenpav` (v for y) or `steamcommunlty` are not caught — edit distance
 * would catch them and flag every short brand's neighbours with them.
 */
export const impersonation: DomainDetector = {
  id: 'impersonation',
  detect(input) {
    const hit = findLookalike(input.site, input.vendors);
    if (!hit) return [];
    const severity: Severity = hit.kind === 'same-name' ? 'warn' : 'danger';
    const official = hit.vendor.domains.slice(0, 4).join(', ');
    return [
      domainSignal('impersonation', severity, [{ quote: input.site.hostname, where: `lookalike:${hit.kind}` }], vendorListSource(input), {
        domain: input.site.domain, label: hit.label, brand: hit.brand, kind: hit.kind,
        vendor: vendorDisplayName(hit.vendor), vendorId: hit.vendor.id, official,
      }),
    ];
  },
};
