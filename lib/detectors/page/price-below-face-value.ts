import type { DetectorText } from '../../core/types';
import type { Severity, Signal } from '../../core/types';
import { blockEvidence, pageSignal, type NormBlock, type PageContext, type PageDetector } from './context';
import { tableOffers } from './price/tables';
import { isBuyControl, isSellingPage, isTitleLike, NOTICE_RE } from './shared/vocabulary';

/** priceBelowFaceValue's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const priceBelowFaceValueText: DetectorText = {
  'zh-CN': {
    title: '售价疑似远低于面值：{product}',
    explain: '“{product}”的面值是 {face} 元，售价只有 {price} 元，约为面值的 {ratio}%。话费、Q币、礼品卡这类储值商品，正规渠道的进货价接近面值，几乎没人能长期这样打折。远低于面值的卡密常见来路是盗刷、洗钱套现，或者根本不发货；到手的卡也可能事后被冻结或作废。',
    action: '别被低价吸引：话费、Q币等请在运营商、腾讯或发卡商的官方渠道充值。一定要买时先小额试单，保存付款和订单记录。',
  },
  en: {
    title: 'Price far below face value: {product}',
    explain: '“{product}” has a face value of ¥{face} but sells for ¥{price}, about {ratio}% of face. Stored-value goods such as phone credit, Q币 and gift cards cost resellers close to face value through legitimate channels, so hardly anyone can sell them at such a discount for long. Cards far below face usually come from stolen payment cards or money laundering, or are never delivered — and a card you do get may be frozen or voided later.',
    action: 'Do not be lured by the price: top up phone credit, Q币 and the like through the carrier, Tencent or the card issuer. If you must buy, test with a small order and keep payment and order records.',
  },
};

/**
 * `price-below-face-value` (warn; danger at or below half): a stored-value product — 话费, Q币, 京东E卡, 礼品卡,
 * 加油卡, 一卡通, anything with a stated 面值 — sold well under its face value. Genuine cards are bought from the
 * issuer at close to face value, so a big discount means stolen or laundered cards, cards that will be
 * revoked, or no card at all (domain-facts.md §7 price lures: 5–7折, 内部价).
 *
 * Conservative by design: a face must be a stored value written on the page (Q币 counts 1:1 in 元; 点券 / 钻石
 * only when the page states their 元 value); the price must come after it in the same block or in the next three
 * blocks of the same product card / table row; coupons (满100减5), list prices (原价 / 划线价), stock counts and
 * per-unit prices are removed first; points (积分) are never money; and when several prices could be the sale
 * price the highest is used. Goods tables and header-led lists are read by column (price/tables.ts): the 面值 column
 * gives the face, the price columns the sale price. One signal per product, at most five.
 */
export const priceBelowFaceValue: PageDetector = {
  id: 'price-below-face-value',
  detect(ctx) {
    if (!isSellingPage(ctx)) return [];
    const seen = new Set<string>();
    const out: Array<Signal & { ratio: number }> = [];
    const offers = [...productOffers(ctx), ...tableOffers(ctx, (name) => facesIn(blank(name)))];
    for (const offer of offers) {
      const ratio = offer.price / offer.face;
      if (ratio >= WARN_BELOW || ratio < IMPLAUSIBLE_BELOW) continue;
      const key = `${offer.head.norm}|${offer.face}|${offer.price}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const severity: Severity = ratio <= DANGER_AT ? 'danger' : 'warn';
      const evidence = [blockEvidence(offer.head, 0, offer.head.norm.length, 0)];
      if (offer.faceBlock) evidence.push(blockEvidence(offer.faceBlock, 0, offer.faceBlock.norm.length, 0));
      if (offer.priceBlock !== offer.head) evidence.push(blockEvidence(offer.priceBlock, offer.priceStart, offer.priceEnd, 6));
      const product = evidence[0]!.quote.length > 40 ? evidence[0]!.quote.slice(0, 39) + '…' : evidence[0]!.quote;
      const percent = Math.round(ratio * 100);
      out.push({ ...pageSignal('price-below-face-value', severity, evidence, { product, face: offer.face, price: offer.price, ratio: percent }), ratio });
    }
    return out.sort((a, b) => a.ratio - b.ratio).slice(0, MAX_SIGNALS).map(({ ratio: _r, ...s }) => s);
  },
  text: priceBelowFaceValueText,
};

const WARN_BELOW = 0.85;
const DANGER_AT = 0.5;
/** Below 5 % the "price" is almost certainly something else (a per-unit price, a deposit): stay silent. */
const IMPLAUSIBLE_BELOW = 0.05;
const MAX_SIGNALS = 5;

export type Offer = {
  head: NormBlock;
  face: number;
  /** The block the face was read from when it is not the head (a 面值 line, a table cell). */
  faceBlock?: NormBlock;
  price: number;
  priceBlock: NormBlock;
  priceStart: number;
  priceEnd: number;
};
export type Face = { value: number; start: number; end: number };

/** Stored-value goods whose face is money (domain-facts.md §7; Q币 = 1 元 is Tencent's own rate). */
const NOUN = '话费|充值卡|礼品卡|购物卡|E卡|京东卡|加油卡|油卡|一卡通|点卡';
/** 话费券 / 话费红包 are discounts, not stored value: "50元话费券" is no face. */
const NOT_STORED = ' ?(?:券|红包|优惠|抵扣|折扣)';
/** Characters that may sit between a noun and its amount ("京东E卡 200元", "全国话费 100 元 慢充"): no price words. */
const GAP = '[^\\d¥价售付仅只需减满省折券:]';
const FACE_RES: readonly RegExp[] = [
  /面值 ?:? ?¥? ?(\d+(?:\.\d{1,2})?) ?元?/g,
  new RegExp(`(?<![\\d.¥])(\\d+) ?元 ?(?:面值|${NOUN})(?!${NOT_STORED})`, 'gi'),
  new RegExp(`(?:${NOUN})(?!${NOT_STORED})${GAP}{0,8}?(?<![\\d.])(\\d+) ?元(?![\\d.])`, 'gi'),
  new RegExp(`(?:Q币|QB)${GAP}{0,6}?(?<![\\d.])(\\d+) ?(?:个|枚|元)?(?![\\d.])`, 'gi'),
  /(?<![\d.¥])(\d+) ?(?:个 ?)?(?:Q币|QB)/gi,
];
/** 点券 / 钻石 / 金币 have no fixed rate: only a value the page itself states ("1000点券 价值100元") is a face. */
const VIRTUAL = /点券|钻石|金币|元宝|游戏币|Q点|CF点/;
const STATED_VALUE = /(?:价值|等值|相当于|=) ?(\d+(?:\.\d{1,2})?) ?元/g;
/** A line that can carry a face at all. */
const HEAD = new RegExp(`${NOUN}|面值|Q币|QB|价值|等值`, 'i');
const NOUN_ONLY = new RegExp(`${NOUN}|Q币|QB`, 'i');

/** Removed (blanked, so offsets stay) before reading faces and prices. */
const NOISE: readonly RegExp[] = [
  /满 ?\d+(?:\.\d{1,2})? ?元? ?(?:减|立减|送|返|打) ?\d+(?:\.\d{1,2})? ?(?:元|折)?/g,
  /(?:原价|市场价|划线价|官方价|官方售价|参考价|专柜价|零售价|原售价|建议零售价)[:：]? ?¥? ?\d+(?:\.\d{1,2})? ?元?/g,
  /(?:库存|剩余|已售|销量|月销|总销量|已有|数量|限购|起购)[:：]? ?\d+ ?(?:个|件|张|份|笔|单|人)?/g,
  /\d+(?:\.\d+)? ?折/g,
  // Amounts that are not the price of the card: instalments, deposits, fees, cash-back, savings.
  /(?:首付|定金|订金|押金|月供|每期|分期|运费|邮费|手续费|服务费|返现|立减|省|优惠|红包)[:：]? ?¥? ?\d+(?:\.\d{1,2})? ?元?/g,
];
/** 积分 prices are not money; a unit that mentions them is skipped entirely. */
const POINTS = /积分/;

const LABELLED = /(?:售价|现价|价格|单价|优惠价|特价|会员价|折后价|秒杀价|抢购价|批发价|拿货价|到手价|活动价|实付|仅需|只需|仅售|只要|低至)[:：]? ?¥? ?(\d+(?:\.\d{1,2})?)/g;
const CURRENCY = /¥ ?(\d+(?:\.\d{1,2})?)/g;
const YUAN = /(?<![\d.¥])(\d+(?:\.\d{1,2})?) ?元/g;
/** A block that is nothing but an amount with cents ("88.00": dujiaoka's unicorn theme draws ¥ as an icon). */
const BARE_AMOUNT = /^[^\p{L}\p{N}]{0,3}(\d+\.\d{2})$/u;
/** After an amount: not money (积分, 个) or a per-unit price (/个, 每). */
const NOT_PRICE_AFTER = /^ ?(?:元)? ?(?:积分|金币|钻石|点券|Q币|个(?!人)|张|%|\/|每)/;

export function blank(text: string): string {
  let s = text;
  for (const re of NOISE) s = s.replace(re, (m) => ' '.repeat(m.length));
  return s;
}

/** Faces in a (blanked) line, first of overlapping ones kept. */
export function facesIn(text: string): Face[] {
  const found: Face[] = [];
  for (const re of FACE_RES) for (const m of text.matchAll(re)) found.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length });
  if (VIRTUAL.test(text)) for (const m of text.matchAll(STATED_VALUE)) found.push({ value: Number(m[1]), start: m.index, end: m.index + m[0].length });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Face[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    if (f.value >= 1 && f.value <= 100_000) out.push(f);
  }
  return out;
}

/** The sale price in a (blanked) stretch of text: labelled prices first, else ¥ / 元 amounts; the highest wins. */
export function priceIn(text: string): { value: number; start: number; end: number } | undefined {
  const pick = (res: readonly RegExp[]) => {
    let best: { value: number; start: number; end: number } | undefined;
    for (const re of res) {
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        if (NOT_PRICE_AFTER.test(text.slice(end, end + 4))) continue;
        if (/每 ?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
        const value = Number(m[1]);
        if (value > 0 && (!best || value > best.value)) best = { value, start: m.index, end };
      }
    }
    return best;
  };
  return pick([LABELLED]) ?? pick([CURRENCY, YUAN]);
}

/** Every stored-value product on the page with a face and a sale price. */
export function productOffers(ctx: PageContext): Offer[] {
  const blocks = ctx.blocks;
  const offers: Offer[] = [];
  const usedAsFace = new Set<number>();
  blocks.forEach((head, i) => {
    if (usedAsFace.has(i) || !isTitleLike(head) || !HEAD.test(head.norm) || POINTS.test(head.norm) || NOTICE_RE.test(head.norm)) return;
    const text = blank(head.norm);
    let faces = facesIn(text);
    let from = i + 1;
    let faceBlock: NormBlock | undefined;
    // A table row or card that splits noun and amount: "全国话费" | "100元" | "98.50元", "沃尔玛购物卡" | "面值：500元".
    if (faces.length === 0) {
      const next = blocks[i + 1];
      const m = next && next.norm.length <= 20 ? /^(?:面值 ?:? ?)?(\d+) ?元$/.exec(next.norm) : null;
      if (!m || !NOUN_ONLY.test(head.norm)) return;
      faces = [{ value: Number(m[1]), start: text.length, end: text.length }];
      faceBlock = next;
      usedAsFace.add(i + 1);
      from = i + 2;
    }
    faces.forEach((face, k) => {
      const segEnd = faces[k + 1]?.start ?? text.length;
      const inBlock = priceIn(text.slice(face.end, segEnd));
      if (inBlock) {
        offers.push({ head, face: face.value, price: inBlock.value, priceBlock: head, priceStart: face.end + inBlock.start, priceEnd: face.end + inBlock.end });
        return;
      }
      if (k !== faces.length - 1) return;
      const later = priceInCard(blocks, from, head.tag);
      if (later) offers.push({ head, face: face.value, faceBlock, ...later });
    });
  });
  return offers;
}

/**
 * The price in the next three blocks of the card / row. It ends at the next product (a face-bearing line, or a
 * line of the title's own tag without a price: the next card's title), after the buy button, or at 积分.
 */
function priceInCard(blocks: readonly NormBlock[], from: number, headTag: string): Omit<Offer, 'head' | 'face'> | undefined {
  for (let k = from; k < from + 3 && k < blocks.length; k++) {
    const b = blocks[k]!;
    if (POINTS.test(b.norm) || b.norm.length > 100) return undefined;
    const text = blank(b.norm);
    if (HEAD.test(b.norm) && facesIn(text).length > 0) return undefined;
    const bare = BARE_AMOUNT.exec(b.norm);
    if (bare) return { price: Number(bare[1]), priceBlock: b, priceStart: b.norm.length - bare[1]!.length, priceEnd: b.norm.length };
    const p = priceIn(text);
    if (p) return { price: p.value, priceBlock: b, priceStart: p.start, priceEnd: p.end };
    if (b.tag === headTag || isBuyControl(b)) return undefined;
  }
  return undefined;
}
