import type { DetectorText } from '../../core/types';
import type { Severity, Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageContext, type PageDetector } from './context';
import { filingProblems, groupByNumber, isUnverifiedPrefix, parseFilingNumbers } from './shared/filing-numbers';
import { shopClass } from './shared/shop-classification';

const MAX_SIGNALS = 5;

/** icpFilingInvalid's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const icpFilingInvalidText: DetectorText = {
  'zh-CN': {
    title: '疑似伪造的备案号：{number}',
    explain: '页面上显示的备案 / 许可证号 {number} 不可能是工信部发放的编号：省份简称不对（如“萌ICP备”是娱乐性质的“萌备”，不是工信部备案；港澳台不发放工信部备案号），位数不对（备案号为 6、8 或 10 位数字），年份在未来，或者是模板里的示例号码（如 京ICP备12345678号）。显示假备案号的网站通常根本没有备案（互联网信息服务管理办法 第四条），出问题后无法通过备案主体追责。',
    action: '不要在这个网店付款。如已付款，保留订单、聊天和付款记录，向 12321 举报，必要时拨打 110 报警。',
  },
  en: {
    title: 'Probably a fake filing number: {number}',
    explain: 'The filing / licence number {number} shown on the page cannot have been issued by MIIT: the province prefix is wrong (萌ICP备 is a joke registry, not MIIT; Hong Kong, Macau and Taiwan get no MIIT numbers), the digit count is wrong (filings have 6, 8 or 10 digits), the year is in the future, or it is a template example such as 京ICP备12345678号. Sites showing fake numbers are usually not filed at all (Measures on Internet Information Services, art. 4), so nobody can be held to account through the filing.',
    action: 'Do not pay this shop. If you already paid, keep the order, chat and payment records, report it to 12321 and call 110 if needed.',
  },
};

/**
 * `icp-filing-invalid` (danger): a 备案 / 许可证 number that cannot exist — a non-province or parody prefix, a
 * digit count no era used, a future year, a template placeholder (domain-facts.md §1.1, §1.4). One signal per
 * distinct number; `params.problem` is the most telling problem.
 */
export const icpFilingInvalid: PageDetector = {
  id: 'icp-filing-invalid',
  detect: (ctx) => invalidFilingSignals(ctx, new Date(ctx.now).getFullYear()),
  text: icpFilingInvalidText,
};

/** The detector with its clock injected (tests pin the year). */
export function invalidFilingSignals(ctx: PageContext, nowYear: number): Signal[] {
  const nums = parseFilingNumbers(ctx).filter((n) => n.kind !== 'police');
  const out: Signal[] = [];
  for (const [number, group] of groupByNumber(nums)) {
    const problem = filingProblems(group[0]!, nowYear)[0];
    if (!problem) continue;
    // 萌ICP备 on a page that sells nothing is a fan-site joke (icp.gov.moe), not a claim someone pays on; a 港 / 澳 / 台
    // prefix rests on an unverified fact (docs/domain-facts.md §1.1), so it warns and never makes the page red.
    const severity: Severity = problem === 'parody' && !shopClass(ctx).isShop ? 'info'
      : problem === 'prefix' && isUnverifiedPrefix(group[0]!.prefix) ? 'warn' : 'danger';
    const evidence = group.slice(0, 5).map((n) => blockEvidence(n.block, n.start, n.end));
    out.push(pageSignal('icp-filing-invalid', severity, evidence, { number, problem }));
    if (out.length >= MAX_SIGNALS) break;
  }
  return out;
}
