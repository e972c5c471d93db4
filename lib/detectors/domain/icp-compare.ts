// Comparing what the page shows with what the ICP registry holds (domain-facts.md §2, cross-checks 1 and 3).
import { siteKey } from '../../core/domain';
import { normalize } from '../../core/text';
import type { IcpRecord } from '../../core/types';

export type Licence = {
  /** 备 (filing) or 证 (licence). */
  kind: '备' | '证';
  /** Province abbreviation, kind and digits: 京ICP备10046444. The subject (主体) the number belongs to. */
  main: string;
  /** The N of `-N` (the subject's Nth website), when written. */
  site?: string;
};

const LICENCE_RE = /^(\p{Script=Han})?ICP([备证])(\d{5,10})号?(?:-(\d{1,4}))?$/u;

/** `京ICP备10046444号-9` → {备, 京ICP备10046444, 9}; spaces, full-width characters and case are normalised first. */
export function parseLicence(text: string | undefined): Licence | null {
  if (!text) return null;
  const m = LICENCE_RE.exec(normalize(text).replace(/\s+/g, '').replace(/icp/i, 'ICP'));
  if (!m) return null;
  return { kind: m[2] as '备' | '证', main: `${m[1] ?? ''}ICP${m[2]}${m[3]}`, site: m[4] };
}

/**
 * How a number shown on the page relates to a record:
 * - `match`: same subject number (mainLicence); a page showing the main number without `-N` matches, and so does a
 *   different `-N` of the same subject (a sibling site's footer: the holder is the same, so nobody is impersonated);
 * - `differs`: a different number of the same kind (or a 备 number where the record was filed under a 证 number);
 * - `unknown`: the page shows an ICP证 licence while the record is a 备 filing. A licence is checked on
 *   tsm.miit.gov.cn, not here (JD shows 京ICP证070359号 and files under a 备 number), so it proves nothing either way.
 */
export function compareLicence(pageNumber: string, record: IcpRecord): 'match' | 'differs' | 'unknown' {
  const page = parseLicence(pageNumber);
  const rec = parseLicence(record.serviceLicence) ?? parseLicence(record.mainLicence);
  if (!page || !rec) return 'unknown';
  const main = parseLicence(record.mainLicence);
  if (page.main === rec.main || (main && page.main === main.main)) return 'match';
  if (page.kind === '证' && rec.kind === '备') return 'unknown';
  return 'differs';
}

/** Whether the page number designates exactly this record's website (`-N` written and equal to serviceLicence's). */
export function isExactServiceLicence(pageNumber: string, record: IcpRecord): boolean {
  const page = parseLicence(pageNumber);
  const svc = parseLicence(record.serviceLicence);
  return !!page && !!svc && page.site !== undefined && page.main === svc.main && page.site === svc.site;
}

/** The registrable domain of a record's `domain` field (`www.example.com` → `example.com`), punycode. */
export function recordSite(record: IcpRecord): string | null {
  const host = normalize(record.domain).trim().toLowerCase().replace(/^https?:\/\//, '').split('/')[0];
  if (!host) return null;
  return siteKey(`http://${host}/`)?.domain ?? null;
}

/** 主办单位性质 values for natural persons: 个人 (and 个体 forms, which cannot hold a commercial licence either). */
export const isPersonalNature = (nature: string): boolean => /个人|个体/.test(nature);

/** Company names compared: NFKC, spaces and brackets stripped, legal-form suffixes kept whole. */
export function normalizeUnit(name: string): string {
  return normalize(name).replace(/[\s()（）[\]【】〔〕]/g, '').toLowerCase();
}

/** A page company matches the registered unit when either (normalised) contains the other. */
export function unitMatches(pageCompany: string, unitName: string): boolean {
  const a = normalizeUnit(pageCompany);
  const b = normalizeUnit(unitName);
  if (a.length < 2 || b.length < 2) return false;
  return a.includes(b) || b.includes(a);
}

/** 是否限制接入 = 是 (HTTP sources that map it to a boolean-ish string are accepted too). */
export const isLimitedAccess = (record: IcpRecord): boolean => /^(?:是|true|yes|y|1)$/i.test((record.limitAccess ?? '').trim());
