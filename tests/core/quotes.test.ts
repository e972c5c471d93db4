// Evidence quotes a person can read (issue 11 item 7): the sentence around a match, not a window of characters that
// starts mid-word; long sentences cut at clause marks with "…"; code, URLs and payloads told apart for 技术细节.
import { describe, expect, it } from 'vitest';
import { isAbsence, isTechnicalEvidence } from '../../lib/core/evidence';
import { normalizeWithMap, sentenceRange } from '../../lib/core/text';
import { blockEvidence } from '../../lib/detectors/page/context';

const block = (text: string, id = 1) => ({ id, tag: 'p', text, ...normalizeWithMap(text) });
const quoteOf = (text: string, match: string, pad = 12) => {
  const b = block(text);
  const start = b.norm.indexOf(match);
  return blockEvidence(b, start, start + match.length, pad).quote;
};

describe('sentenceRange', () => {
  it('takes the whole sentence around the match, with its own full stop', () => {
    const text = '欢迎光临本店。请使用微信扫码付款，备注无需填写。客服在线时间 9:00-22:00';
    const start = text.indexOf('微信扫码');
    const r = sentenceRange(text, start, start + 4);
    expect(text.slice(r.from, r.to)).toBe('请使用微信扫码付款，备注无需填写。');
    expect([r.cutStart, r.cutEnd]).toEqual([false, false]);
  });

  it('cuts a long sentence at clause marks near the match and says where it cut', () => {
    const text = `${'甲'.repeat(70)}，前面的话，请扫码付款，后面的话，${'乙'.repeat(70)}`;
    const start = text.indexOf('扫码');
    const r = sentenceRange(text, start, start + 2, 40);
    const q = text.slice(r.from, r.to);
    expect(q).toContain('请扫码付款');
    expect(q.length).toBeLessThanOrEqual(40);
    expect(r.cutStart && r.cutEnd).toBe(true);
    expect(text[r.from - 1]).toBe('，'); // starts right after a clause mark, not mid-clause
  });

  it('a match longer than the budget is cut at the budget', () => {
    const r = sentenceRange('x'.repeat(300), 10, 290, 120);
    expect(r.to - r.from).toBe(120);
    expect(r.cutEnd).toBe(true);
  });
});

describe('blockEvidence quotes', () => {
  it('quotes the sentence, not twelve characters either side that start mid-sentence', () => {
    const q = quoteOf('本站所有商品均为虚拟商品。付款方式：请转账到个人银行卡，到账后发货。其他问题联系客服。', '转账到个人');
    expect(q).toBe('付款方式：请转账到个人银行卡，到账后发货。');
  });

  it('keeps the page\'s original characters (full-width digits) and marks a cut with …', () => {
    const long = `${'说明'.repeat(40)}，备案号：京ICP备２０２１０１２３４号，${'文字'.repeat(40)}`;
    const q = quoteOf(long, '京ICP备');
    expect(q).toContain('２０２１０１２３４');
    expect(q.startsWith('…') && q.endsWith('…')).toBe(true);
    expect(q.length).toBeLessThanOrEqual(122);
  });

  it('without context (pad 0) quotes exactly the range asked for', () => {
    expect(quoteOf('卡密无效24小时内联系客服补发，过期不候。', '卡密无效24小时内联系客服补发', 0)).toBe('卡密无效24小时内联系客服补发');
  });
});

describe('technical evidence (under 技术细节)', () => {
  it.each([
    ['wxp://f2f0abcdef', 'image'], ['https://pay.example/submit.php?id=1', undefined], ['/assets/hyper/js/app.js', undefined],
    ['var code_url = "weixin://wxpay/bizpayurl?pr=abc";', 'script'], ['background: url(/img/qr.png)', undefined],
    ['data-type="codepay"', 'data'], ['POST /pay (money, type)', 'form'], ['<option> V免签支付宝', 'option'],
  ])('%s is technical', (quote, where) => {
    expect(isTechnicalEvidence({ quote, where })).toBe(true);
  });

  it.each([
    ['请使用微信扫码付款，备注无需填写。', undefined], ['京ICP备12345678号-1', undefined], ['卡密无效24小时内联系客服补发', undefined],
    ['请务必付款 ¥88.01 元', 'image'], ['https://evidence.example/1', 'list'],
  ])('%s stays in view', (quote, where) => {
    expect(isTechnicalEvidence({ quote, where })).toBe(false);
  });

  it('an empty quote is an absence', () => {
    expect(isAbsence({ quote: '' })).toBe(true);
    expect(isAbsence({ quote: '页脚' })).toBe(false);
  });
});
