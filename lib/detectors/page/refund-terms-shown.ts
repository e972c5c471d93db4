import type { DetectorText } from '../../core/types';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type NormBlock, type PageDetector } from './context';
import { shopClass } from './shared/shop-classification';

// Every regex here is linear: alternations of fixed words and bounded repetitions, run on one clause at a time.
/** What the shop promises to do: resend the card, refund, return the money. */
const REMEDY = /补发|重发|换卡|更换卡密|退款|退还|退回|退换|退货|全额退|原路返回|赔付/g;
/** A negation right before the remedy: 不支持退款, 不予补发, 概不退换, 无法退款, 七天无理由退货. */
const NEGATED = /(?:不|无法|拒绝|无理由|没有)[^,，、\d]{0,3}$/;
/** When the remedy applies: the goods failed or never came. */
const CONDITION =
  /卡密(?:无效|错误|有误|不可用|已被使用|已使用|失效)|无法(?:使用|兑换|登录)|不能使用|兑换失败|充值失败|未到账|没到账|未发货|未收到|发货失败|缺货|无货|库存不足|订单异常|重复(?:扣款|支付)/;
/** A deadline or a delay: 24小时内, 3个工作日内, 1-3个工作日到账. */
const TIME_LIMIT = /(?:\d{1,3}(?: ?[-~至到] ?\d{1,3})?|[一二两三四五六七八九十]{1,3}) ?个? ?(?:小时|工作日|天|日|分钟)(?:内|之内|以内|到账|退回|处理|完成)/;
/** How to claim it (only counted under a 售后 / 退款 heading). */
const PROCEDURE = /联系(?:在线)?客服|提交工单|申请(?:售后|退款)|订单号|截图|录屏|原路退回|自动退款|退回余额|退至/;
/** A 售后 / 退款 section heading: 售后说明, 退款政策, 退换货规则, or the bare word as a heading. */
const SECTION = /(?:售后|退款|退换|退货)[^。；;]{0,6}?(?:说明|政策|规则|须知|保障|服务|条款|流程|规定)|^(?:售后|退款|退换货?)$/;
/** A claim of 7-day no-reason returns; 消费者权益保护法 §25 exempts online digital goods, so on card keys it is false. */
const SEVEN_DAY = /(?:7|七) ?天 ?无理由/g;
const SEVEN_DAY_NEGATED_BEFORE = /不|非|无法|未/;
const SEVEN_DAY_NEGATED_AFTER = /^[^,，]{0,8}?(?:不适用|除外|不支持|不予|不享受)/;
/** Navigation and controls: a link saying 退款 is not a term. */
const CONTROL_TAGS = new Set(['a', 'button', 'input', 'option']);
const CLAUSE = /[^。；;！!？?]+/g;
const SECTION_SPAN = 5;
const MAX_EVIDENCE = 3;

/** refundTermsShown's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const refundTermsShownText: DetectorText = {
  'zh-CN': {
    title: '网店写明了售后 / 退款规则',
    explain: '页面上写有具体的售后条款，例如“卡密无效 24 小时内联系客服补发或退款”“未发货全额退款”，或者带时限、流程的售后说明。根据消费者权益保护法第二十五条，在线下载或交付的数字化商品不适用七天无理由退货，所以“不支持七天无理由退货”本身不是问题；反过来，声称卡密“支持七天无理由退货”的网店卡盾不会给这一项加分。写明规则不等于会遵守：这是网店的自述，卡盾无法核实，也不能单凭这一项判定网店可信。',
    action: '付款前截图保存售后条款和商品页面；出问题时凭订单号按条款申请补发或退款，网店拒不履行可向 12315 投诉。',
  },
  en: {
    title: 'The shop states its after-sale / refund terms',
    explain: "The page states concrete after-sale terms, such as \"invalid card key: contact support within 24 hours for a replacement or refund\", \"full refund if not delivered\", or an after-sale section with a time limit or procedure. Under the Consumer Rights Protection Law (art. 25), digital goods delivered online are exempt from 7-day no-reason returns, so \"no 7-day no-reason returns\" is not a problem in itself; a shop that claims card keys have 7-day no-reason returns gets no credit here. Terms shown are not terms kept: this is the shop's own statement, KaDun cannot check it, and it never makes a shop trustworthy on its own.",
    action: 'Screenshot the terms and the product page before paying. If something goes wrong, claim the replacement or refund with your order number; if the shop refuses, complain at 12315.',
  },
};

/**
 * `refund-terms-shown` (good): the shop states concrete after-sale terms for its card goods — a remedy (补发, 退款…)
 * tied to a condition (卡密无效, 未发货…) or a deadline (24小时内…) in one clause, or a 售后 / 退款 section whose next
 * blocks give a remedy with a deadline, condition or procedure. 消费者权益保护法 §25 exempts online digital goods from
 * 7-day no-reason returns, so "不支持七天无理由退货" is no red flag and does not stop this signal; a claim that card keys
 * have 7-day no-reason returns is false, so a page making it gets no good signal at all. Only on shop pages: on a
 * news article or a review the terms quoted are someone else's. Terms shown are not terms honoured.
 */
export const refundTermsShown: PageDetector = {
  id: 'refund-terms-shown',
  detect(ctx) {
    if (!shopClass(ctx).isShop) return [];
    if (ctx.blocks.some(claimsSevenDayReturns)) return [];
    const evidence: Evidence[] = [];
    ctx.blocks.forEach((block, i) => {
      if (evidence.length >= MAX_EVIDENCE || CONTROL_TAGS.has(block.tag)) return;
      const clause = concreteClause(block);
      if (clause) evidence.push(blockEvidence(block, clause.start, clause.end, 0));
      else if (isHeading(block)) evidence.push(...sectionEvidence(block, ctx.blocks.slice(i + 1, i + 1 + SECTION_SPAN)));
    });
    if (evidence.length === 0) return [];
    return [pageSignal('refund-terms-shown', 'good', dedupe(evidence).slice(0, MAX_EVIDENCE))];
  },
  text: refundTermsShownText,
};

const isHeading = (b: NormBlock): boolean => !CONTROL_TAGS.has(b.tag) && b.norm.length <= 24 && SECTION.test(b.norm);

function* clauses(block: NormBlock): Generator<{ text: string; start: number; end: number }> {
  for (const m of block.norm.matchAll(CLAUSE)) yield { text: m[0], start: m.index, end: m.index + m[0].length };
}

/** A remedy the clause does not negate. */
function hasRemedy(text: string): boolean {
  for (const m of text.matchAll(REMEDY)) if (!NEGATED.test(text.slice(Math.max(0, m.index - 6), m.index))) return true;
  return false;
}

function concreteClause(block: NormBlock): { start: number; end: number } | null {
  for (const c of clauses(block)) if (hasRemedy(c.text) && (CONDITION.test(c.text) || TIME_LIMIT.test(c.text))) return c;
  return null;
}

/** The heading and the section blocks that carry the remedy, when together they are concrete. */
function sectionEvidence(heading: NormBlock, next: readonly NormBlock[]): Evidence[] {
  const body = next.filter((b) => !CONTROL_TAGS.has(b.tag) && !isHeading(b));
  const remedies = body.filter((b) => hasRemedy(b.norm));
  const text = body.map((b) => b.norm).join(' ');
  if (remedies.length === 0 || !(TIME_LIMIT.test(text) || CONDITION.test(text) || PROCEDURE.test(text))) return [];
  return [blockEvidence(heading, 0, heading.norm.length, 0), ...remedies.slice(0, 2).map((b) => blockEvidence(b, 0, b.norm.length, 0))];
}

function claimsSevenDayReturns(block: NormBlock): boolean {
  for (const c of clauses(block)) {
    for (const m of c.text.matchAll(SEVEN_DAY)) {
      // Only the words of the same phrase: in "不满意，支持7天无理由退货" the 不 belongs to the comma before.
      const before = c.text.slice(Math.max(0, m.index - 8), m.index).split(/[,，]/).pop()!;
      const after = c.text.slice(m.index + m[0].length);
      if (!SEVEN_DAY_NEGATED_BEFORE.test(before) && !SEVEN_DAY_NEGATED_AFTER.test(after)) return true;
    }
  }
  return false;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.blockId}:${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
