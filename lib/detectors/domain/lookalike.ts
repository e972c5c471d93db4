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
  'wallet', 'online', 'app', 'cn', 'daili', 'agent', 'cheap', 'discount', 'zhekou', 'center', 'centre', 'zhongxin',
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

export type LookalikeKind = 'lookalike' | 'brand-words' | 'subdomain' | 'domain-dash' | 'confusable-words' | 'same-name';
export type Lookalike = { vendor: OfficialVendor; brand: string; kind: LookalikeKind; label: string };

/**
 * How `site` imitates a vendor, or null:
 * - `subdomain`: the host puts a vendor domain in front of another domain (`qq.com.pay-check.example`);
 * - `domain-dash`: the host spells a vendor domain and glues a dash on it (`m.jd.com-kami.top`, `pay.qq.com-vip.example`);
 * - `lookalike`: the label reads as a brand but is not spelt as one (`а` Cyrillic, `a1ipay`, `ali-pay`);
 * - `brand-words`: a brand glued only to shop words and digits (`qq-pay`, `tenpay-kami`, `pay-qq`, `jd88`, `jd-0fficial`);
 * - `confusable-words`: a word of the label starts with a brand of 4+ letters spelt with a digit or a foreign look-alike
 *   letter, whatever follows (`app1e-farm`, `ste4m-card`, `s0ny-music`): nobody writes `app1e` by accident;
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
  // The vendor domain straddles the registrable domain's first label: m.jd.com-kami.top → sub `m.jd`, domain
  // `com-kami.top`. Only a spelling that starts before the registrable domain counts (jd.com.cn is not this).
  const host = `.${site.hostname}`;
  const domainAt = host.length - site.domain.length;
  for (const [domain, vendor] of idx.byDomain) {
    const needle = `.${domain}-`;
    for (let at = host.indexOf(needle); at >= 0; at = host.indexOf(needle, at + 1)) {
      if (at < domainAt) return { vendor, brand: domain, kind: 'domain-dash', label: site.hostname };
    }
  }
  const ascii = parse(site.domain, { allowPrivateDomains: true }).domainWithoutSuffix ?? '';
  if (!ascii) return null;
  const label = labelToUnicode(ascii);
  const num = idx.numeric.get(label);
  if (num) return { vendor: num.vendor, brand: num.brand, kind: 'same-name', label };
  const whole = idx.bySkeleton.get(skeleton(label));
  if (whole) return { vendor: whole.vendor, brand: whole.brand, kind: label === whole.brand ? 'same-name' : 'lookalike', label };
  const brand = segmentWithBrand(foldLetters(label).replace(/-/g, ''), idx);
  if (brand) return { vendor: brand.vendor, brand: brand.brand, kind: 'brand-words', label };
  const confusable = confusableWord(label, idx);
  return confusable ? { vendor: confusable.vendor, brand: confusable.brand, kind: 'confusable-words', label } : null;
}

/** Digits read as the letters they are drawn like, for `confusableWord` only (4 for a is common in shop domains). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '4': 'a' };
/** Shorter brands (jd, qq) are left out: two letters spelt with a look-alike are too easily an accident. */
const MIN_CONFUSABLE_BRAND = 4;

/**
 * A word of the label (start of the label or after a hyphen) that begins with a brand written with at least one digit
 * or non-ASCII look-alike (app1e, ste4m, ѕony): the brand that word imitates. rn/vv are not read here — `stearns`
 * is a name — and a brand spelt plainly (`apple-farm`) is not a look-alike.
 */
function confusableWord(label: string, idx: VendorIndex): Brand | null {
  const folded = foldLetters(label);
  if (folded.length !== [...label].length) return null;
  const raw = [...label];
  const letters = [...folded].map((c) => DIGIT_LETTERS[c] ?? c);
  for (let i = 0; i < letters.length; i++) {
    if (i > 0 && letters[i - 1] !== '-') continue;
    let word = '';
    let odd = false;
    for (let j = i; j < letters.length && letters[j] !== '-'; j++) {
      word += letters[j];
      odd ||= raw[j] !== letters[j];
      if (!odd || word.length < MIN_CONFUSABLE_BRAND) continue;
      const hit = idx.bySkeleton.get(word);
      if (hit && !hit.numeric && hit.brand === word && hit.brand.length >= MIN_CONFUSABLE_BRAND) return hit;
    }
  }
  return null;
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
      const filler = SHOP_WORDS.has(seg) || /^\d+$/.test(seg) || (/\d/.test(seg) && SHOP_WORDS.has(skeleton(seg)));
      const brand = filler ? undefined : idx.bySkeleton.get(skeleton(seg));
      if (!filler && !brand) continue;
      const next = reach[i] ?? brand ?? null;
      if (reach[j] === undefined || (reach[j] === null && next !== null)) reach[j] = next;
    }
  }
  return reach[s.length] ?? null;
}
