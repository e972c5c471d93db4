// Shared by the payment family: negated clauses, "is this page about buying something", evidence helpers.
// Matching runs on normalised block text (context.ts); regexes are linear (bounded repetitions only).
import type { Evidence, Severity } from '../../../core/types';
import type { NormBlock, PageContext } from '../context';
import { shopClass } from '../shared/shop-classification';
import { payAmounts } from './amounts';
import { paymentCodes } from './codes';

/**
 * Words that turn a clause into a warning, a denial or a report about someone else: "不要转账到个人账户",
 * "本站不会要求…", "无需上传截图", "骗子诱导受害者转账…".
 */
const NEGATION = /不是|并非|并不|不要|不会|勿|严禁|禁止|谨防|警惕|防止|不得|绝不|从不|不可|不能|无需|不需要|不用|以免|避免|拒绝|当心|小心|谨慎|举报|骗|诱导|不法|受害|嫌疑|冒充/;
/** Clause boundaries of normalised text (NFKC turns full-width punctuation into ASCII; 。、 stay). */
const BOUNDARY = /[。！？；，,;!?\n]/;

/** The clause of `text` around [start, end): from the previous boundary to the next one. */
export function clauseAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !BOUNDARY.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * The match sits inside quotation marks: a page quoting scam wording (“请扫描个人收款码付款，备注无需填写”) describes
 * it; shops give their own instructions unquoted.
 */
export function isQuoted(where: string | Quotable, start: number): boolean {
  if (typeof where !== 'string' && where.quoted) return true;
  const text = typeof where === 'string' ? where : where.norm;
  let depth = 0;
  let ascii = 0;
  for (let i = 0; i < start; i++) {
    const ch = text[i]!;
    if (ch === '“' || ch === '「' || ch === '『') depth++;
    else if ((ch === '”' || ch === '」' || ch === '』') && depth > 0) depth--;
    else if (ch === '"') ascii++;
  }
  return depth > 0 || ascii % 2 === 1;
}

/** A block's normalised text, and whether the page sets it in a <blockquote> / <q>. */
export type Quotable = { norm: string; quoted?: boolean };

/** Not asked for by this page: negated, conditional-then-negated, or quoted (in marks, or in a <blockquote>). */
export function isNotAsked(where: string | Quotable, start: number, end: number): boolean {
  const text = typeof where === 'string' ? where : where.norm;
  return isQuoted(where, start) || isNegated(text, start, end) || DESCRIBES_OTHERS.test(text);
}

/** Quoted, or in a passage about others: for amounts and instructions, where a nearby "无需" is no denial. */
export function isReported(where: Quotable, start: number): boolean {
  return isQuoted(where, start) || DESCRIBES_OTHERS.test(where.norm);
}

/** A passage that reports on other sites or on a case ("上述网站的共同特点是：…", "民警提醒"), asking nothing itself. */
const DESCRIBES_OTHERS = /上述(?:网站|平台|店铺)|共同特点|典型特征|作案手法|诈骗分子|犯罪嫌疑人|不法分子|民警|以案说法/;

/** A clause that only sets a condition: its warning comes in the next clause ("如果网店让你转账，千万不要付款"). */
const CONDITIONAL = /^ ?(?:如果|假如|要是|一旦|若|如|凡是|凡|只要|任何)/;

/** The clause around a match warns against it or denies it rather than asking for it. */
export function isNegated(text: string, start: number, end: number): boolean {
  const clause = clauseAt(text, start, end);
  if (NEGATION.test(clause)) return true;
  if (!CONDITIONAL.test(clause)) return false;
  let to = end;
  while (to < text.length && !BOUNDARY.test(text[to]!)) to++;
  return NEGATION.test(clauseAt(text, to + 1, to + 1));
}

/** Words of an order or a checkout: a page that has them is about paying for something. */
const ORDER_WORDS = /订单|商品|购买|下单|发货|卡密|付款金额|应付|实付|请务必付款|收银台|购物车/;
const ORDER_WORDS_G = new RegExp(ORDER_WORDS.source, 'g');
/** Cashier titles (易支付: <title>微信扫码支付 - …</title>). */
const CASHIER_TITLE = /扫码支付|收银台|确认订单|订单支付/;

/**
 * Whether money on this page is a purchase: a shop, a cashier, a page naming the sum to pay, or a page with order
 * wording in its title, or in its text next to a payment code. A personal 收款码 on a donation page, or a blog,
 * a news report or a gateway's developer docs that mention 订单 while explaining a payment scheme, is no purchase
 * risk, so the family reports it as `info` there, never `danger`.
 */
export function isPurchaseContext(ctx: PageContext): boolean {
  return ctx.memo('payment-purchase-context', () =>
    shopClass(ctx).isShop || ORDER_WORDS.test(ctx.snapshot.title) || CASHIER_TITLE.test(ctx.snapshot.title) ||
    payAmounts(ctx).some((a) => !isReported(a.block, a.start)) || ctx.snapshot.forms.some(isOrderForm) ||
    (paymentCodes(ctx).length > 0 && ctx.blocks.some(asksToOrder)) || sellsForTransfer(ctx));
}

/**
 * Card goods with a price where the way to buy is a payment code or a request to pay a person: an impersonator's
 * "recharge centre" whose only control is its QR box, a forum post selling Q币 cards for a 微信 transfer.
 */
function sellsForTransfer(ctx: PageContext): boolean {
  const reasons = shopClass(ctx).reasons;
  if (!reasons.some((r) => r.startsWith('product:')) || !reasons.some((r) => r.startsWith('price:'))) return false;
  if (paymentCodes(ctx).length > 0) return true;
  return ctx.blocks.some((b) => {
    const m = PAY_A_PERSON.exec(b.norm);
    return m !== null && !isNotAsked(b, m.index, m.index + m[0].length);
  });
}
/** Asking to be paid directly (no order, no cashier). */
const PAY_A_PERSON = /(?:微信|支付宝|银行卡)?转账|付款后(?:发|私)|先付款|加(?:我)?(?:QQ|微信)(?:付款|购买|下单)/;

/** Order wording the page uses for itself: not negated ("也不是购买任何服务") and not quoted. */
function asksToOrder(b: NormBlock): boolean {
  for (const m of b.norm.matchAll(ORDER_WORDS_G)) if (!isNotAsked(b, m.index, m.index + m[0].length)) return true;
  return false;
}

/** A form that places an order with a gateway: an amount and a signature or order id (V免签 payId/price/sign, epay pid/money/sign, 码支付 pay_id/price). */
function isOrderForm(form: { fields: readonly string[] }): boolean {
  const f = new Set(form.fields.map((x) => x.toLowerCase()));
  return ['price', 'money', 'amount', 'total_fee'].some((n) => f.has(n)) && ['sign', 'pay_id', 'payid', 'out_trade_no', 'trade_no'].some((n) => f.has(n));
}

/** The severity a payment finding gets on this page: as given on a purchase page, `info` elsewhere. */
export function inContext(ctx: PageContext, severity: Severity): Severity {
  return isPurchaseContext(ctx) ? severity : 'info';
}

/** A short quote of a URL or code excerpt (evidence quotes are at most 120 characters). */
export function clip(s: string, max = 110): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Code-side evidence (a link, form, script, image or the page URL). */
export function codeEvidence(quote: string, where: 'link' | 'form' | 'script' | 'image' | 'url' | 'data', blockId?: number): Evidence {
  return blockId === undefined ? { quote: clip(quote), where } : { quote: clip(quote), where, blockId };
}

/** The blocks next to `block` in document order (ids are assigned in order), itself first. */
export function neighbourhood(ctx: PageContext, block: NormBlock): NormBlock[] {
  const byId = ctx.memo('payment-blocks-by-id', () => new Map(ctx.blocks.map((b) => [b.id, b])));
  return [block, byId.get(block.id - 1), byId.get(block.id + 1)].filter((b): b is NormBlock => b !== undefined);
}
