import type { DetectorText } from '../../core/types';
import { originalSlice } from '../../core/text';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type NormBlock, type PageContext, type PageDetector } from './context';
import { shopClass } from './shared/shop-classification';
import { pageSoftware } from './shop-software';
import { isControl, isNegated, isNotice } from './shared/vocabulary';

/** resellerScheme's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const resellerSchemeText: DetectorText = {
  'zh-CN': {
    title: '疑似层层转售的分站 / 代理体系：{term}',
    explain: '页面在招揽开分站、代理加盟、多级分销或返佣（例如“{term}”）。这类卡盟通常是层层转售：最上面是货源站，下面是别人花钱开的分站，每一级加价或抽成。你付的钱要经过几手才到真正的货源，出了问题分站站长往往也找不到上家；货源站一关，所有分站会同时停止发货。',
    action: '不要花钱开分站或加盟代理；买卡找能说清货源、有企业备案的商家，先小额试单。',
  },
  en: {
    title: 'Possibly a chain of resold sub-shops: {term}',
    explain: 'The page recruits people to open sub-shops (分站), join as agents, or earn multi-level commissions (for example “{term}”). Card shops like this are usually resale chains: a supplier station at the top, sub-shops that others paid to open below it, each level adding a mark-up or a cut. Your money passes through several hands before it reaches the real source; when something goes wrong the sub-shop owner often cannot reach the level above, and when the supplier station closes every sub-shop stops delivering at once.',
    action: 'Do not pay to open a sub-shop or become an agent; buy from sellers who can say where their cards come from and hold a company filing, and test with a small order.',
  },
};

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
  text: resellerSchemeText,
};

/** Linear: literal alternations and one bounded gap (`[^。]{0,20}?` before a literal). */
export const RESELLER_RE =
  /(?:0元|零元|免费|一键)?(?:开通|搭建|创建|开设|加盟)分站|开分站|分站(?:开通|搭建|加盟|招商)|代理加盟|加盟代理|(?:诚招|招募|招收|火热招募)代理|(?:三|多|二)级分销|分销返佣|返佣|吃提成|(?:躺赚|坐享|坐收)(?:提成|佣金)|旗舰版[^。]{0,20}?提成|货源站|一手货源/gi;

/** 货源站 is a reseller scheme when the page offers to plug it in (对接) — in the block or its neighbours. */
function mentionsDocking(ctx: PageContext, index: number): boolean {
  const near: NormBlock[] = ctx.blocks.slice(Math.max(0, index - 2), index + 3);
  return near.some((b) => /对接/.test(b.norm));
}
