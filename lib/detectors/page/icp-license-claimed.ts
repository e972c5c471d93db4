import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { filingProblems, groupByNumber, parseFilingNumbers } from './filing-numbers';

const MAX_SIGNALS = 3;

/**
 * `icp-license-claimed` (info): the page claims an ICP经营许可证 (`京ICP证030173号`) or a 增值电信业务经营许可证
 * (`浙B2-20080224`, cross-province `B2-20080207`, old `B2-2004-0851`). Not verified here: showing someone else's
 * real number is the commonest fraud, so only a registry check (tsm.miit.gov.cn) can make it count. Impossible
 * numbers are left to `icp-filing-invalid`.
 */
export const icpLicenseClaimed: PageDetector = {
  id: 'icp-license-claimed',
  detect(ctx) {
    const year = new Date(ctx.now).getFullYear();
    const nums = parseFilingNumbers(ctx).filter((n) => n.kind === 'icp-licence' || n.kind === 'vas-licence');
    const out: Signal[] = [];
    for (const [number, group] of groupByNumber(nums)) {
      if (filingProblems(group[0]!, year).length > 0) continue;
      const evidence = group.slice(0, 5).map((n) => blockEvidence(n.block, n.start, n.end));
      out.push(pageSignal('icp-license-claimed', 'info', evidence, { number, kind: group[0]!.kind }));
      if (out.length >= MAX_SIGNALS) break;
    }
    return out;
  },
};
