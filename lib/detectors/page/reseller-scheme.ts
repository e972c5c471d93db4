import { originalSlice } from '../../core/text';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type NormBlock, type PageContext, type PageDetector } from './context';
import { shopClass } from './shop-classification';
import { pageSoftware } from './shop-software';
import { isControl, isNegated, isNotice } from './vocabulary';

/**
 * `reseller-scheme` (warn): the shop recruits resellers — 开分站 / 0元搭建分站, 代理加盟, 三级分销, 返佣, 货源站 with
 * 对接, 旗舰版 … 吃提成 (domain-facts.md §6–7). Pyramid-style card shops: the goods come from a supplier station
 * several hands up, the "shop" is a sub-site someone rented, and when the top closes, every sub-site stops
 * delivering at once. Offered only: on a shop page (or card-shop software) or on a link / button, never in a
 * warning or news text, never negated ("暂停开通分站").
 */
export const resellerScheme: PageDetector = {
  id: 'reseller-scheme',
  detect(ctx) {
    const shopLike = shopClass(ctx).isShop || pageSoftware(ctx).length > 0;
    const evidence: Evidence[] = [];
    const terms = new Set<string>();
    let first = '';
    ctx.blocks.forEach((b, i) => {
      // Off a shop, only a button-like control counts: a long link is an article headline, not an offer.
      if (!shopLike && !(isControl(b) && b.norm.length <= 16)) return;
      if (isNotice(ctx, i)) return;
      for (const m of b.norm.matchAll(RESELLER_RE)) {
        const end = m.index + m[0].length;
        if (isNegated(b.norm, m.index) || /停|关闭/.test(b.norm.slice(Math.max(0, m.index - 4), m.index))) continue;
        // A question ("可以开通分站吗？") is not an offer.
        if (/吗|\?/.test(b.norm.slice(end, end + 6))) continue;
        if (m[0].includes('货源') && !mentionsDocking(ctx, i)) continue;
        terms.add(m[0]);
        first ||= originalSlice(b.text, b, m.index, end);
        evidence.push(blockEvidence(b, m.index, end));
        break;
      }
    });
    if (evidence.length === 0) return [];
    return [pageSignal('reseller-scheme', 'warn', evidence.slice(0, 5), { term: first, count: terms.size })];
  },
};

/** Linear: literal alternations and one bounded gap (`[^。]{0,20}?` before a literal). */
export const RESELLER_RE =
  /(?:0元|零元|免费|一键)?(?:开通|搭建|创建|开设|加盟)分站|开分站|分站(?:开通|搭建|加盟|招商)|代理加盟|加盟代理|(?:诚招|招募|招收|火热招募)代理|(?:三|多|二)级分销|分销返佣|返佣|吃提成|(?:躺赚|坐享|坐收)(?:提成|佣金)|旗舰版[^。]{0,20}?提成|货源站|一手货源/gi;

/** 货源站 is a reseller scheme when the page offers to plug it in (对接) — in the block or its neighbours. */
function mentionsDocking(ctx: PageContext, index: number): boolean {
  const near: NormBlock[] = ctx.blocks.slice(Math.max(0, index - 2), index + 3);
  return near.some((b) => /对接/.test(b.norm));
}
