import { domainSignal, icpProviderId, providerSource, siteRecord } from './helpers';
import type { DomainDetector } from './types';

/**
 * `icp-record-missing` (warn): a shop whose domain the ICP registry does not know (a real not-found, never an
 * unavailable answer), and which shows no well-formed ICP number either. Internet information services in mainland
 * China must be filed or licensed (互联网信息服务管理办法 §4); a shop hosted abroad without a filing is hard to trace.
 * Warn, not danger: a shop aimed at buyers outside the mainland may not need one.
 */
export const icpRecordMissing: DomainDetector = {
  id: 'icp-record-missing',
  detect(input) {
    const { icp } = input;
    if (!input.isShop || icp?.status !== 'not-found' || input.claims.icpNumbers.length > 0) return [];
    if (siteRecord(input)) return [];
    return [
      domainSignal('icp-record-missing', 'warn', [{ quote: `${input.site.domain}: 0`, where: 'icp-lookup' }],
        providerSource(icpProviderId(input), icp.fetchedAt), { domain: input.site.domain }),
    ];
  },
};
