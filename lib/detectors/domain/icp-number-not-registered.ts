import { claimEvidence, domainSignal, icpProviderId, providerSource, siteRecord } from './helpers';
import { compareLicence, recordSite } from './icp-compare';
import { icpNumberForLookup } from './page-claims';
import type { DomainDetector, DomainInputs } from './types';

/**
 * `icp-number-not-registered` (danger): the page shows a well-formed ICP number, and the registry answered that this
 * domain has no record. Only a real not-found counts: an unavailable, blocked or absent answer says nothing
 * (domain-facts.md §2: a WAF block looks exactly like "not filed" and must read as unavailable). When a number lookup
 * found the number under another domain, `icp-record-mismatch` (borrowed) tells the sharper story and this stays
 * silent.
 */
export const icpNumberNotRegistered: DomainDetector = {
  id: 'icp-number-not-registered',
  detect(input) {
    const { icp, claims } = input;
    if (icp?.status !== 'not-found' || claims.icpNumbers.length === 0) return [];
    if (siteRecord(input) || numberBelongsElsewhere(input)) return [];
    const evidence = [
      ...claims.icpNumbers.slice(0, 3).map((n) => claimEvidence(claims, n)),
      { quote: `${input.site.domain}: 0`, where: 'icp-lookup' },
    ];
    return [
      domainSignal('icp-number-not-registered', 'danger', evidence, providerSource(icpProviderId(input), icp.fetchedAt), {
        domain: input.site.domain, number: claims.icpNumbers[0]!,
      }),
    ];
  },
};

function numberBelongsElsewhere(input: DomainInputs): boolean {
  const number = icpNumberForLookup(input.claims);
  const by = input.icpByNumber;
  if (!number || by?.status !== 'found') return false;
  const other = recordSite(by.data);
  return other !== null && other !== input.site.domain && compareLicence(number, by.data) === 'match';
}
