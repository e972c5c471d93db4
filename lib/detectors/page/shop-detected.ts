import { pageSignal, type PageDetector } from './context';
import { shopClass } from './shop-classification';

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
};
