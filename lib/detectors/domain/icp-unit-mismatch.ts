import { claimEvidence, domainSignal, providerSource, recordEvidence, siteRecord } from './helpers';
import { unitMatches } from './icp-compare';
import type { DomainDetector } from './types';

/**
 * `icp-unit-mismatch` (warn): the company the page names as its operator (beside 营业执照 / 信用代码 / 经营者 /
 * 主办单位 / 版权所有) is not the 主办单位 of this domain's ICP record (domain-facts.md §2 cross-check 3). Names are
 * compared after NFKC with spaces and brackets removed; one containing the other counts as the same (北京某某科技有限公司
 * vs 某某科技有限公司). Warn, not danger: groups file under a parent or a sister company.
 */
export const icpUnitMismatch: DomainDetector = {
  id: 'icp-unit-mismatch',
  detect(input) {
    const sr = siteRecord(input);
    const companies = input.claims.companies;
    if (!sr || companies.length === 0 || !sr.record.unitName.trim()) return [];
    if (companies.some((c) => unitMatches(c, sr.record.unitName))) return [];
    const evidence = [...companies.slice(0, 3).map((c) => claimEvidence(input.claims, c)), recordEvidence(sr.record)];
    return [
      domainSignal('icp-unit-mismatch', 'warn', evidence, providerSource(sr.provider, sr.fetchedAt), {
        domain: input.site.domain, company: companies[0]!, unit: sr.record.unitName,
      }),
    ];
  },
};
