// Builders for DomainInputs in the domain-detector tests: a site, ICP records with MIIT's field names, RDAP summaries
// and answers in every state. Dates are pinned to the fixture date (2026-11-24) so ages never drift.
import { readFileSync } from 'node:fs';
import { siteKey, type SiteKey } from '../../../lib/core/domain';
import type { IcpRecord, LookupResult } from '../../../lib/core/types';
import { parseVendorList, vendorInputs } from '../../../lib/detectors/domain/vendors';
import type { DomainInputs, PageClaims } from '../../../lib/detectors/domain/types';
import type { RdapSummary } from '../../../lib/providers/types';
import { FIXTURE_NOW } from '../../helpers/fixtures';

export { FIXTURE_NOW };
export const DAY = 86_400_000;
export const VENDORS_FILE = new URL('../../../public/data/official-vendors.json', import.meta.url);
export const vendorJson = (): unknown => JSON.parse(readFileSync(VENDORS_FILE, 'utf8'));
export const VENDOR_LIST = parseVendorList(vendorJson());
const FETCHED = FIXTURE_NOW - 60_000;

export function site(hostOrUrl: string): SiteKey {
  const key = siteKey(hostOrUrl.includes('://') ? hostOrUrl : `https://${hostOrUrl}/`);
  if (!key) throw new Error(`bad site ${hostOrUrl}`);
  return key;
}

export const found = <T>(data: T, fetchedAt = FETCHED): LookupResult<T> => ({ status: 'found', data, fetchedAt });
export const notFound = (fetchedAt = FETCHED): LookupResult<never> => ({ status: 'not-found', fetchedAt });
export const unavailable = (reason = 'waf-block'): LookupResult<never> => ({ status: 'unavailable', reason });

/** A filing record as MIIT returns it (example numbers; the companies are invented). */
export function record(over: Partial<IcpRecord> = {}): IcpRecord {
  return {
    unitName: '示例网络科技有限公司',
    natureName: '企业',
    mainLicence: '京ICP备2019036842号',
    serviceLicence: '京ICP备2019036842号-1',
    domain: 'shop.example',
    updateRecordTime: '2024-03-01 10:00:00',
    limitAccess: '否',
    ...over,
  };
}

export function rdap(over: Partial<RdapSummary> & { ageDays?: number } = {}): RdapSummary {
  const { ageDays, ...rest } = over;
  return {
    status: ['active'],
    nameservers: ['ns1.example'],
    registrar: 'Example Registrar, Inc.',
    ...(ageDays === undefined ? {} : { registeredAt: FIXTURE_NOW - ageDays * DAY }),
    ...rest,
  };
}

export function claims(over: Partial<PageClaims> = {}): PageClaims {
  const c: PageClaims = { icpNumbers: [], companies: [], usccs: [], evidence: {}, ...over };
  [...c.icpNumbers, ...c.companies, ...c.usccs, ...(c.licences ?? []), ...(c.copyrightHolders ?? [])].forEach((k, i) => (c.evidence[k] ??= { quote: k, blockId: 10 + i }));
  return c;
}

export function inputs(over: Partial<DomainInputs> & { host?: string } = {}): DomainInputs {
  const { host, ...rest } = over;
  return {
    site: site(host ?? 'shop.example'),
    isShop: true,
    pageSignals: [],
    claims: claims(),
    icpProvider: 'icp-records',
    ...vendorInputs(VENDOR_LIST),
    now: FIXTURE_NOW,
    ...rest,
  };
}
