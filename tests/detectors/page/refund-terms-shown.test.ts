import { describe, expect, it } from 'vitest';
import { refundTermsShown } from '../../../lib/detectors/page/refund-terms-shown';
import { GREEN_EVIDENCE } from '../../../lib/core/verdict';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';


/** A minimal shop page (product, price, buy button) with `extra` in its body. */
const shop = (extra: string) =>
  `<!-- url: https://t.example/ --><div><p>Q币 100 个</p><p>售价 ¥97.00</p><button>立即购买</button></div>${extra}<footer>浙ICP备2021000001号</footer>`;
const fires = (html: string) => refundTermsShown.detect(contextFor(html)).length > 0;

describe('refund-terms-shown', () => {
  describeDetectorFixtures(refundTermsShown, {
    severity: 'good', minEvidence: 1, evidenceBlockIds: 'every',
    expect: ([s]) => expect(s!.params).toEqual({}),
  });

  it('quotes the clause that states the terms, in the page\'s own characters', () => {
    const s = refundTermsShown.detect(contextFor(shop('<p>发货说明：自动发货。卡密无效２４小时内联系客服补发。</p>')));
    expect(s[0]!.evidence[0]!.quote).toBe('卡密无效２４小时内联系客服补发');
  });

  it.each([
    ['a remedy tied to a failure', '<p>未发货全额退款</p>', true],
    ['a remedy with a deadline', '<p>退款将在 3 个工作日内原路退回</p>', true],
    ['the lawful 7-day exemption with a concrete remedy', '<p>卡密商品不支持七天无理由退货，卡密无效可申请补发</p>', true],
    ['the lawful 7-day exemption alone', '<p>虚拟商品不支持七天无理由退货</p>', false],
    ['a 7-day exemption written after the claim', '<p>7天无理由退货不适用于卡密商品</p><p>卡密无效24小时内补发</p>', true],
    ['a lone 退款 link', '<a href="/refund">退款</a><a href="/kefu">联系客服</a>', false],
    ['a vague promise', '<p>如需退款请联系客服</p>', false],
    ['a refused refund with a deadline', '<p>超过24小时不予退款</p>', false],
    ['a 7-day no-reason claim on card keys, even with terms', '<p>支持7天无理由退货</p><p>未发货全额退款</p>', false],
    ['a 7-day claim after an unrelated negation', '<p>不满意，支持7天无理由退货</p><p>未发货全额退款</p>', false],
    ['a 售后 heading with a procedure and a remedy', '<h3>售后说明</h3><p>请提供订单号和截图</p><p>核实后补发</p>', true],
    ['a 售后 heading with nothing concrete', '<h3>售后说明</h3><p>如有问题请联系我们</p><p>我们会尽快处理并补发</p>', false],
  ])('%s', (_name, extra, expected) => {
    expect(fires(shop(extra))).toBe(expected);
  });

  it('stays silent on pages that are not shops (a review quoting another site\'s terms)', () => {
    const html = '<!-- url: https://blog.example/p/1 --><article><h1>横评</h1><p>甲站写着“卡密无效 24 小时内联系客服补发或退款”。</p></article>';
    expect(fires(html)).toBe(false);
  });

  it('is page evidence only: it can never make a shop green', () => {
    expect(GREEN_EVIDENCE.has('refund-terms-shown')).toBe(false);
  });
});
