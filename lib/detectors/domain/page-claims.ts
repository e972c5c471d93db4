// What a page claims about itself, for the domain detectors to hold against the registries: well-formed ICP numbers,
// valid credit codes and the company names shown beside licence / operator wording. Reuses the page parsers, so the
// numbers here are exactly the ones the page detectors judged (ctx.memo shares the parse).
import { normalize } from '../../core/text';
import { blockEvidence, type NormBlock, type PageContext } from '../page/context';
import { filingProblems, parseFilingNumbers } from '../page/shared/filing-numbers';
import { isValidUscc, usccCandidates } from '../page/shared/uscc';
import type { PageClaims } from './types';

/** Legal-form suffixes, longest first (股份有限公司 / 有限责任公司 before 有限公司); 个体 forms are named with 商行 / 经营部. */
const COMPANY_SUFFIX = /股份有限公司|有限责任公司|有限公司|\(有限合伙\)|合伙企业|商行|经营部/g;
/** Characters a registered name is made of; the walk left from a suffix stops at anything else (':', ' ', '©'). */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9()·&]/u;
const MAX_NAME = 40;
/** Labels glued to the name without a colon, and a leading year (©2024北京…). */
const LABEL_PREFIX =
  /^(?:\d{4}(?:-\d{4})?|本站|本网站|本平台|运营主体|运营单位|运营方|主办单位|经营者名称|经营者|经营主体|企业名称|公司名称|单位名称|名称|版权所有|归属|由|为)+/;
const NOT_A_NAME = /^(?:本|该|贵|某|此|我|你|一家|这家)/;
/**
 * Wording that makes a company name a claim about the operator (营业执照 / 统一社会信用代码 / 经营者 / 主办单位 /
 * 版权所有, plus the usual footer forms © / Copyright / 运营主体). "无需营业执照" (a 免签 selling point) is not it.
 */
const CONTEXT = /营业执照|信用代码|经营者|经营主体|运营主体|主办单位|版权所有|©|copyright/i;
const CONTEXT_NEGATED = /(?:无需|不需要?|不用|免|没有)营业执照/;
const MAX_CLAIMS = 10;

export function pageClaims(ctx: PageContext): PageClaims {
  return ctx.memo('domain/page-claims', () => {
    const claims: PageClaims = { icpNumbers: [], companies: [], usccs: [], licences: [], copyrightHolders: [], siteNames: [], evidence: {} };
    const add = (list: string[], key: string, block: NormBlock, start: number, end: number) => {
      if (list.includes(key) || list.length >= MAX_CLAIMS) return;
      list.push(key);
      claims.evidence[key] ??= blockEvidence(block, start, end);
    };
    const year = new Date(ctx.now).getFullYear();
    for (const n of parseFilingNumbers(ctx)) {
      if (n.kind === 'police' || filingProblems(n, year).length > 0) continue;
      add(claims.licences!, n.number.replace(/-\d{1,4}$/, ''), n.block, n.start, n.end);
      if (n.kind !== 'icp-filing' && n.kind !== 'icp-licence') continue;
      add(claims.icpNumbers, n.number, n.block, n.start, n.end);
    }
    for (const block of ctx.blocks) {
      for (const h of copyrightHolders(block.norm)) add(claims.copyrightHolders!, h.holder, block, h.start, h.end);
    }
    for (const name of siteNameTexts(ctx)) {
      if (claims.siteNames!.includes(name.text) || claims.siteNames!.length >= MAX_CLAIMS) continue;
      claims.siteNames!.push(name.text);
      claims.evidence[name.text] ??= name.block ? blockEvidence(name.block, 0, name.block.norm.length) : { quote: name.text };
    }
    for (const c of usccCandidates(ctx)) if (isValidUscc(c.code)) add(claims.usccs, c.code, c.block, c.start, c.end);
    const blocks = ctx.blocks;
    const worded = blocks.map((b) => CONTEXT.test(b.norm) && !CONTEXT_NEGATED.test(b.norm));
    blocks.forEach((block, i) => {
      if (!worded[i] && !worded[i - 1] && !worded[i + 1]) return;
      for (const m of block.norm.matchAll(COMPANY_SUFFIX)) {
        const start = nameStart(block.norm, m.index);
        const end = m.index + m[0].length;
        if (start !== null) add(claims.companies, block.norm.slice(start, end), block, start, end);
      }
    });
    return claims;
  });
}

/** Copyright markers: the holder follows `©` / `Copyright` (after years) or precedes 版权所有 / All Rights Reserved. */
const AFTER_MARK = /(?:©|\(c\)|copyright)(?: ?©)? ?(?:\d{4}(?: ?- ?(?:\d{4}|现在|至今|now|present))? ?)?([^|｜©]{1,40}?) ?(?=版权所有|all rights reserved|保留所有权利|[|｜,，;；]|$)/gi;
const BEFORE_MARK = /([^\s|｜©,，。:：;；]{2,30}) ?(?:版权所有|all rights reserved)/gi;
/** Lines that disclaim rather than claim (商标 notices, 与…无关, 非官方): no holder is read from them. */
const DISCLAIMER = /商标|trademark|无关|非官方|并非|不是.{0,8}官方|归.{0,12}所有|not affiliated/i;

export type HolderHit = { holder: string; start: number; end: number };

/** Who copyright lines in `norm` name as the owner, trimmed of years and trailing dots; none in a disclaimer. */
export function copyrightHolders(norm: string): HolderHit[] {
  if (DISCLAIMER.test(norm)) return [];
  const out: HolderHit[] = [];
  const push = (raw: string, at: number) => {
    const holder = raw.replace(/^[\s\d-]+/, '').replace(/(?<![\s.。,，])[\s.。,，]+$/, '');
    const start = at + raw.indexOf(holder);
    if (holder.length >= 2 && !out.some((h) => h.holder === holder)) out.push({ holder, start, end: start + holder.length });
  };
  for (const m of norm.matchAll(AFTER_MARK)) push(m[1]!, m.index + m[0].indexOf(m[1]!));
  for (const m of norm.matchAll(BEFORE_MARK)) push(m[1]!, m.index);
  return out.slice(0, 4);
}

/** Blocks that name the site rather than a product: headings and page chrome. */
const SITE_NAME_TAGS = new Set(['h1', 'header', 'nav', 'footer']);
const SITE_NAME_METAS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'];
const MAX_SITE_NAME = 60;

/** The texts where a page names its own site: title, site-name metas, short h1 / header / nav / footer blocks. */
function siteNameTexts(ctx: PageContext): { text: string; block?: NormBlock }[] {
  const out: { text: string; block?: NormBlock }[] = [];
  const title = normalize(ctx.snapshot.title);
  if (title) out.push({ text: title.slice(0, MAX_SITE_NAME * 2) });
  for (const key of SITE_NAME_METAS) {
    const v = normalize(ctx.snapshot.meta[key] ?? '');
    if (v) out.push({ text: v.slice(0, MAX_SITE_NAME) });
  }
  for (const block of ctx.blocks) {
    if (SITE_NAME_TAGS.has(block.tag) && block.norm.length <= MAX_SITE_NAME) out.push({ text: block.norm, block });
  }
  return out;
}

/** Walks left from a suffix over name characters and drops glued-on labels; null when what is left is no name. */
function nameStart(norm: string, suffixAt: number): number | null {
  let start = suffixAt;
  while (start > 0 && suffixAt - start < MAX_NAME && NAME_CHAR.test(norm[start - 1]!)) start--;
  start += LABEL_PREFIX.exec(norm.slice(start, suffixAt))?.[0].length ?? 0;
  const body = norm.slice(start, suffixAt);
  if ((body.match(/\p{Script=Han}/gu)?.length ?? 0) < 2 || NOT_A_NAME.test(body)) return null;
  return start;
}

/**
 * The number a source that can look numbers up should be asked about (→ `DomainInputs.icpByNumber`): the first ICP备
 * number shown, else the first ICP证 number, as shown (with its `-N` when there is one).
 */
export function icpNumberForLookup(claims: PageClaims): string | undefined {
  return claims.icpNumbers.find((n) => n.includes('ICP备')) ?? claims.icpNumbers[0];
}
