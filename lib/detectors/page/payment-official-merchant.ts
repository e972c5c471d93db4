import { pageSignal, type PageDetector } from './context';
import { paymentCodes, shortPayload } from './payment/codes';
import { gatewayFindings } from './payment/gateways';
import { codeEvidence } from './payment/wording';

/**
 * `payment-official-merchant` (good): the page's payment code is a merchant-mode code of a licensed wallet —
 * WeChat Native `weixin://wxpay/bizpayurl`, an Alipay 当面付 order code `qr.alipay.com/ba…`, a WeChat business code,
 * `qpay.qq.com/qr/…` (domain-facts.md §5–6). Silent when a personal code is on the page too, and next to an
 * unlicensed gateway (易支付 cashiers often show their operator's own 当面付 code: the merchant is the gateway, not
 * the shop). Good is not green: the verdict still needs a verified filing (design.md rule 6).
 */
export const paymentOfficialMerchant: PageDetector = {
  id: 'payment-official-merchant',
  detect(ctx) {
    const codes = paymentCodes(ctx);
    if (codes.some((c) => c.cls.kind === 'personal')) return [];
    if (gatewayFindings(ctx).length > 0) return [];
    const merchant = codes.filter((c) => c.cls.kind === 'merchant').slice(0, 4);
    if (merchant.length === 0) return [];
    const first = merchant[0]!;
    return [pageSignal('payment-official-merchant', 'good', merchant.map((c) => codeEvidence(shortPayload(c), c.where, c.blockId)), {
      payload: shortPayload(first), wallet: first.cls.wallet, form: first.cls.detail.form,
    })];
  },
};
