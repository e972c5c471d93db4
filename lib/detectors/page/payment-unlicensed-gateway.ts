import { pageSignal, type PageDetector } from './context';
import { GATEWAYS, gatewayFindings } from './payment/gateways';
import { inContext } from './payment/wording';

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
};
