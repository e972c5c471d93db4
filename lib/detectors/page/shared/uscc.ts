// 统一社会信用代码 (USCC, GB 32100-2015) checks and the codes a page shows (domain-facts.md §3). Shared by
// `uscc-invalid` and `uscc-sole-proprietor`. Pure functions; the page scan is memoised per page.
import type { NormBlock, PageContext } from '../context';
import { VALID_PROVINCE_CODES } from './filing-numbers';

/** The 31 characters of GB 32100 (no I O S V Z), value = index. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** W_i = 3^(i-1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 organisation code (positions 9–17): weights of positions 9–16, values over 0–9A–Z. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
/** Real codes that fail the checksum, whitelisted by a real validator (domain-facts.md §3). */
const KNOWN_EXCEPTIONS = new Set(['91350203M0001QAY9B']);

export type UsccProblem = 'length' | 'charset' | 'check' | 'org-check';

/** The GB 32100 check character for the first 17 characters (which must be in the charset). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check character of an 8-character organisation-code body: 11 − (Σ mod 11), 10 → X, 11 → 0. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_ALPHABET.indexOf(body8[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Why `code` is not a well-formed USCC, or null. A failed checksum is a strong warning, not proof: at least one
 * real code fails it.
 */
export function usccProblem(code: string): UsccProblem | null {
  const c = code.toUpperCase();
  if (KNOWN_EXCEPTIONS.has(c)) return null;
  if (c.length !== 18) return 'length';
  if (!USCC_SHAPE.test(c)) return 'charset';
  if (usccCheckChar(c.slice(0, 17)) !== c[17]) return 'check';
  if (orgCodeCheckChar(c.slice(8, 16)) !== c[16]) return 'org-check';
  return null;
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** A pre-2015 工商注册号: 15 digits, not a USCC (its check algorithm is [U], so it is not checked). */
export const isRegistrationNumber = (token: string): boolean => /^[1-9]\d{14}$/.test(token);

export type UsccCandidate = {
  /** Upper-cased as shown. */
  code: string;
  /** 'uscc': labelled 统一社会信用代码 / 信用代码; 'other': 营业执照 / 税号; null: a bare token shaped like a USCC. */
  label: 'uscc' | 'other' | null;
  block: NormBlock;
  start: number;
  end: number;
};

const LABEL_RE =
  /(统一社会信用代码|社会信用代码|信用代码|营业执照(?:注册号|编号|号码|号)?|纳税人识别号|税号)[^0-9A-Za-z]{0,8}?([0-9A-Za-z]{6,30})(?![0-9A-Za-z])/g;
const BARE_RE = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g;
/** Blocks where an 18-character token is an order number or a card key, not a company. */
const NOT_A_COMPANY = /订单|单号|卡密|卡号|密码|流水|交易号|激活码|兑换码|序列号|CDK|order/i;
/** Position 1: registration department (1–9, A–G, N, Y); position 2: organisation type, never 0. */
const BARE_HEAD = /^[1-9A-GNY][1-9A-HJ-NPQRTUWXY]/;

/** Every USCC-like code shown on the page, labelled ones first; parsed once per page. */
export function usccCandidates(ctx: PageContext): UsccCandidate[] {
  return ctx.memo('uscc-candidates', () => ctx.blocks.flatMap(usccCandidatesInBlock));
}

export function usccCandidatesInBlock(block: NormBlock): UsccCandidate[] {
  const out: UsccCandidate[] = [];
  const seen = new Set<number>();
  for (const m of block.norm.matchAll(LABEL_RE)) {
    const token = m[2]!.toUpperCase();
    const label = /信用代码/.test(m[1]!) ? 'uscc' : 'other';
    if (isRegistrationNumber(token)) continue;
    if (label === 'other' && token.length !== 18) continue;
    const start = m.index + m[0].length - m[2]!.length;
    seen.add(start);
    out.push({ code: token, label, block, start, end: start + token.length });
  }
  if (NOT_A_COMPANY.test(block.norm)) return out;
  for (const m of block.norm.matchAll(BARE_RE)) {
    const code = m[0];
    // A bare token must also look like a real code's head: a known department and type, a province area code
    // (10 = central). This keeps order numbers and card keys out.
    if (seen.has(m.index) || !BARE_HEAD.test(code)) continue;
    const area = code.slice(2, 4);
    if (area !== '10' && !VALID_PROVINCE_CODES.has(area)) continue;
    out.push({ code, label: null, block, start: m.index, end: m.index + code.length });
  }
  return out;
}
