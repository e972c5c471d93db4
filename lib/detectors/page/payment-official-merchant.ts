import type { DetectorText } from '../../core/types';
import { pageSignal, type PageDetector } from './context';
import { paymentCodes, shortPayload } from './payment/codes';
import { gatewayFindings } from './payment/gateways';
import { codeEvidence } from './payment/wording';

/** paymentOfficialMerchant's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const paymentOfficialMerchantText: DetectorText = {
  'zh-CN': {
    title: '付款码是正规商户收款码',
    explain: '页面上的付款二维码（{payload}）是持牌支付机构的商户收款格式（微信 Native 支付 weixin://wxpay/bizpayurl、支付宝当面付 qr.alipay.com/bax…、QQ 钱包商户码等）：收款方是在微信支付、支付宝或 QQ 钱包签约的商户，付款有交易记录，可以向支付平台投诉。这只说明付款走的是正规通道，不说明网店可信：收款商户可能是别人或第三方聚合支付，卡盾无法核实它就是这家网店，所以仅凭这一项不会亮绿灯。',
    action: '付款后在微信 / 支付宝账单里核对收款商户名称，保留订单和付款记录；第一次购买先小额试单。',
  },
  en: {
    title: 'The payment code is an official merchant code',
    explain: 'The payment QR code on the page ({payload}) has the merchant format of a licensed payment institution (WeChat Native Pay weixin://wxpay/bizpayurl, Alipay Face-to-Face qr.alipay.com/bax…, a QQ Wallet merchant code and the like): the payee is a merchant contracted with WeChat Pay, Alipay or QQ Wallet, the payment is on record and you can complain to the payment platform. This only says the payment goes through a proper channel, not that the shop is trustworthy: the merchant may be someone else or a third-party aggregator, and KaDun cannot verify it is this shop, so this alone never makes the light green.',
    action: 'After paying, check the merchant name in your WeChat / Alipay bill and keep the order and payment records; make a small test order first.',
  },
};

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
  text: paymentOfficialMerchantText,
};
