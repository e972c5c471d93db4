import { domainSignal, providerSource, recordEvidence, siteRecord } from './helpers';
import { isPersonalNature } from './icp-compare';
import type { DomainDetector } from './types';

/**
 * `icp-record-personal` (warn): the shop's domain is filed by a natural person (主办单位性质 个人; 个体 forms too).
 * Individuals may file non-commercial sites but cannot hold an ICP经营许可证, which commercial services need
 * (互联网信息服务管理办法 §4; domain-facts.md §2 cross-check 2). Only on shop pages: a personal blog is fine.
 */
export const icpRecordPersonal: DomainDetector = {
  id: 'icp-record-personal',
  detect(input) {
    if (!input.isShop) return [];
    const sr = siteRecord(input);
    if (!sr || !isPersonalNature(sr.record.natureName)) return [];
    return [
      domainSignal('icp-record-personal', 'warn', [recordEvidence(sr.record)], providerSource(sr.provider, sr.fetchedAt), {
        domain: input.site.domain,
        licence: sr.record.serviceLicence || sr.record.mainLicence,
        unit: sr.record.unitName,
        nature: sr.record.natureName,
      }),
    ];
  },
};
