import type { Evidence, Severity } from '../../core/types';
import { claimEvidence, domainSignal, siteRecord, vendorListSource } from './helpers';
import { findLookalike, vendorForSite } from './lookalike';
import { findVendorClaims } from './vendor-claims';
import { vendorDisplayName } from './vendors';
import type { DomainDetector } from './types';

/**
 * `impersonation` (danger): the site passes itself off as an official vendor while its registrable domain is none of
 * the vendor's (docs/detectors/impersonation.md).
 * - From the host (lookalike.ts): a vendor domain put in front of another domain or glued to a dash, a brand spelt
 *   with look-alike characters, or a brand glued to shop words (`qq-pay`, `tenpay-kami`). A vendor's own domains and
 *   their subdomains never match. Refined to warn for `same-name` (exactly a brand under another suffix): vendors own
 *   country domains the list does not name, so that alone is not proof. Only documented confusables are folded.
 * - From the page (vendor-claims.ts), on a shop only: the vendor's filing / licence number, the vendor as copyright
 *   holder, or the vendor named as the site itself ("腾讯官方充值中心", "… - 京东"). Selling a vendor's goods, naming
 *   it in text or linking to it is no claim. Silent when the registry files this very domain under the number shown
 *   (the vendor's own site that the list does not name).
 * One signal: the host's finding first, the page's claims as further evidence; a page claim makes it danger.
 */
export const impersonation: DomainDetector = {
  id: 'impersonation',
  detect(input) {
    if (vendorForSite(input.site, input.vendors)) return [];
    const host = findLookalike(input.site, input.vendors);
    const record = siteRecord(input)?.record;
    const filed = record ? [record.mainLicence, record.serviceLicence].map((n) => n.replace(/-\d{1,4}$/, '').replace(/号$/, '')) : [];
    const page = input.isShop
      ? findVendorClaims(input.claims, input.vendors).filter((c) => c.kind !== 'page-licence' || !filed.includes(c.match.replace(/号$/, '')))
      : [];
    const vendor = host?.vendor ?? page[0]?.vendor;
    if (!vendor) return [];
    const mine = page.filter((c) => c.vendor === vendor);
    const evidence: Evidence[] = [];
    if (host) evidence.push({ quote: input.site.hostname, where: `lookalike:${host.kind}` });
    for (const c of mine) evidence.push({ ...claimEvidence(input.claims, c.key), where: `claim:${c.kind}` });
    const severity: Severity = host?.kind === 'same-name' && mine.length === 0 ? 'warn' : 'danger';
    const first = mine[0];
    return [
      domainSignal('impersonation', severity, evidence, vendorListSource(input), {
        domain: input.site.domain,
        label: host?.label ?? first!.key,
        brand: host?.brand ?? first!.match,
        kind: host?.kind ?? first!.kind,
        claim: host ? input.site.hostname : first!.quote,
        vendor: vendorDisplayName(vendor), vendorId: vendor.id,
        official: vendor.domains.slice(0, 4).join(', '),
        ...(host && first ? { pageClaim: first.kind } : {}),
      }),
    ];
  },
};
