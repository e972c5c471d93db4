import type { Severity, Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageContext, type PageDetector } from './context';
import { filingProblems, groupByNumber, isUnverifiedPrefix, parseFilingNumbers } from './filing-numbers';
import { shopClass } from './shop-classification';

const MAX_SIGNALS = 5;

/**
 * `icp-filing-invalid` (danger): a 备案 / 许可证 number that cannot exist — a non-province or parody prefix, a
 * digit count no era used, a future year, a template placeholder (domain-facts.md §1.1, §1.4). One signal per
 * distinct number; `params.problem` is the most telling problem.
 */
export const icpFilingInvalid: PageDetector = {
  id: 'icp-filing-invalid',
  detect: (ctx) => invalidFilingSignals(ctx, new Date(ctx.now).getFullYear()),
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
