import type { DetectorText } from '../../core/types';
import { pageSignal, type PageDetector } from './context';
import { shopClass } from './shared/shop-classification';

/** shopDetected's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const shopDetectedText: DetectorText = {
  'zh-CN': {
    title: '这是一个卡密 / 充值类网店',
    explain: '页面上有商品、价格和购买入口（或发卡系统的特征）。卡盾会按网店的标准检查它的备案、收款方式和风险名单。',
  },
  en: {
    title: 'This is a card / top-up shop',
    explain: 'The page shows products, prices and a way to buy (or card-shop software). KaDun checks it as a shop: its filing, how it takes payment and the risk list.',
  },
};

/**
 * `shop-detected` (info): the page sells cards / vouchers / top-ups — products, a price and a way to buy, or a
 * card-shop software fingerprint. Not a judgement: it decides whether the shop rules of the verdict apply.
 */
export const shopDetected: PageDetector = {
  id: 'shop-detected',
  detect(ctx) {
    const cls = shopClass(ctx);
    if (!cls.isShop) return [];
    return [pageSignal('shop-detected', 'info', cls.reasons.slice(0, 4).map((r) => ({ quote: r.slice(r.indexOf(':') + 1), where: r.slice(0, r.indexOf(':')) })), { reasons: cls.reasons.length })];
  },
  text: shopDetectedText,
};
