// Shared by the payment family: negated clauses, "is this page about buying something", evidence helpers.
// Matching runs on normalised block text (context.ts); regexes are linear (bounded repetitions only).
import type { Evidence, Severity } from '../../../core/types';
import type { NormBlock, PageContext } from '../context';
import { shopClass } from '../shop-classification';
import { payAmounts } from './amounts';
import { paymentCodes } from './codes';

/**
 * Words that turn a clause into a warning, a denial or a report about someone else: "不要转账到个人账户",
 * "本站不会要求…", "无需上传截图", "骗子诱导受害者转账…".
 */
const NEGATION = /不要|不会|勿|严禁|禁止|谨防|警惕|防止|不得|绝不|从不|不可|不能|无需|不需要|不用|以免|避免|拒绝|当心|小心|谨慎|举报|骗|诱导|不法|受害|嫌疑|冒充/;
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
export function isQuoted(text: string, start: number): boolean {
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

/** Not asked for by this page: negated, conditional-then-negated, or quoted. */
export function isNotAsked(text: string, start: number, end: number): boolean {
  return isQuoted(text, start) || isNegated(text, start, end);
}

/** A clause that only sets a condition: its warning comes in the next clause ("如果网店让你转账，千万不要付款"). */
const CONDITIONAL = /^ ?(?:如果|假如|要是|一旦|若|如)/;

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
    payAmounts(ctx).length > 0 || (paymentCodes(ctx).length > 0 && ctx.blocks.some((b) => ORDER_WORDS.test(b.norm))));
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
export function codeEvidence(quote: string, where: 'link' | 'form' | 'script' | 'image' | 'url', blockId?: number): Evidence {
  return blockId === undefined ? { quote: clip(quote), where } : { quote: clip(quote), where, blockId };
}

/** The blocks next to `block` in document order (ids are assigned in order), itself first. */
export function neighbourhood(ctx: PageContext, block: NormBlock): NormBlock[] {
  const byId = ctx.memo('payment-blocks-by-id', () => new Map(ctx.blocks.map((b) => [b.id, b])));
  return [block, byId.get(block.id - 1), byId.get(block.id + 1)].filter((b): b is NormBlock => b !== undefined);
}
