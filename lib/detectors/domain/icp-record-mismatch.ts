import type { Signal } from '../../core/types';
import {
  claimEvidence, domainSignal, icpByNumberProviderId, providerSource, recordEvidence, siteRecord,
} from './helpers';
import { compareLicence, isExactServiceLicence, recordSite } from './icp-compare';
import { icpNumberForLookup } from './page-claims';
import type { DomainDetector, DomainInputs } from './types';

/**
 * `icp-record-mismatch` (danger): the page shows an ICP number that is not this domain's (domain-facts.md §2
 * cross-check 1) — the commonest fraud is showing a real company's number (§1.4). One signal, `params.kind`:
 * - `borrowed`: a number lookup found the page's number under another registrable domain, and we know it is not also
 *   this domain's: the page's `-N` names exactly that other site, or this domain has no record (not-found) or a
 *   record with another number. A main number without `-N` and no answer for this domain is left alone: the subject
 *   may have filed this domain too.
 * - `differs`: this domain's own record carries another number than every ICP number the page shows.
 * A different `-N` of the same subject is not a mismatch (same holder); an ICP证 licence the filing record cannot
 * confirm is not judged here.
 */
export const icpRecordMismatch: DomainDetector = {
  id: 'icp-record-mismatch',
  detect(input) {
    return borrowed(input) ?? differs(input) ?? [];
  },
};

function borrowed(input: DomainInputs): Signal[] | null {
  const number = icpNumberForLookup(input.claims);
  const by = input.icpByNumber;
  if (!number || by?.status !== 'found') return null;
  const other = recordSite(by.data);
  if (other === null || other === input.site.domain || compareLicence(number, by.data) !== 'match') return null;
  const own = siteRecord(input);
  if (own && compareLicence(number, own.record) === 'match') return null;
  const certain = isExactServiceLicence(number, by.data) || input.icp?.status === 'not-found' || own !== null;
  if (!certain) return null;
  const evidence = [claimEvidence(input.claims, number), recordEvidence(by.data, 'icp-record-of-number')];
  if (own) evidence.push(recordEvidence(own.record, 'icp-record-of-domain'));
  return [
    domainSignal('icp-record-mismatch', 'danger', evidence, providerSource(icpByNumberProviderId(input), by.fetchedAt), {
      kind: 'borrowed', domain: input.site.domain, number,
      recordDomain: by.data.domain, licence: by.data.serviceLicence || by.data.mainLicence, unit: by.data.unitName,
    }),
  ];
}

function differs(input: DomainInputs): Signal[] | null {
  const sr = siteRecord(input);
  if (!sr) return null;
  const compared = input.claims.icpNumbers.map((n) => [n, compareLicence(n, sr.record)] as const);
  if (compared.some(([, r]) => r === 'match')) return null;
  const bad = compared.filter(([, r]) => r === 'differs').map(([n]) => n);
  if (bad.length === 0) return null;
  const evidence = [...bad.slice(0, 3).map((n) => claimEvidence(input.claims, n)), recordEvidence(sr.record, 'icp-record-of-domain')];
  return [
    domainSignal('icp-record-mismatch', 'danger', evidence, providerSource(sr.provider, sr.fetchedAt), {
      kind: 'differs', domain: input.site.domain, number: bad[0]!,
      recordDomain: sr.record.domain || input.site.domain, licence: sr.record.serviceLicence || sr.record.mainLicence,
      unit: sr.record.unitName,
    }),
  ];
}
