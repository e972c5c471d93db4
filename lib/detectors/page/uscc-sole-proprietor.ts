import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { isValidUscc, usccCandidates } from './uscc';

/**
 * `uscc-sole-proprietor` (info): a valid 统一社会信用代码 starting `92` — department 9 (市场监管), type 2 个体工商户
 * (domain-facts.md §3). Legal, but not a company: it cannot hold an ICP经营许可证 and liability is personal.
 */
export const usccSoleProprietor: PageDetector = {
  id: 'uscc-sole-proprietor',
  detect(ctx) {
    const out: Signal[] = [];
    const done = new Set<string>();
    for (const c of usccCandidates(ctx)) {
      if (done.has(c.code) || !c.code.startsWith('92') || !isValidUscc(c.code)) continue;
      done.add(c.code);
      out.push(pageSignal('uscc-sole-proprietor', 'info', [blockEvidence(c.block, c.start, c.end)], { code: c.code }));
    }
    return out.slice(0, 3);
  },
};
