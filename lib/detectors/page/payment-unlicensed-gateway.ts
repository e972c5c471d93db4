import type { DetectorText } from '../../core/types';
import { pageSignal, type PageDetector } from './context';
import { GATEWAYS, gatewayFindings } from './payment/gateways';
import { inContext } from './payment/wording';
import { PAYMENT_LAWS } from './payment/laws';

/** paymentUnlicensedGateway's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const paymentUnlicensedGatewayText: DetectorText = {
  'zh-CN': {
    title: '可能使用无支付牌照的收款通道：{gateway}',
    explain: `页面通过 {gateway} 收款。V免签、码支付、赞赏码和各种“免签”方案把钱收进个人收款码，再用手机挂机软件读取到账通知来确认订单（常见特征：要求支付的金额比标价多几分钱、“备注说明无需填写”、“扫码后输入金额支付”、要求把二维码保存到相册再扫）；彩虹易支付、虎皮椒、PayJS 等聚合通道先把买家的钱收进自己的账户再结算给网店，是没有支付牌照的“第四方支付”。${PAYMENT_LAWS['zh-CN']}这类通道出了问题，没有持牌机构为你处理退款和投诉。`,
    action: '最好不要通过这个通道付款，绝不要扫个人收款码或赞赏码；只通过持牌支付机构的商户收款或有担保的平台付款，保留订单和付款记录。',
  },
  en: {
    title: 'May use a payment channel without a licence: {gateway}',
    explain: `The page takes payment through {gateway}. V免签, 码支付 (codepay), WeChat reward codes and other "免签" schemes collect into a personal receiving code and confirm orders with a phone app that reads the incoming-payment notifications (typical signs: an amount a few fen off the listed price, "备注说明无需填写" (no note needed), "扫码后输入金额支付" (type the amount after scanning), saving the code to the photo album to scan it); aggregators such as 彩虹易支付 (epay), 虎皮椒 (xunhupay) and PayJS take buyers' money into their own accounts and settle it to the shop — unlicensed "fourth-party payment". ${PAYMENT_LAWS['en']} With such a channel, no licensed institution handles your refund or complaint when something goes wrong.`,
    action: 'Better not to pay through this channel, and never scan a personal receiving code or reward code; pay only through a licensed merchant channel or an escrow platform, and keep the order and payment records.',
  },
};

/**
 * `payment-unlicensed-gateway`: the page pays through a gateway that holds no payment licence
 * (domain-facts.md §6). Personal-account schemes — V免签 and its 免签 wording and amount jitter, 码支付, 赞赏码 —
 * are `danger`: the money goes to a person's 收款码 watched by a phone app. Aggregators — 彩虹易支付, 虎皮椒, PayJS —
 * are `warn`: they hold buyers' money and settle it to the shop without a licence. A personal-account scheme seen
 * only through weak wording (two hints, no route, script, channel name or amount jitter) is `warn` too: wording alone
 * never makes danger. One signal per gateway;
 * `params.gateway` names it, evidence quotes what gave it away (link / form / script / image / url, or a text block).
 */
export const paymentUnlicensedGateway: PageDetector = {
  id: 'payment-unlicensed-gateway',
  detect(ctx) {
    return gatewayFindings(ctx)
      .map((f) => pageSignal('payment-unlicensed-gateway', inContext(ctx, f.strong ? GATEWAYS[f.id].severity : 'warn'), f.evidence, {
        gateway: GATEWAYS[f.id].name,
        gatewayId: f.id,
        ...(f.amount ? { amount: f.amount } : {}),
      }))
      .sort((a, b) => Number(b.severity === 'danger') - Number(a.severity === 'danger'));
  },
  text: paymentUnlicensedGatewayText,
};
