import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { usccCandidates, usccProblem } from './uscc';

const MAX_SIGNALS = 3;

/**
 * `uscc-invalid` (warn): a 统一社会信用代码 on the page fails GB 32100 (length, charset, check character) or the
 * GB 11714 check inside it. Warn, not danger: a real code can fail (one is whitelisted in uscc.ts), and a typo is
 * possible — but a made-up code is the usual reason. Length / charset are judged only for codes labelled
 * 统一社会信用代码; a bare 18-character token is judged only on its checksums.
 */
export const usccInvalid: PageDetector = {
  id: 'uscc-invalid',
  detect(ctx) {
    const out: Signal[] = [];
    const done = new Set<string>();
    for (const c of usccCandidates(ctx)) {
      if (done.has(c.code)) continue;
      done.add(c.code);
      const problem = usccProblem(c.code);
      if (!problem) continue;
      const evidence = [blockEvidence(c.block, c.start, c.end)];
      out.push(pageSignal('uscc-invalid', 'warn', evidence, { code: c.code, problem }));
      if (out.length >= MAX_SIGNALS) break;
    }
    return out;
  },
};
