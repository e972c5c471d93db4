// Does a registrable domain imitate an official vendor? Precedence as in eth-phishing-detect: allow entries (a
// vendor's own domains and their subdomains) first, then explicit rules. No edit distance: its maintainers advise
// against it (it flags every short brand's neighbours), so only documented confusables are folded (UTS #39 style
// skeletons): Cyrillic / Greek / Armenian look-alikes, full-width forms (NFKC), accents, 0→o, 1→l, rn→m, vv→w.
import { parse } from 'tldts';
import type { SiteKey } from '../../core/domain';
import { labelToUnicode } from './punycode';
import type { OfficialVendor } from './types';

/** Letters drawn like Latin ones in common fonts (subset of Unicode confusables.txt, lower case only: hostnames are). */
const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd',
  ԛ: 'q', ԝ: 'w', ӏ: 'l',
  // Greek
  α: 'a', ι: 'i', ν: 'v', ο: 'o', ρ: 'p', υ: 'u', χ: 'x', γ: 'y',
  // Armenian
  օ: 'o', ո: 'n', ս: 'u', հ: 'h', ց: 'g', զ: 'q',
  // Latin letters outside ASCII
  ı: 'i', ɩ: 'i', ɑ: 'a', ɡ: 'g', ʟ: 'l', ɴ: 'n', ʀ: 'r', ꜱ: 's', ᴏ: 'o', ᴄ: 'c', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
};

/** Letters folded, accents dropped, digits and hyphens kept: what the label reads as. */
export function foldLetters(label: string): string {
  const s = label.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  let out = '';
  for (const ch of s) out += LOOKALIKE_LETTERS[ch] ?? ch;
  return out;
}

/** The skeleton two strings share when they look alike: letters folded, digits read as letters, rn→m, vv→w, no hyphens. */
export function skeleton(s: string): string {
  return foldLetters(s).replace(/-/g, '').replace(/0/g, 'o').replace(/1/g, 'l').replace(/rn/g, 'm').replace(/vv/g, 'w');
}

/**
 * Words that card-shop and phishing domains glue to a brand (`qq-pay`, `tenpay-kami`, `alipay-cz`, `jdcard`). A brand
 * plus anything else (`jdpower`, `steamboat`, `apple-farm`) is not an imitation. Regional words (`china`, `hk`) are
 * left out: vendors use them for their own regional sites (e.g. Steam China), which are not all in the list.
 */
export const SHOP_WORDS: ReadonlySet<string> = new Set([
  'kami', 'km', 'ka', 'card', 'cards', 'giftcard', 'gift', 'gifts', 'pay', 'payment', 'cz', 'chongzhi', 'recharge',
  'topup', 'daichong', 'dc', 'shop', 'store', 'mall', 'sc', 'shangcheng', 'vip', 'huiyuan', 'member', 'buy', 'sale',
  'sell', 'cdk', 'cdkey', 'key', 'keys', 'code', 'codes', 'faka', 'fk', 'dh', 'duihuan', 'coin', 'coins', 'qb',
  'points', 'jifen', 'official', 'guanfang', 'gf', 'kf', 'kefu', 'service', 'login', 'secure', 'verify', 'account',
  'wallet', 'online', 'app', 'cn', 'daili', 'agent', 'cheap', 'discount', 'zhekou',
]);

type Brand = { brand: string; vendor: OfficialVendor; numeric: boolean };
export type VendorIndex = { byDomain: Map<string, OfficialVendor>; bySkeleton: Map<string, Brand>; numeric: Map<string, Brand> };

const indexes = new WeakMap<readonly OfficialVendor[], VendorIndex>();

export function vendorIndex(vendors: readonly OfficialVendor[]): VendorIndex {
  let idx = indexes.get(vendors);
  if (idx) return idx;
  idx = { byDomain: new Map(), bySkeleton: new Map(), numeric: new Map() };
  for (const vendor of vendors) {
    for (const d of vendor.domains) idx.byDomain.set(d, vendor);
    for (const brand of vendor.brands) {
      // Numeric brands (10086) only ever match a whole label: read as letters they would fold into words.
      if (/^\d+$/.test(brand)) idx.numeric.set(brand, { brand, vendor, numeric: true });
      else idx.bySkeleton.set(skeleton(brand), { brand, vendor, numeric: false });
    }
  }
  indexes.set(vendors, idx);
  return idx;
}

/** The official vendor whose domain this registrable domain is, if any. */
export function vendorForSite(site: SiteKey, vendors: readonly OfficialVendor[]): OfficialVendor | null {
  const idx = vendorIndex(vendors);
  return idx.byDomain.get(site.domain) ?? null;
}

export type LookalikeKind = 'lookalike' | 'brand-words' | 'subdomain' | 'same-name';
export type Lookalike = { vendor: OfficialVendor; brand: string; kind: LookalikeKind; label: string };

/**
 * How `site` imitates a vendor, or null:
 * - `subdomain`: the host puts a vendor domain in front of another domain (`qq.com.pay-check.example`);
 * - `lookalike`: the label reads as a brand but is not spelt as one (`а` Cyrillic, `a1ipay`, `ali-pay`);
 * - `brand-words`: a brand glued only to shop words and digits (`qq-pay`, `tenpay-kami`, `pay-qq`, `jd88`);
 * - `same-name`: the label is exactly a brand under another suffix (`alipay.shop`) — the vendor may own it (they
 *   register country domains such as nintendo.co.jp that the list cannot all name), so the detector warns only.
 */
export function findLookalike(site: SiteKey, vendors: readonly OfficialVendor[]): Lookalike | null {
  if (site.isIp) return null;
  const idx = vendorIndex(vendors);
  if (idx.byDomain.has(site.domain)) return null;
  const sub = site.hostname.endsWith(`.${site.domain}`) ? site.hostname.slice(0, -site.domain.length - 1) : '';
  for (const [domain, vendor] of idx.byDomain) {
    if (`.${sub}.`.includes(`.${domain}.`)) return { vendor, brand: domain, kind: 'subdomain', label: sub };
  }
  const ascii = parse(site.domain, { allowPrivateDomains: true }).domainWithoutSuffix ?? '';
  if (!ascii) return null;
  const label = labelToUnicode(ascii);
  const num = idx.numeric.get(label);
  if (num) return { vendor: num.vendor, brand: num.brand, kind: 'same-name', label };
  const whole = idx.bySkeleton.get(skeleton(label));
  if (whole) return { vendor: whole.vendor, brand: whole.brand, kind: label === whole.brand ? 'same-name' : 'lookalike', label };
  const brand = segmentWithBrand(foldLetters(label).replace(/-/g, ''), idx);
  return brand ? { vendor: brand.vendor, brand: brand.brand, kind: 'brand-words', label } : null;
}

/**
 * Splits `s` into brands, shop words and digit runs, with at least one brand; returns the first brand of such a
 * split. Dynamic programming over positions (a label has at most 63 characters): reach[i] is the brand used to cover
 * s[0, i) (null: covered without one), undefined when s[0, i) cannot be covered.
 */
function segmentWithBrand(s: string, idx: VendorIndex): Brand | null {
  const reach: (Brand | null | undefined)[] = new Array(s.length + 1).fill(undefined);
  reach[0] = null;
  for (let i = 0; i < s.length; i++) {
    if (reach[i] === undefined) continue;
    for (let j = i + 1; j <= s.length; j++) {
      const seg = s.slice(i, j);
      const filler = SHOP_WORDS.has(seg) || /^\d+$/.test(seg);
      const brand = filler ? undefined : idx.bySkeleton.get(skeleton(seg));
      if (!filler && !brand) continue;
      const next = reach[i] ?? brand ?? null;
      if (reach[j] === undefined || (reach[j] === null && next !== null)) reach[j] = next;
    }
  }
  return reach[s.length] ?? null;
}
