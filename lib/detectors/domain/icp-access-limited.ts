import { domainSignal, providerSource, recordEvidence, siteRecord } from './helpers';
import { isLimitedAccess } from './icp-compare';
import type { DomainDetector } from './types';

/**
 * `icp-access-limited` (danger): this domain's ICP record says 限制接入 = 是 (domain-facts.md §2 cross-check 5): the
 * filing is restricted, so hosting providers in mainland China must not serve the site. A shop that still takes
 * orders under it is operating outside its filing.
 */
export const icpAccessLimited: DomainDetector = {
  id: 'icp-access-limited',
  detect(input) {
    const sr = siteRecord(input);
    if (!sr || !isLimitedAccess(sr.record)) return [];
    return [
      domainSignal('icp-access-limited', 'danger', [recordEvidence(sr.record)], providerSource(sr.provider, sr.fetchedAt), {
        domain: input.site.domain,
        licence: sr.record.serviceLicence || sr.record.mainLicence,
        unit: sr.record.unitName,
      }),
    ];
  },
};
