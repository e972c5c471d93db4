import type { DetectorText } from '../../core/types';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { paymentCodes } from './payment/codes';
import { clauseAt, codeEvidence, inContext, isNotAsked } from './payment/wording';

/** Stablecoins card shops take: USDT on TRON (TRC20) or Ethereum (ERC20), 泰达币. */
const CRYPTO = /USDT|TRC-?20|ERC-?20|泰达币|tether/gi;
/** The crypto is offered as the way to pay, not just mentioned. */
const PAY_CONTEXT = /支付|付款|收款|转账|充值地址|收款地址|付款地址|钱包地址|pay/i;
/** Crypto payment routes of card-shop software (dujiaoka: epusdt, tokenpay, coinbase). */
const CRYPTO_ROUTE = /\/pay\/(?:epusdt|tokenpay|coinbase)\/|epusdt|tokenpay/i;
/** Any CNY payment method offered: Alipay, WeChat Pay, UnionPay / 云闪付, QQ Wallet (or their dujiaoka routes). */
const CNY_ANY = /支付宝|alipay|微信支付|微信扫码|微信付款|wxpay|wechat ?pay|银联|云闪付|unionpay|QQ钱包|QQ支付|qqpay|财付通|网银|\/pay\/(?:alipay|wepay|wxpay|qqpay)\//gi;
const CNY_REFUSED = /不支持|暂不|不提供|不接受|不收|停用|关闭|无法使用/;

/** paymentCryptoOnly's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const paymentCryptoOnlyText: DetectorText = {
  'zh-CN': {
    title: '只收 USDT 等虚拟货币',
    explain: '页面只提供 USDT（TRC20 / ERC20，泰达币）等虚拟货币付款，没有支付宝、微信支付、银联或 QQ 钱包等人民币付款方式。虚拟货币转账不能撤销、无法申诉，收款地址背后是谁也查不到；在中国大陆，虚拟货币相关业务活动属于非法金融活动（中国人民银行等《关于进一步防范和处置虚拟货币交易炒作风险的通知》，银发〔2021〕237号），出了问题得不到法律保护。只收 USDT 的发卡网常见于售卖违法商品或准备跑路的网店。',
    action: '不要用虚拟货币购买卡密或充值；只通过持牌支付机构的商户收款或有担保的平台付款。',
  },
  en: {
    title: 'Takes only USDT or other crypto',
    explain: 'The page offers only crypto such as USDT (TRC20 / ERC20, Tether) and no CNY payment method such as Alipay, WeChat Pay, UnionPay or QQ Wallet. Crypto transfers cannot be reversed or disputed, and nobody can tell who is behind the receiving address; in mainland China crypto business activities are illegal financial activities (PBOC et al., Notice on Further Preventing and Handling Risks of Virtual Currency Trading Speculation, Yinfa [2021] No. 237), so there is no legal protection if things go wrong. USDT-only card shops are typical of shops selling illegal goods or preparing to disappear.',
    action: 'Do not buy card keys or top-ups with crypto; pay only through a licensed merchant channel or an escrow platform.',
  },
};

/**
 * `payment-crypto-only` (warn): the page takes USDT / TRC20 / ERC20 and offers no CNY payment method. Stablecoin
 * payments cannot be reversed or disputed, and crypto business is illegal financial activity in mainland China
 * (PBOC 银发〔2021〕237号), so a shop that only takes USDT leaves the buyer with no recourse (domain-facts.md §7).
 */
export const paymentCryptoOnly: PageDetector = {
  id: 'payment-crypto-only',
  detect(ctx) {
    const s = ctx.snapshot;
    const evidence: Evidence[] = [];
    for (const block of ctx.blocks) {
      if (!PAY_CONTEXT.test(block.norm)) continue;
      for (const m of block.norm.matchAll(CRYPTO)) {
        const end = m.index + m[0].length;
        if (isNotAsked(block, m.index, end)) continue;
        // "本店不接受 USDT" refuses it; "仅支持 USDT，不支持支付宝" is the crypto-only case.
        const clause = clauseAt(block.norm, m.index, end);
        if (CNY_REFUSED.test(clause) && !/仅|只/.test(clause)) continue;
        evidence.push(blockEvidence(block, m.index, m.index + m[0].length));
        break;
      }
    }
    for (const l of s.links) if (CRYPTO_ROUTE.test(l.href)) evidence.push(codeEvidence(l.href, 'link', l.blockId));
    for (const f of s.forms) if (CRYPTO_ROUTE.test(f.action)) evidence.push(codeEvidence(f.action, 'form'));
    if (evidence.length === 0) return [];

    // "暂不支持支付宝、微信，仅收 USDT" is the crypto-only case itself, so a refused method does not count as offered.
    const offered = (t: string) => [...t.matchAll(CNY_ANY)].some((m) => !CNY_REFUSED.test(clauseAt(t, m.index, m.index + m[0].length)));
    const cnyText = [s.title, ...ctx.blocks.map((b) => b.norm), ...s.links.map((l) => l.href), ...s.forms.map((f) => f.action), ...s.images.map((i) => i.alt)];
    if (cnyText.some(offered)) return [];
    if (paymentCodes(ctx).some((c) => c.cls.wallet !== 'other')) return [];
    return [pageSignal('payment-crypto-only', inContext(ctx, 'warn'), evidence.slice(0, 5))];
  },
  text: paymentCryptoOnlyText,
};
