import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { filingProblems, groupByNumber, parseFilingNumbers } from './filing-numbers';

const MAX_SIGNALS = 3;

/**
 * `police-filing-invalid` (warn): a 公安备案号 (`京公网安备11010802020000号`, also city forms such as `武汉网安备…`)
 * whose digits are not 14, whose first two digits are no GB/T 2260 province, or whose province contradicts a clear
 * one-character (or mapped city) prefix. Digits 7–14 are [U] and never flagged (see filing-numbers.ts).
 */
export const policeFilingInvalid: PageDetector = {
  id: 'police-filing-invalid',
  detect(ctx) {
    const year = new Date(ctx.now).getFullYear();
    const nums = parseFilingNumbers(ctx).filter((n) => n.kind === 'police');
    const out: Signal[] = [];
    for (const [number, group] of groupByNumber(nums)) {
      const problem = filingProblems(group[0]!, year)[0];
      if (!problem) continue;
      const evidence = group.slice(0, 5).map((n) => blockEvidence(n.block, n.start, n.end));
      out.push(pageSignal('police-filing-invalid', 'warn', evidence, { number, problem }));
      if (out.length >= MAX_SIGNALS) break;
    }
    return out;
  },
};
