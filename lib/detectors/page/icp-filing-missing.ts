import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type NormBlock, type PageContext, type PageDetector } from './context';
import { parseFilingNumbers } from './filing-numbers';
import { shopClass } from './shop-classification';

/** Where a filing number belongs: the page footer (非经营性互联网信息服务备案管理办法 §13: bottom centre of the home page). */
const FOOTERISH = /版权|©|\(c\)|copyright|all rights reserved|powered by|备案|联系我们|关于我们/i;

/**
 * `icp-filing-missing` (warn): a shop shows no ICP备 / ICP证 number at all. Any number counts as shown, even an
 * impossible one (`icp-filing-invalid` speaks about those). Text hidden with CSS is not extracted, so a number that
 * only exists in hidden text counts as missing. A number drawn as an image cannot be read, hence the hedged wording.
 */
export const icpFilingMissing: PageDetector = {
  id: 'icp-filing-missing',
  detect(ctx) {
    if (!shopClass(ctx).isShop) return [];
    const shown = parseFilingNumbers(ctx).some((n) => n.kind === 'icp-filing' || n.kind === 'icp-licence');
    if (shown) return [];
    return [pageSignal('icp-filing-missing', 'warn', [whereWeLooked(ctx)])];
  },
};

/** Evidence: the footer (or the last text of the page), the place a filing number should have been. */
function whereWeLooked(ctx: PageContext): Evidence {
  const blocks = ctx.blocks;
  const footer: NormBlock | undefined =
    blocks.find((b) => b.tag === 'footer') ?? [...blocks].reverse().slice(0, 8).find((b) => FOOTERISH.test(b.norm));
  const seen = footer ?? blocks[blocks.length - 1];
  if (!seen) return { quote: '', where: 'page' };
  return { ...blockEvidence(seen, 0, seen.norm.length, 0), where: footer ? 'footer' : 'page-end' };
}
