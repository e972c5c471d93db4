import type { DetectorText } from '../../core/types';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type NormBlock, type PageContext, type PageDetector } from './context';
import { paymentCodes, shortPayload } from './payment/codes';
import { codeEvidence, inContext, isNegated, isNotAsked, neighbourhood } from './payment/wording';
import { PAYMENT_LAWS } from './payment/laws';

type Kind = 'bank-card' | 'personal-account' | 'wallet-account' | 'to-account' | 'screenshot';
/** Most telling first: the first kind found becomes `params.kind`. */
const KINDS: readonly Kind[] = ['bank-card', 'to-account', 'personal-account', 'wallet-account', 'screenshot'];

/** paymentPersonalTransfer's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const paymentPersonalTransferText: DetectorText = {
  'zh-CN': {
    title: '疑似要求转账到个人账户',
    explain: `页面要求把钱转到个人银行卡或个人支付宝 / 微信账号（银行卡号旁写着转账、开户行，“转账到个人账户”“加微信转账”，或支付宝转账链接），或者要求付款后截图发给客服人工确认。转账到个人账户不经过任何商户收款系统，对方收钱后不发货或关站，你几乎没有办法追回；正规网店不会要求转账到个人账户。${PAYMENT_LAWS['zh-CN']}只看到“付款后截图联系客服”时是警告：它说明没有支付系统自动确认订单，但不一定是个人账户。`,
    action: '不要转账到个人账户。只通过持牌支付机构的商户收款或有担保的平台付款；保留页面、聊天和转账记录，向 12321 举报，被骗后立即拨打 110 并联系银行。',
  },
  en: {
    title: 'Probably asks for a transfer to a personal account',
    explain: `The page asks you to transfer money to a personal bank card or a personal Alipay / WeChat account (a bank card number next to transfer or bank-branch wording, "转账到个人账户", "add WeChat and transfer", an Alipay transfer link), or to send a payment screenshot to support for manual confirmation. A transfer to a personal account goes through no merchant payment system: if the other side takes the money and delivers nothing or closes the site, you have almost no way to get it back, and proper shops never ask for one. ${PAYMENT_LAWS['en']} A "send a screenshot after paying" instruction on its own is a warning: it shows no payment system confirms the order, not necessarily that the account is personal.`,
    action: 'Do not transfer money to a personal account. Pay only through a licensed merchant channel or an escrow platform; keep the page, chat and transfer records, report to 12321, and if defrauded call 110 and your bank at once.',
  },
};

/**
 * `payment-personal-transfer` (danger): the page asks for a transfer to a person — a bank-card number (Luhn-valid,
 * 16–19 digits) beside transfer wording, "转账到个人 / 私人账户", "转账到支付宝账号 …" / "加微信转账", or an Alipay
 * toAccount deep link. Manual confirmation ("付款后截图联系客服", 上传付款截图) alone is `warn`: it says no payment
 * system confirms the order, not whose account it is. Warnings ("不要转账到个人账户") never count; order numbers,
 * 卡密, phone and ID numbers are not card numbers.
 */
export const paymentPersonalTransfer: PageDetector = {
  id: 'payment-personal-transfer',
  detect(ctx) {
    const found = new Map<Kind, Evidence[]>();
    const add = (kind: Kind, e: Evidence) => found.set(kind, [...(found.get(kind) ?? []), e]);
    for (const block of ctx.blocks) {
      for (const e of bankCards(ctx, block)) add('bank-card', e);
      for (const [kind, re] of PHRASES) {
        for (const m of block.norm.matchAll(re)) {
          const end = m.index + m[0].length;
          if (isNotAsked(block, m.index, end)) continue;
          if (kind === 'screenshot' && SUPPORT_ONLY.test(clauseOf(block.norm, m.index, end))) continue;
          add(kind, blockEvidence(block, m.index, end));
        }
      }
    }
    for (const code of paymentCodes(ctx)) {
      if (code.cls.detail.form === 'alipay-to-account' && code.where !== 'image') add('to-account', codeEvidence(shortPayload(code), code.where, code.blockId));
    }
    const kinds = KINDS.filter((k) => found.has(k));
    if (kinds.length === 0) return [];
    const severity = kinds.some((k) => k !== 'screenshot') ? 'danger' : 'warn';
    const evidence = kinds.flatMap((k) => found.get(k)!.slice(0, 3));
    return [pageSignal('payment-personal-transfer', inContext(ctx, severity), evidence, { kind: kinds[0]! })];
  },
  text: paymentPersonalTransferText,
};

/** Not a verb of wanting: 跳转到微信 ("jump to WeChat") is navigation, 中转 / 运转 are not transfers. */
const TRANSFER = String.raw`(?:转账|汇款|打款|(?<![跳中运旋周扭好])转)`;
/** For wallets only the full verbs: "请转到微信中打开" is an instruction to switch apps. */
const TRANSFER_STRICT = String.raw`(?:转账|汇款|打款)`;
const PHRASES: ReadonlyArray<readonly [Kind, RegExp]> = [
  ['personal-account', new RegExp(String.raw`${TRANSFER}(?:到|至|给|入)(?:本人|我|店主|站长|老板|客服)?的?(?:个人|私人)|(?:个人|私人)(?:银行卡|银行账户|账户|账号)(?:转账|汇款|打款|付款|收款)`, 'g')],
  ['wallet-account', new RegExp(String.raw`${TRANSFER_STRICT}(?:到|至|给)(?:我的|我们的|本店|本站|店主|客服|下面的|以下)?的?(?:支付宝|微信|QQ)(?:账号|账户|号)?|(?:加|添加)(?:客服|店主|老板|卖家)?的?(?:微信|QQ|vx|v信|薇信|威信)(?:好友)?后?(?:转账|付款|发红包)|(?:支付宝|微信)转账(?:付款|支付)?`, 'gi')],
  ['screenshot', /(?:付款|支付|转账|打款)(?:成功|完成)?后(?:请)?(?:将|把)?(?:付款|支付|转账)?(?:截图|凭证)|上传(?:付款|支付|转账|汇款)(?:截图|凭证|记录)|(?:付款|支付|转账)(?:截图|凭证)(?:发给|发送给|发至|联系|私聊|提交给?)/g],
];
/** "如付款后未发货，请截图联系客服" is after-sales support, not how payment is confirmed. */
const SUPPORT_ONLY = /未|没有?|失败|异常|问题|如有|如果|如遇|若|延迟|售后/;

function clauseOf(text: string, start: number, end: number): string {
  // The whole sentence: support wording often sits in the clause before ("如未到账，付款后截图联系客服").
  let from = start;
  while (from > 0 && !/[。！？!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[。！？!?\n]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** 16–19 digits, run together or grouped by 4 with spaces or dashes (normalised text). */
const CARD_RE = /(?<![\d-])(?:\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?|\d{16,19})(?![\d-])/g;
/** Transfer wording that makes a long number a bank account. */
const BANK_WORDS = /转账|汇款|打款|收款账户|收款账号|收款人|银行卡|开户行|开户银行|银行账号|银行账户/g;
/** Labels that make a long number something else: order / serial numbers, card secrets, phones, ID numbers. */
const OTHER_LABEL = /(?:订单|单号|编号|流水|交易号|卡密|密码|激活码|兑换码|CDK|序列号|手机|电话|QQ|微信号|快递|运单|物流|身份证|证件)[^\d]{0,8}$/i;

function bankCards(ctx: PageContext, block: NormBlock): Evidence[] {
  const out: Evidence[] = [];
  for (const m of block.norm.matchAll(CARD_RE)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 16 || digits.length > 19 || !luhn(digits)) continue;
    if (OTHER_LABEL.test(block.norm.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (!neighbourhood(ctx, block).some(hasTransferWording)) continue;
    out.push(blockEvidence(block, m.index, m.index + m[0].length));
  }
  return out;
}

function hasTransferWording(block: NormBlock): boolean {
  for (const m of block.norm.matchAll(BANK_WORDS)) {
    if (!isNegated(block.norm, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

/** ISO/IEC 7812 check digit (bank cards, UnionPay included). */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
