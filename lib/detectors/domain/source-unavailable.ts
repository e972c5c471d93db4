import type { LookupResult, Signal } from '../../core/types';
import { domainSignal, icpByNumberProviderId, icpProviderId, providerSource } from './helpers';
import type { DomainDetector } from './types';

/**
 * Reasons that mean "not asked" (source off, a local / reserved name) or "local data simply does not cover this
 * site" (records): the source-status row shows them; they are not a failure worth a reason of their own.
 */
const NOT_A_FAILURE = new Set(['not-configured', 'not-lookupable', 'not-in-records']);

/**
 * `source-unavailable` (info): one signal per data source that could not answer (`params.source` = `icp` | `rdap`,
 * `params.reason` = the provider's reason), so the person sees 备案: 未能查询 rather than silence — and knows that
 * "nothing bad found" may just mean "nothing checked". The ICP number lookup speaks for `icp` only when the domain
 * lookup was not asked.
 */
export const sourceUnavailable: DomainDetector = {
  id: 'source-unavailable',
  detect(input) {
    const out: Signal[] = [];
    const add = (source: 'icp' | 'rdap', provider: string, answer: LookupResult<unknown> | undefined) => {
      if (answer?.status !== 'unavailable' || NOT_A_FAILURE.has(answer.reason)) return;
      out.push(domainSignal('source-unavailable', 'info', [{ quote: answer.reason, where: `${source}-lookup` }],
        providerSource(provider, input.now), { source, provider, reason: answer.reason, domain: input.site.domain }));
    };
    if (input.icp) add('icp', icpProviderId(input), input.icp);
    else add('icp', icpByNumberProviderId(input), input.icpByNumber);
    add('rdap', 'rdap', input.rdap);
    return out;
  },
};
