// Amounts on a payment page: the sum being asked for ("应付金额 ¥10.00", "请务必付款 10.01 元", a lone "¥10.01"
// on a cashier) and the prices listed elsewhere on the page. Parsed once per page (ctx.memo).
import type { NormBlock, PageContext } from '../context';

export type Amount = {
  /** In fen (分), so comparisons are exact. */
  fen: number;
  /** As written, normalised: '10.01'. */
  text: string;
  block: NormBlock;
  start: number;
  end: number;
  /** The label before it ('请务必付款', '应付金额', '价格'…), '' for a bare ¥ amount. */
  label: string;
};

/** A sum: 1–7 digits, up to 2 decimals, not followed by more digits or by a counting unit (合计 3 件). */
const NUM = String.raw`(\d{1,7}(?:\.\d{1,2})?)(?![\d.])(?! ?(?:件|个|张|天|月|年|次|分钟|秒|小时|位|笔|%))`;
/** Labels of the sum being asked for now (not "价格", not "充值金额" options of a product page). */
const PAY_LABELS = String.raw`(?<![\u3400-\u9fff])金额|请务必付款|请付款|扫码后输入金额|输入金额|扫一扫付款|扫码付款|应付金额|应付款?|实付金额|实付款?|实际支付|实际付款|支付金额|付款金额|订单金额|订单总额|订单总价|商品总价|需支付|需付款|待支付|合计|总计`;
const PAY_RE = new RegExp(String.raw`(${PAY_LABELS}) ?:? ?(?:¥|RMB|CNY)? ?${NUM}`, 'g');
/** Listed prices: labelled, or with a currency sign or 元. */
const PRICE_RE = new RegExp(String.raw`(价格|售价|单价|现价|原价|商品价格|面值|${PAY_LABELS}) ?:? ?¥? ?${NUM}|¥ ?${NUM}|${NUM} ?元`, 'g');
/** A block that is nothing but an amount: the big "¥10.01" of a cashier page. */
const LONE_RE = /^(?:¥ ?(\d{1,7}(?:\.\d{1,2})?)|(\d{1,7}\.\d{2}) ?元)$/;

const toFen = (s: string) => Math.round(Number(s) * 100);

/** Amounts labelled as the sum to pay now, in page order. */
export function payAmounts(ctx: PageContext): Amount[] {
  return ctx.memo('payment-pay-amounts', () => {
    const out: Amount[] = [];
    for (const block of ctx.blocks) {
      for (const m of block.norm.matchAll(PAY_RE)) out.push(amount(block, m, m[2]!, m[1]!));
    }
    return out.filter((a) => a.fen > 0);
  });
}

/** Blocks that show nothing but an amount (cashier pages put the sum on its own, large). */
export function loneAmounts(ctx: PageContext): Amount[] {
  return ctx.memo('payment-lone-amounts', () => ctx.blocks.flatMap((block) => {
    const m = LONE_RE.exec(block.norm);
    const text = m?.[1] ?? m?.[2];
    return m && text ? [{ fen: toFen(text), text, block, start: 0, end: block.norm.length, label: '' }] : [];
  }).filter((a) => a.fen > 0));
}

/** Every price-like amount of the page (listed prices included). */
export function allPrices(ctx: PageContext): Amount[] {
  return ctx.memo('payment-all-prices', () => {
    const out: Amount[] = [];
    for (const block of ctx.blocks) {
      for (const m of block.norm.matchAll(PRICE_RE)) {
        const text = m[2] ?? m[3] ?? m[4];
        if (text) out.push(amount(block, m, text, m[1] ?? ''));
      }
    }
    return out.filter((a) => a.fen > 0);
  });
}

/** The sum the page asks for: the first labelled pay amount, else a lone amount; undefined when there is none. */
export function askedAmount(ctx: PageContext): Amount | undefined {
  return payAmounts(ctx)[0] ?? loneAmounts(ctx)[0];
}

function amount(block: NormBlock, m: RegExpMatchArray, text: string, label: string): Amount {
  return { fen: toFen(text), text, block, start: m.index!, end: m.index! + m[0].length, label };
}
