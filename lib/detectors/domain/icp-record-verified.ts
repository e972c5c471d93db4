import { claimEvidence, domainSignal, providerSource, recordEvidence, siteRecord } from './helpers';
import { compareLicence, isLimitedAccess, isPersonalNature } from './icp-compare';
import type { DomainDetector } from './types';

/**
 * `icp-record-verified` (good — green evidence by verdict rule 6): the ICP registry holds a record for this very
 * registrable domain, held by an organisation, not restricted, and the number the page shows is that record's
 * (domain-facts.md §2 cross-check 1; a page showing the main number without `-N` matches) — or the page shows none.
 *
 * Nature: 企业 and every other organisation (事业单位, 政府机关, 社会团体, 民办非企业单位 …) count, since each is a
 * registered, accountable body; 个人 and 个体 never do (`icp-record-personal` speaks), and an empty nature is unknown,
 * which is not safe. `params.nature` shows which it was. An ICP证 number on the page that the filing record cannot
 * confirm (a licence is verified on tsm.miit.gov.cn) neither helps nor hurts.
 */
export const icpRecordVerified: DomainDetector = {
  id: 'icp-record-verified',
  detect(input) {
    const sr = siteRecord(input);
    if (!sr) return [];
    const { record } = sr;
    const nature = record.natureName.trim();
    if (!nature || isPersonalNature(nature) || isLimitedAccess(record)) return [];
    const compared = input.claims.icpNumbers.map((n) => [n, compareLicence(n, record)] as const);
    const matched = compared.filter(([, r]) => r === 'match').map(([n]) => n);
    if (matched.length === 0 && compared.some(([, r]) => r === 'differs')) return [];
    const evidence = [recordEvidence(record), ...matched.slice(0, 3).map((n) => claimEvidence(input.claims, n))];
    return [
      domainSignal('icp-record-verified', 'good', evidence, providerSource(sr.provider, sr.fetchedAt), {
        domain: input.site.domain,
        licence: record.serviceLicence || record.mainLicence,
        unit: record.unitName,
        nature,
      }),
    ];
  },
};
