// Domain detectors are pure functions of what the page showed and what the data sources answered.
import type { SiteKey } from '../../core/domain';
import type { DomainSignalId } from '../../core/signal-ids';
import type { IcpRecord, LookupResult, RdapSummary, Signal } from '../../core/types';

/** What the page claims about itself, extracted by the page parsers (filing-numbers.ts, uscc.ts): see page-claims.ts. */
export type PageClaims = {
  /** ICP备 / ICP证 numbers shown (canonical text, e.g. 京ICP备2021012345号-1), well-formed ones only. */
  icpNumbers: string[];
  /** Company names shown next to a licence / credit code, and valid USCCs shown. */
  companies: string[];
  usccs: string[];
  /**
   * Every ICP备 / ICP证 / 增值电信 (B2-…) number shown, canonical without its `-N` site suffix (京ICP证070359号,
   * 粤B2-20090059), for holding against official vendors' numbers (impersonation). Optional: older callers omit it.
   */
  licences?: string[];
  /** Who a copyright line names as the site's owner (© 1998-2024 Tencent. → `Tencent.`; 腾讯公司 版权所有 → `腾讯公司`). */
  copyrightHolders?: string[];
  /** Where a site names itself: the title, site-name metas, h1 / header / nav / footer text (short, normalised). */
  siteNames?: string[];
  /** Evidence (quote + blockId) per claim, keyed by the claim text. */
  evidence: Record<string, { quote: string; blockId?: number }>;
};

export type OfficialVendor = {
  id: string;
  name: { 'zh-CN': string; en: string };
  domains: string[];
  brands: string[];
  /** Names the vendor goes by (zh and en), its products' names and its ICP / licence numbers: page claims. */
  names?: string[];
  products?: string[];
  licences?: string[];
};

/** Which official-vendor list the vendor signals were judged against (vendors.ts `vendorInputs`). */
export type VendorListMeta = {
  version: string;
  /** The list's `generatedAt` in ms: used as the vendor signals' `fetchedAt`. */
  generatedAt: number;
};

export type DomainInputs = {
  site: SiteKey;
  isShop: boolean;
  pageSignals: readonly Signal[];
  claims: PageClaims;
  /** The ICP record for this registrable domain; absent = the source was not asked (off / not applicable). */
  icp?: LookupResult<IcpRecord>;
  /**
   * The record behind the number the page shows (`icpNumberForLookup(claims)` in page-claims.ts), when a source can
   * look numbers up (the records source can); absent = not asked.
   */
  icpByNumber?: LookupResult<IcpRecord>;
  /** The source that answered `icp`, for the signal's `source`. */
  icpProvider?: string;
  /** The source that answered `icpByNumber`; defaults to `icpProvider`. */
  icpByNumberProvider?: string;
  rdap?: LookupResult<RdapSummary>;
  vendors: readonly OfficialVendor[];
  vendorList: VendorListMeta;
  now: number;
};

export type DomainDetector = {
  readonly id: DomainSignalId;
  detect(input: DomainInputs): Signal[];
};
