// Filing and licence numbers shown on a page (domain-facts.md §1): ICP备案号, ICP经营许可证号, 增值电信业务经营许可证号
// and 公安备案号. Parsed once per page (ctx.memo) and shared by icp-filing-missing / -invalid, icp-license-claimed and
// police-filing-invalid. Matching runs on `block.norm` (NFKC, zero-width stripped, dashes → '-', spaces collapsed);
// every regex here is linear: bounded or space-separated repetitions only, no nested ambiguous quantifiers.
import type { NormBlock, PageContext } from '../context';

/** Province abbreviation → GB/T 2260 province code; both variants of a pair (川/蜀, 黔/贵, 滇/云, 陕/秦, 甘/陇). */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  京: '11', 津: '12', 冀: '13', 晋: '14', 蒙: '15', 辽: '21', 吉: '22', 黑: '23', 沪: '31', 苏: '32', 浙: '33',
  皖: '34', 闽: '35', 赣: '36', 鲁: '37', 豫: '41', 鄂: '42', 湘: '43', 粤: '44', 桂: '45', 琼: '46', 渝: '50',
  川: '51', 蜀: '51', 黔: '52', 贵: '52', 滇: '53', 云: '53', 藏: '54', 陕: '61', 秦: '61', 甘: '62', 陇: '62',
  青: '63', 宁: '64', 新: '65',
};
export const VALID_PROVINCE_CODES: ReadonlySet<string> = new Set(Object.values(PROVINCE_CODES));
/** Two-character city prefixes of police filings (incl. the forged `武汉网安备…` form) → province code. */
const CITY_CODES: Readonly<Record<string, string>> = { 武汉: '42' };
/** 萌ICP备: the parody registry icp.gov.moe, not MIIT. */
const PARODY = new Set(['萌']);
/** Written as if they were prefixes but MIIT issues no numbers for them [U]. */
const NOT_MIIT = new Set(['港', '澳', '台']);
/** A prefix MIIT is only believed not to issue (港 / 澳 / 台, [U]): an unverified fact never makes a page red. */
export const isUnverifiedPrefix = (prefix: string): boolean => NOT_MIIT.has(prefix);
const HAN = /\p{Script=Han}/u;

export type FilingKind = 'icp-filing' | 'icp-licence' | 'vas-licence' | 'police';
export type FilingNumber = {
  kind: FilingKind;
  /** Canonical text, spaces removed: 京ICP备2021012345号-1, 京ICP证030173号, 浙B2-20080224, 京公网安备11010802020000号. */
  number: string;
  /** Province / city / parody prefix as written; '' when there is none (or it is just the preceding word). */
  prefix: string;
  /** The prefix stands alone (not the tail of a word such as 南京 or 辽宁), so it may be held to its province. */
  prefixClear: boolean;
  /** 增值电信 licence class as written: B2, A2, B1.B2, B-2-4. */
  type?: string;
  /** The digits ('XXXXXXXX' for a template placeholder; '2004-0851' for old cross-province licences). */
  digits: string;
  block: NormBlock;
  /** Range of the whole number (prefix included) in `block.norm`. */
  start: number;
  end: number;
};

const ICP_RE = /ICP ?([备证]) ?(\d+(?: \d+)*|[Xx*]{4,12})(?: ?号)?(?: ?-(\d{1,4})(?!\d))?/gi;
const ICP_HEAD = /^ICP ?[备证] ?/i;
// 许可证: `P? (A|B)(1|2)(.B2)? - (8 digits | 4-4)`; old `辽B-2-4-20080039`. Digit counts checked later, not here.
const VAS_RE = /(?<![A-Za-z0-9])([AB][12](?:[.、][AB][12])?|B-\d-\d) ?- ?(\d{4}-\d{3,4}(?!\d)|\d{4,12}(?!\d))(?: ?号)?/g;
/** An unprefixed `B2-…` counts only in a block that talks about licences. */
const LICENCE_CONTEXT = /许可|增值电信|ICP|经营/i;
const POLICE_RE = /(?:公网安备|网安备)(?:案号?)? ?:? ?(\d+(?: \d+)*)(?: ?号)?/g;
const POLICE_HEAD = /^(?:公网安备|网安备)(?:案号?)? ?:? ?/;

/** All filing / licence numbers of the page, parsed once. */
export function parseFilingNumbers(ctx: PageContext): FilingNumber[] {
  return ctx.memo('filing-numbers', () => ctx.blocks.flatMap(filingNumbersInBlock));
}

export function filingNumbersInBlock(block: NormBlock): FilingNumber[] {
  const out: FilingNumber[] = [];
  const s = block.norm;
  for (const m of s.matchAll(ICP_RE)) {
    const kind = m[1] === '备' ? 'icp-filing' : 'icp-licence';
    const runStart = m.index + ICP_HEAD.exec(m[0])![0].length;
    const run = pickRun(m[2]!, (n) => (kind === 'icp-filing' ? n >= 6 && n <= 10 && n !== 7 && n !== 9 : n >= 5 && n <= 8));
    const cut = run.used < m[2]!.length;
    const sub = cut ? undefined : m[3];
    const lb = lookBack(s, m.index);
    const known = PROVINCE_CODES[lb.c1] !== undefined || PARODY.has(lb.c1) || NOT_MIIT.has(lb.c1);
    const prefix = known ? lb.c1 : '';
    const digits = /^\d/.test(run.digits) ? run.digits : run.digits.toUpperCase();
    out.push({
      kind, prefix, prefixClear: !lb.c2, digits, block,
      number: `${prefix}ICP${m[1]}${digits}号${sub ? '-' + sub : ''}`,
      start: known ? lb.at1 : m.index,
      end: cut ? runStart + run.used : m.index + m[0].length,
    });
  }
  const licenceContext = LICENCE_CONTEXT.test(s);
  for (const m of s.matchAll(VAS_RE)) {
    const lb = lookBack(s, m.index);
    const prefix = PROVINCE_CODES[lb.c1] !== undefined ? lb.c1 : '';
    if (!prefix && !licenceContext) continue;
    out.push({
      kind: 'vas-licence', prefix, prefixClear: !lb.c2, type: m[1]!, digits: m[2]!, block,
      number: `${prefix}${m[1]}-${m[2]}`,
      start: prefix ? lb.at1 : m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of s.matchAll(POLICE_RE)) {
    const runStart = m.index + POLICE_HEAD.exec(m[0])![0].length;
    const run = pickRun(m[1]!, (n) => n === 14);
    const lb = lookBack(s, m.index);
    const city = lb.c2 + lb.c1;
    let prefix = '';
    let start = m.index;
    if (CITY_CODES[city] !== undefined) [prefix, start] = [city, lb.at2];
    // Only a clear prefix is kept: in 辽宁公网安备 or 南京公网安备 the 宁 / 京 is not the province abbreviation.
    else if (PROVINCE_CODES[lb.c1] !== undefined && !lb.c2) [prefix, start] = [lb.c1, lb.at1];
    out.push({
      kind: 'police', prefix, prefixClear: prefix !== '', digits: run.digits, block, start,
      number: `${prefix}${m[0].includes('公网安备') ? '公网安备' : '网安备'}${run.digits}号`,
      end: run.used < m[1]!.length ? runStart + run.used : m.index + m[0].length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Numbers grouped by canonical text (a header and a footer showing the same number make one signal). */
export function groupByNumber(nums: readonly FilingNumber[]): Map<string, FilingNumber[]> {
  const groups = new Map<string, FilingNumber[]>();
  for (const n of nums) groups.set(n.number, [...(groups.get(n.number) ?? []), n]);
  return groups;
}

/**
 * Pages write `京ICP备 2021 012345 号`, so a run may hold spaces. Joined, it must have a plausible length; when it has
 * not (`京ICP备12345678 2024 版权所有`), the longest leading groups that do are the number, else the first group.
 */
function pickRun(run: string, ok: (len: number) => boolean): { digits: string; used: number } {
  const groups = run.split(' ');
  const joined = groups.join('');
  if (groups.length === 1 || ok(joined.length)) return { digits: joined, used: run.length };
  for (let k = groups.length - 1; k >= 1; k--) {
    const head = groups.slice(0, k);
    if (ok(head.join('').length)) return { digits: head.join(''), used: head.join(' ').length };
  }
  return { digits: groups[0]!, used: groups[0]!.length };
}

/** The Han characters right before `idx` (one space allowed): c1 is the nearest, c2 the one before it. */
function lookBack(s: string, idx: number): { c1: string; c2: string; at1: number; at2: number } {
  const j = s[idx - 1] === ' ' ? idx - 1 : idx;
  const c1 = j >= 1 && HAN.test(s[j - 1]!) ? s[j - 1]! : '';
  const c2 = c1 && j >= 2 && HAN.test(s[j - 2]!) ? s[j - 2]! : '';
  return { c1, c2, at1: j - 1, at2: j - 2 };
}

export type FilingProblem =
  | 'parody' | 'prefix' | 'placeholder' | 'digits' | 'future-year' | 'early-year' | 'province-code' | 'province-mismatch';

/** Template numbers: 京ICP备12345678号-1, 甘ICP备456543号-1, B2-1234567号, 00000000, XXXXXXXX (domain-facts.md §1.1). */
const KNOWN_PLACEHOLDER_DIGITS = new Set(['456543']);
export function isPlaceholderDigits(digits: string): boolean {
  const d = digits.replace(/-/g, '');
  if (/^[Xx*]+$/.test(d)) return true;
  if (KNOWN_PLACEHOLDER_DIGITS.has(d)) return true;
  if (d.length < 6) return false;
  return /^(\d)\1+$/.test(d) || '01234567890'.includes(d) || '9876543210'.includes(d);
}

/**
 * Why a shown number cannot be real, most telling first ([] = plausible; only a registry lookup proves it is real).
 * `nowYear` is injected so tests can pin the clock.
 */
export function filingProblems(n: FilingNumber, nowYear: number): FilingProblem[] {
  const out: FilingProblem[] = [];
  const placeholder = isPlaceholderDigits(n.digits);
  if (n.kind === 'icp-filing' || n.kind === 'icp-licence') {
    if (PARODY.has(n.prefix)) out.push('parody');
    else if (PROVINCE_CODES[n.prefix] === undefined) out.push('prefix');
    if (placeholder) return [...out, 'placeholder'];
    const len = n.digits.length;
    // 备案: 6 (very old), 8 (YY + 6-digit sequence), 10 (YYYY + sequence) [O]. 许可证: 5–8 digits (§1.4 pattern).
    const lengthOk = n.kind === 'icp-filing' ? len === 6 || len === 8 || len === 10 : len >= 5 && len <= 8;
    if (!lengthOk) return [...out, 'digits'];
    if (n.kind === 'icp-filing' && len !== 6) {
      // The ICP system started in 2000, so an 8-digit YY is always 20YY.
      const year = len === 8 ? 2000 + Number(n.digits.slice(0, 2)) : Number(n.digits.slice(0, 4));
      if (year > nowYear) out.push('future-year');
      else if (year < 2000) out.push('early-year');
    }
    return out;
  }
  if (n.kind === 'vas-licence') {
    if (placeholder) return ['placeholder'];
    if (!/^\d{8}$|^\d{4}-\d{4}$/.test(n.digits)) return ['digits'];
    // The serial starts with the year of issue (B2-20080207, B2-2004-0851) [O]; only a future one is flagged.
    if (Number(n.digits.slice(0, 4)) > nowYear) out.push('future-year');
    return out;
  }
  // Police: 14 digits, 1–6 = GB/T 2260 county code of the filing bureau. Digits 7–8 are nearly always 02 and 9–14
  // a sequence, but both are [U] (domain-facts.md §1.3), so they are never flagged.
  if (placeholder) return ['placeholder'];
  if (n.digits.length !== 14) out.push('digits');
  const code = n.digits.slice(0, 2);
  if (!VALID_PROVINCE_CODES.has(code)) return [...out, 'province-code'];
  const expected = n.prefixClear ? (CITY_CODES[n.prefix] ?? PROVINCE_CODES[n.prefix]) : undefined;
  if (expected !== undefined && code !== expected) out.push('province-mismatch');
  return out;
}
