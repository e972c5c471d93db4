import type { DetectorText } from '../../core/types';
import { originalSlice } from '../../core/text';
import { blockEvidence, pageSignal, type NormBlock, type PageContext, type PageDetector } from './context';
import { shopClass } from './shared/shop-classification';
import { isValidUscc, usccCandidates, usccProblem, type UsccCandidate } from './shared/uscc';

/** Company suffixes, longest first so 股份有限公司 / 有限责任公司 win over 有限公司. */
const COMPANY_SUFFIX = /股份有限公司|有限责任公司|有限公司/g;
/** A sole proprietor named as such: 示例通讯服务部(个体工商户) (NFKC has made the parentheses ASCII). */
const SOLE_MARK = /\(个体工商户\)/g;
/** A sole proprietor introduced by a label: 经营者:杭州市西湖区示例网络工作室. */
const SOLE_LABELLED = /(?:经营者|经营主体|运营主体|主办单位)(?:名称)?: ?([\p{Script=Han}]{2,30}?(?:工作室|服务部|经营部|门市部|商行|商店))/gu;
/** Characters a registered name is made of; the walk left from a suffix stops at anything else (':', ' ', '©'). */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9()·&]/u;
const MAX_NAME = 40;
/** Labels glued to the name without a colon, and words that make it no name (本公司, 该有限公司). */
const LABEL_PREFIX = /^(?:本站|本网站|本平台|运营主体|运营单位|运营方|主办单位|经营者名称|经营者|经营主体|企业名称|公司名称|单位名称|名称|版权所有|归属|由|为)+/;
const NOT_A_NAME = /^(?:本|该|贵|某|此|我|你|一家|这家)/;
/** 营业执照 / 统一社会信用代码 / 经营者 wording; "无需营业执照" (a 免签 selling point) is not it. */
const WORDING = /营业执照|信用代码|经营者|经营主体|运营主体|主体信息|工商信息/g;
const WORDING_NEGATED = /(?:无需|不需要?|不用|免|没有|无)$/;
/** What a page footer says; the footer area starts at the first such block among the last ones. */
const FOOTERISH = /版权|©|copyright|all rights reserved|ICP|公网安备|营业执照|信用代码|许可证/i;
const FOOTER_BLOCKS = 8;

type Name = { name: string; kind: 'company' | 'sole'; index: number; block: NormBlock; start: number; end: number };

/** companyIdentityShown's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const companyIdentityShownText: DetectorText = {
  'zh-CN': {
    title: '页面公示了经营者：{company}',
    explain: '页面上写有经营者名称 {company} 和统一社会信用代码 {code}，代码通过了国家标准 GB 32100-2015 的校验，旁边也有营业执照 / 经营者字样。电子商务法第十五条要求网店在首页显著位置公示营业执照信息，照做是一个好迹象。但这是页面自称的公司信息，卡盾未能核实：冒用真实公司的名称和代码很容易，校验通过只说明代码格式正确，不说明这家公司存在、经营这个网站。所以仅凭这一项不会亮绿灯。',
    action: '到国家企业信用信息公示系统（gsxt.gov.cn）查询 {code}，核对公司名称、状态（是否存续）和经营范围，并看 ICP 备案的主办单位是否是同一家公司。',
  },
  en: {
    title: 'The page names its operator: {company}',
    explain: "The page shows the operator {company} with the unified social credit code {code}, which passes the GB 32100-2015 check, next to business-licence / operator wording. The E-commerce Law (art. 15) requires shops to show their business licence information prominently on the home page, so doing it is a good sign. But this is company information the page claims about itself and KaDun could not verify it: a real company's name and code are easy to copy, and a valid checksum only means the code is well formed, not that the company exists or runs this site. On its own it never makes the light green.",
    action: 'Look {code} up at gsxt.gov.cn (National Enterprise Credit Information Publicity System): check the name, status and business scope, and whether the ICP filing holder is the same company.',
  },
};

/**
 * `company-identity-shown` (good): the shop names its operator — a 有限公司 / 有限责任公司 / 股份有限公司, or a 个体工商户 —
 * next to a 统一社会信用代码 that passes GB 32100 and GB 11714, with 营业执照 / 信用代码 / 经营者 wording, in the same or
 * an adjacent block or together in the footer (电子商务法 §15: licence information on the home page). The code must fit
 * the name (91 company, 92 sole proprietor). Never with an invalid code anywhere on the page (`uscc-invalid` speaks
 * then). Page evidence only: KaDun has not verified that the company exists or runs this site, so by the verdict
 * rules it can never make a shop green on its own.
 */
export const companyIdentityShown: PageDetector = {
  id: 'company-identity-shown',
  detect(ctx) {
    if (!shopClass(ctx).isShop) return [];
    const candidates = usccCandidates(ctx);
    if (candidates.some((c) => usccProblem(c.code) !== null)) return [];
    const codes = candidates.filter((c) => isValidUscc(c.code));
    if (codes.length === 0) return [];
    const indexOf = new Map(ctx.blocks.map((b, i) => [b, i] as const));
    const footerStart = footerAreaStart(ctx);
    const near = (i: number, j: number) => Math.abs(i - j) <= 1 || (i >= footerStart && j >= footerStart);
    const wording = wordingBlocks(ctx);
    const names = companyNames(ctx);
    for (const code of codes) {
      const ci = indexOf.get(code.block)!;
      for (const n of names) {
        if (!fits(n, code) || !near(n.index, ci)) continue;
        const worded = code.label !== null || wording.some((w) => near(w, n.index) || near(w, ci));
        if (!worded) continue;
        const evidence = code.block === n.block
          ? [quote(n.block, Math.min(n.start, code.start), Math.max(n.end, code.end))]
          : [quote(n.block, n.start, n.end), quote(code.block, code.start, code.end)];
        return [pageSignal('company-identity-shown', 'good', evidence, { company: n.name, code: code.code })];
      }
    }
    return [];
  },
  text: companyIdentityShownText,
};

/** A short block (a footer line) is quoted whole, label included; a long one around the match. */
const SHORT_BLOCK = 60;
const quote = (b: NormBlock, start: number, end: number) =>
  b.norm.length <= SHORT_BLOCK ? blockEvidence(b, 0, b.norm.length, 0) : blockEvidence(b, start, end);

/** 91… is an enterprise registered with 市场监管, 92… a 个体工商户 (domain-facts.md §3). */
const fits = (n: Name, code: UsccCandidate): boolean => code.code.startsWith(n.kind === 'company' ? '91' : '92');

function companyNames(ctx: PageContext): Name[] {
  const out: Name[] = [];
  ctx.blocks.forEach((block, index) => {
    const add = (kind: Name['kind'], start: number, end: number) => {
      if (end - start < 4) return;
      out.push({ kind, index, block, start, end, name: originalSlice(block.text, block, start, end) });
    };
    for (const m of block.norm.matchAll(COMPANY_SUFFIX)) {
      const start = nameStart(block.norm, m.index);
      if (start !== null) add('company', start, m.index + m[0].length);
    }
    for (const m of block.norm.matchAll(SOLE_MARK)) {
      const start = nameStart(block.norm, m.index);
      if (start !== null) add('sole', start, m.index);
    }
    for (const m of block.norm.matchAll(SOLE_LABELLED)) {
      const start = m.index + m[0].length - m[1]!.length;
      add('sole', start, start + m[1]!.length);
    }
  });
  return out;
}

/** Walks left from a suffix over name characters, drops glued-on labels; null when what is left is no name. */
function nameStart(norm: string, suffixAt: number): number | null {
  let start = suffixAt;
  while (start > 0 && suffixAt - start < MAX_NAME && NAME_CHAR.test(norm[start - 1]!)) start--;
  const label = LABEL_PREFIX.exec(norm.slice(start, suffixAt))?.[0].length ?? 0;
  start += label;
  const body = norm.slice(start, suffixAt);
  if ((body.match(/\p{Script=Han}/gu)?.length ?? 0) < 2 || NOT_A_NAME.test(body)) return null;
  return start;
}

/** Indices of blocks with 营业执照 / 信用代码 / 经营者 wording that is not negated. */
function wordingBlocks(ctx: PageContext): number[] {
  const out: number[] = [];
  ctx.blocks.forEach((b, i) => {
    for (const m of b.norm.matchAll(WORDING)) {
      if (WORDING_NEGATED.test(b.norm.slice(Math.max(0, m.index - 3), m.index))) continue;
      out.push(i);
      break;
    }
  });
  return out;
}

/** First block of the footer area: the first footer-like block among the page's last ones (Infinity: none). */
function footerAreaStart(ctx: PageContext): number {
  const n = ctx.blocks.length;
  for (let i = Math.max(0, n - FOOTER_BLOCKS); i < n; i++) {
    const b = ctx.blocks[i]!;
    if (b.tag === 'footer' || FOOTERISH.test(b.norm)) return i;
  }
  return Number.POSITIVE_INFINITY;
}
