// Page claims of a vendor's identity (for `impersonation`): what the page says about itself (page-claims.ts: numbers,
// copyright holders, site names) held against the official-vendor list. A claim is the vendor's own filing / licence
// number, the vendor as the site's copyright holder, or the vendor named as the site (title's site-name part equal to
// a vendor name; "<vendor>官方充值 / 官网 / 充值中心"). Selling a vendor's goods ("腾讯Q币 100元", "京东E卡"), naming it in
// a sentence, or linking to it is none of these. Precision first: an honest reseller read as red is the worst outcome.
import type { OfficialVendor, PageClaims } from './types';

export type VendorClaimKind = 'page-licence' | 'page-copyright' | 'page-site-name';
export type VendorClaim = {
  vendor: OfficialVendor;
  kind: VendorClaimKind;
  /** The PageClaims key whose evidence shows the claim. */
  key: string;
  /** What of the vendor's matched: its number or name. */
  match: string;
  /** The claim as the page wrote it (normalised). */
  quote: string;
};

/** Lower-case, NFKC, without spaces and dots: `JD.com` and `jd com` read alike. */
export const normName = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s.·・]/g, '');
const normNumber = (s: string): string => s.replace(/\s/g, '').replace(/-\d{1,4}$/, '').replace(/号$/, '').toUpperCase();

/** What may follow a vendor's name in its own copyright holder line (腾讯公司, Tencent Inc., 京东集团). */
const HOLDER_SUFFIXES = ['', '公司', '集团', '控股', '网', 'inc', 'ltd', 'limited', 'coltd', 'group', 'holdings', 'company', 'corp', 'corporation'];
/** Titles are "page - site": the separators. */
const TITLE_SEPARATORS = /\s*(?:[-_|｜—–·:：»>]+|\s{2,})\s*/;
/** Operator wording after a vendor's name: the site says it is the vendor's own outlet. */
const OPERATOR_AFTER_NAME = '(?:官方充值|官方商城|官方网站|官方平台|官方网|官网|充值中心|支付中心|会员中心|客服中心)';
/** After a product's name (Q币) only the plainly official forms count: 充值中心 is what resellers call a page too. */
const OPERATOR_AFTER_PRODUCT = '(?:官方充值|官方商城|官方网站|官网)';
/**
 * Wording of resellers, disclaimers and questions: a segment holding any of it names the vendor's goods or asks about
 * the vendor; it claims nothing ("Q币官方充值 低价卡密", "腾讯官方充值中心入口在哪").
 */
const NOT_A_CLAIM = /卡密|发卡|代充|直充|低价|\d(?:\.\d)?折|折扣|优惠|回收|寄售|批发|货源|分站|代理|加盟|自助|经销|非官方|不是|并非|无关|怎么|如何|在哪|入口|哪里|吗|[?？]|教程|攻略|方法|评测|新闻/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new WeakMap<OfficialVendor, { names: string[]; operator: RegExp | null; licences: string[] }>();

function vendorPatterns(v: OfficialVendor) {
  let p = patterns.get(v);
  if (p) return p;
  const names = (v.names ?? []).map(normName).filter((n) => n.length >= 2);
  const alts: string[] = [];
  if (names.length) alts.push(`(?:${names.map(escape).join('|')})${OPERATOR_AFTER_NAME}`);
  const products = (v.products ?? []).map(normName).filter((n) => n.length >= 2);
  if (products.length) alts.push(`(?:${products.map(escape).join('|')})${OPERATOR_AFTER_PRODUCT}`);
  p = { names, operator: alts.length ? new RegExp(alts.join('|')) : null, licences: (v.licences ?? []).map(normNumber) };
  patterns.set(v, p);
  return p;
}

/** Is `holder` the vendor itself: one of its names, with a corporate suffix or its other-language name at most? */
export function holderIsVendor(holder: string, v: OfficialVendor): boolean {
  const h = normName(holder);
  const { names } = vendorPatterns(v);
  for (const a of names) {
    if (!h.startsWith(a)) continue;
    const rest = h.slice(a.length);
    if (HOLDER_SUFFIXES.includes(rest)) return true;
    if (names.some((b) => b !== a && HOLDER_SUFFIXES.some((s) => rest === b + s))) return true;
  }
  return false;
}

/** Is the site-name text a claim to be the vendor: its title's site part is a vendor name, or operator wording. */
function siteNameClaim(text: string, isTitleLike: boolean, v: OfficialVendor): string | null {
  const { names, operator } = vendorPatterns(v);
  const segments = text.split(TITLE_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (isTitleLike && segments.length >= 2) {
    const last = normName(segments[segments.length - 1]!);
    if (names.includes(last) && !segments.some((s) => NOT_A_CLAIM.test(s))) return segments[segments.length - 1]!;
  }
  if (!operator) return null;
  for (const seg of segments) {
    if (NOT_A_CLAIM.test(seg)) continue;
    const m = operator.exec(normName(seg));
    if (m) return seg;
  }
  return null;
}

/** Every vendor claim of the page, in vendor-list order; the caller drops the site's own vendor. */
export function findVendorClaims(claims: PageClaims, vendors: readonly OfficialVendor[]): VendorClaim[] {
  const out: VendorClaim[] = [];
  const licences = (claims.licences ?? []).map((n) => [n, normNumber(n)] as const);
  const siteNames = claims.siteNames ?? [];
  for (const v of vendors) {
    const p = vendorPatterns(v);
    for (const [key, n] of licences) {
      const i = p.licences.indexOf(n);
      if (i >= 0) out.push({ vendor: v, kind: 'page-licence', key, match: v.licences![i]!, quote: key });
    }
    for (const holder of claims.copyrightHolders ?? []) {
      if (holderIsVendor(holder, v)) out.push({ vendor: v, kind: 'page-copyright', key: holder, match: holder, quote: claims.evidence[holder]?.quote ?? holder });
    }
    siteNames.forEach((text) => {
      // The title comes first, then the site-name metas (no block): those carry the "page - site" convention.
      const titleLike = claims.evidence[text]?.blockId === undefined;
      const seg = siteNameClaim(text, titleLike, v);
      if (seg) out.push({ vendor: v, kind: 'page-site-name', key: text, match: seg, quote: text });
    });
  }
  return out;
}
