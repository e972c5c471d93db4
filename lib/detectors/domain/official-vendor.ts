import { domainSignal, vendorListSource } from './helpers';
import { vendorForSite } from './lookalike';
import { vendorDisplayName } from './vendors';
import type { DomainDetector } from './types';

/**
 * `official-vendor` (good — green evidence by verdict rule 6): the registrable domain is one of an official vendor's
 * own domains in the bundled list (subdomains included: pay.qq.com is qq.com). Only the vendor list speaks here; a
 * shop that merely names a vendor on its page gets nothing.
 */
export const officialVendor: DomainDetector = {
  id: 'official-vendor',
  detect(input) {
    const vendor = vendorForSite(input.site, input.vendors);
    if (!vendor) return [];
    return [
      domainSignal('official-vendor', 'good', [{ quote: input.site.hostname, where: 'vendor-list' }], vendorListSource(input), {
        domain: input.site.domain, vendor: vendorDisplayName(vendor), vendorId: vendor.id,
      }),
    ];
  },
};
