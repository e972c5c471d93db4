import type { Severity, Signal } from '../../core/types';
import { pageSignal, type PageDetector } from './context';
import { paymentCodes, shortPayload, type PaymentCode } from './payment/codes';
import { codeEvidence, inContext } from './payment/wording';

const MAX_SIGNALS = 4;

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
};

function baseSeverity(code: PaymentCode): Severity | null {
  if (code.cls.detail.form === 'alipay-to-account' && code.where !== 'image') return null;
  if (code.cls.kind === 'personal') return 'danger';
  if (code.cls.kind === 'small-merchant') return 'warn';
  return null;
}
