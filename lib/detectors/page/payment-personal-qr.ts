import type { DetectorText } from '../../core/types';
import type { Severity, Signal } from '../../core/types';
import { pageSignal, type PageDetector } from './context';
import { paymentCodes, shortPayload, type PaymentCode } from './payment/codes';
import { codeEvidence, inContext } from './payment/wording';
import { PAYMENT_LAWS } from './payment/laws';

const MAX_SIGNALS = 4;

/** paymentPersonalQr's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const paymentPersonalQrText: DetectorText = {
  'zh-CN': {
    title: '疑似个人收款码：{payload}',
    explain: `页面上的付款二维码内容是 {payload}，符合个人收款码的格式（微信 wxp://f2f…、支付宝 qr.alipay.com/fkx…、QQ 钱包个人码、赞赏码），或是可能属于个人的小微商户经营码。正规网店通过持牌支付机构的商户收款（微信 Native 支付、支付宝当面付等），付款后由系统确认订单；付到个人收款码的钱直接进入某个人的账户，付款和订单对不上号，网店关站“跑路”后很难追回。发卡网用个人码收款，通常配合“免签”挂机软件自动确认，或者收钱后不发货。${PAYMENT_LAWS['zh-CN']}收款码的格式判断来自公开样例总结的规律，卡盾没有核实收款人是谁。`,
    action: '不要扫这个码付款。只通过持牌支付机构的商户收款或有担保的平台付款；如已付款，保留订单、聊天和付款记录（含收款人昵称、账号），向 12321 举报，被骗请拨打 110。',
  },
  en: {
    title: 'Probably a personal payment code: {payload}',
    explain: `The payment QR code on the page reads {payload}, which has the format of a personal receiving code (WeChat wxp://f2f…, Alipay qr.alipay.com/fkx…, a QQ Wallet personal code, a WeChat reward code) or of a small-merchant code that may belong to a private person. Proper shops take payment as merchants of a licensed payment institution (WeChat Native Pay, Alipay Face-to-Face and the like), and the system confirms the order; money paid to a personal code goes straight into someone's own account, nothing ties it to your order, and once the shop disappears it is very hard to get back. Card shops that collect through personal codes usually pair them with "免签" phone-monitoring apps, or simply take the money and deliver nothing. ${PAYMENT_LAWS['en']} The code formats are patterns drawn from public examples; KaDun has not verified who the payee is.`,
    action: "Do not scan this code to pay. Pay only through a licensed merchant channel or an escrow platform; if you already paid, keep the order, chat and payment records (including the payee's nickname and account), report to 12321, and call 110 if you were defrauded.",
  },
};

/**
 * `payment-personal-qr` (danger): a decoded payment code pays a person, not a merchant — a WeChat / Alipay / QQ
 * personal 收款码 or a 赞赏码 (domain-facts.md §5). A 小微 经营码 (which may belong to a natural person) is `warn`;
 * unknown payloads never make a signal. On a page that sells nothing (a donation page) it is only `info`.
 * One signal per distinct payload; an Alipay toAccount deep link in a link or script is payment-personal-transfer's.
 */
export const paymentPersonalQr: PageDetector = {
  id: 'payment-personal-qr',
  detect(ctx) {
    const out: Signal[] = [];
    for (const code of paymentCodes(ctx)) {
      const base = baseSeverity(code);
      if (!base) continue;
      const short = shortPayload(code);
      const d = code.cls.detail;
      const params: Record<string, string> = { payload: short, wallet: code.cls.wallet, form: d.form, kind: code.cls.kind };
      if (d.qq) params.qq = d.qq;
      if (d.nickname) params.nickname = d.nickname;
      if (d.amount) params.amount = d.amount;
      out.push(pageSignal('payment-personal-qr', inContext(ctx, base), [codeEvidence(short, code.where, code.blockId)], params));
      if (out.length >= MAX_SIGNALS) break;
    }
    return out;
  },
  text: paymentPersonalQrText,
};

function baseSeverity(code: PaymentCode): Severity | null {
  if (code.cls.detail.form === 'alipay-to-account' && code.where !== 'image') return null;
  if (code.cls.kind === 'personal') return 'danger';
  if (code.cls.kind === 'small-merchant') return 'warn';
  return null;
}
