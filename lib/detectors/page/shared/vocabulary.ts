// Shared by the detectors that read what a page OFFERS (illegal-goods, reseller-scheme, price-below-face-value,
// inapp-browser-evasion): is a block a warning rather than an offer, is there a price or a buy control nearby, does
// the page sell at all. All regexes run on `block.norm` (NFKC: ￥ → ¥, ： → :) and are linear: alternations of
// literals and bounded repetitions only.
import type { NormBlock, PageContext } from '../context';
import { shopClass } from './shop-classification';
import { pageSoftware } from '../shop-software';

/**
 * Words of anti-fraud notices, news and shop rules that mention a thing in order to warn about it ("谨防…",
 * "严禁…", "本站不出售…", "提醒您…"). A block holding one of them is never read as an offer.
 */
export const NOTICE_RE =
  /谨防|警惕|严禁|禁止|举报|骗局|骗子|诈骗|被骗|上当|防骗|反诈|提醒|切勿|请勿|谨慎|小心|当心|打击|防范|曝光|揭秘|违法|犯罪|风险提示|屡禁|不(?:出售|销售|提供|收购|回收|支持|招收|招|经营|售卖|卖)|拒绝|杜绝/;

/** A price shown to a buyer: ¥12, 12元, 售价 12. */
export const PRICE_RE = /¥ ?\d+(?:\.\d{1,2})?|(?<![\d.])\d+(?:\.\d{1,2})? ?元(?!素|宇宙|旦|宵|朝)|(?:售价|价格|单价|现价|特价|批发价)[:：]? ?¥? ?\d/;

/** Words on a control that starts a purchase. */
const BUY_RE = /立即购买|购买|下单|加入购物车|马上充值|立即充值|去支付|立即支付|抢购|立即开通|buy ?now/i;
const CONTROL_TAGS = new Set(['a', 'button', 'input']);

/** A link whose href is a product or category listing of a shop (?cid=3, /buy/12, /goods/5). */
const LISTING_HREF = /[?&](?:cid|gid|tid|goods_id|cate_id|category_id)=\d|\/(?:buy|goods|item|product|commodity)\/\d/i;

/** Card-shop words for a page that is not (yet) classified as a shop, e.g. an interstitial in front of one. */
const SHOP_WORDS = /卡密|发卡|卡盟|自动发货|订单|支付|付款|下单|购买|充值|商品|商城|店铺|代刷/;
const SHOP_PATH = /\/(?:buy|pay|order|bill|goods|item|shop|commodity|ds)(?:[/?#.-]|$)/i;

export function isControl(b: NormBlock): boolean {
  return CONTROL_TAGS.has(b.tag);
}

export function isBuyControl(b: NormBlock): boolean {
  return (isControl(b) || b.norm.length <= 12) && b.norm.length <= 30 && BUY_RE.test(b.norm);
}

/** A short line such as a product title or a table cell, not a sentence of an article. */
export function isTitleLike(b: NormBlock): boolean {
  // Promotional titles end in "！" often enough; a "。" or a question mark makes it prose or a FAQ.
  return b.norm.length > 0 && b.norm.length <= 100 && !/[。？?]/.test(b.norm);
}

/** The block warns (or sits right under a short warning heading such as "本站郑重提醒"). */
export function isNotice(ctx: PageContext, index: number): boolean {
  const b = ctx.blocks[index];
  if (!b) return false;
  if (NOTICE_RE.test(b.norm)) return true;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const prev = ctx.blocks[k]!;
    if (prev.norm.length <= 30 && NOTICE_RE.test(prev.norm)) return true;
    // Only list items and short lines continue a heading's notice; anything else ends it.
    if (!(prev.tag === 'li' || prev.norm.length <= 30)) break;
  }
  return false;
}

/**
 * The term at [start, end) of the block is negated or an instruction rather than an offer: right after 不/无/防/反/
 * 禁/拒/非 ("防外挂", "无外挂"), or within a few characters after 请/需/须/填写/输入/绑定/确认 ("需为实名QQ号").
 */
export function isNegated(norm: string, start: number): boolean {
  const before = norm.slice(Math.max(0, start - 6), start).replace(/(?<! ) +$/, '');
  return /[不无防反禁拒非]$/.test(before) || /请|需|须|要求|填写|输入|绑定|确认|登录/.test(before);
}

/** Whether the page sells: the shop classifier, card-shop software, or a buy control anywhere. Memoised. */
export function isSellingPage(ctx: PageContext): boolean {
  return ctx.memo('vocabulary:selling', () =>
    shopClass(ctx).isShop || pageSoftware(ctx).length > 0 || ctx.blocks.some(isBuyControl));
}

/** Looser than selling: card-shop words in the title, URL path or text (an interstitial in front of a shop). */
export function isShopContext(ctx: PageContext): boolean {
  return ctx.memo('vocabulary:shop-context', () => {
    if (isSellingPage(ctx)) return true;
    if (SHOP_WORDS.test(ctx.snapshot.title) || SHOP_PATH.test(ctx.url?.pathname ?? '')) return true;
    return ctx.blocks.some((b) => SHOP_WORDS.test(b.norm));
  });
}

/** The href of the link that makes up this block, if any. */
export function hrefOf(ctx: PageContext, b: NormBlock): string {
  return ctx.snapshot.links.find((l) => l.blockId === b.id)?.href ?? '';
}

/**
 * The thing named in block `index` is offered for sale: it is a link or button on a selling page (a category nav
 * link, a buy button) or a product listing link; or it is a title-like line on a selling page with a price in it
 * or a price / buy control in the next three blocks (the rest of its product card or table row).
 */
export function isOffered(ctx: PageContext, index: number): boolean {
  const b = ctx.blocks[index];
  if (!b) return false;
  if (isControl(b)) return isSellingPage(ctx) || LISTING_HREF.test(hrefOf(ctx, b));
  if (!isTitleLike(b) || !isSellingPage(ctx)) return false;
  if (PRICE_RE.test(b.norm)) return true;
  for (let k = index + 1; k <= index + 3 && k < ctx.blocks.length; k++) {
    const next = ctx.blocks[k]!;
    if (PRICE_RE.test(next.norm) || isBuyControl(next)) return true;
  }
  return false;
}
