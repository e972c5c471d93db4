// Pay pickers: what names a channel or a good before the buyer clicks is kept, bounded, with where it came from.
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS } from '../../lib/core/limits';
import { pageSnapshotSchema } from '../../lib/core/schemas';
import { extractHtml } from '../helpers/fixtures';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>T</title></head><body><p>下单</p>${body}</body></html>`;
const controlsOf = (body: string) => extractHtml(page(body), 'https://ka.example/buy/1').snapshot.controls ?? [];

describe('snapshot controls', () => {
  it('keeps options, radio values, pay data-* values, alt, title and pay-icon file names', () => {
    const c = controlsOf(`
      <select name="payway"><option value="vpay">V 免签支付宝</option><option>易支付-微信</option></select>
      <label><input type="radio" name="pay" value="codepayqq"> QQ</label>
      <div class="pay-item" data-type="codepayalipay" data-id="7"><img src="/static/pay/alipay_icon.png?v=2" alt="支付宝"></div>
      <span title="码支付">?</span>`);
    expect(c.map((x) => [x.where, x.text, x.attr])).toEqual([
      ['option', 'V 免签支付宝', undefined], ['value', 'vpay', 'value'], ['option', '易支付-微信', undefined],
      ['value', 'codepayqq', 'value'], ['label', 'QQ', undefined], ['data', 'codepayalipay', 'data-type'], ['alt', '支付宝', 'alt'],
      ['icon', 'pay/alipay_icon.png', 'src'], ['title', '码支付', 'title'],
    ]);
  });

  it('keeps the short text of pay items and radio labels, and payment payloads in data attributes', () => {
    const c = controlsOf(`
      <div class="pay-list"><a class="pay" data-id="5"><img src="/assets/user/images/cash/wechat.png"><span>V免签-微信</span></a></div>
      <label class="form-check-label"><input type="radio" name="payway" value="4"> 码支付支付宝</label>
      <div class="view-qrcode-init" data-width="260" data-value="weixin://wxpay/bizpayurl?pr=KaDunTst1"></div>
      <div class="pay-item">${'很长的说明文字'.repeat(10)}</div>`);
    expect(c.map((x) => [x.where, x.text])).toEqual([
      ['label', 'V免签-微信'], ['icon', 'cash/wechat.png'], ['label', '码支付支付宝'], ['data', 'weixin://wxpay/bizpayurl?pr=KaDunTst1'],
    ]);
  });

  it('points each control at a nearby text block', () => {
    const c = controlsOf('<div><p>支付方式</p><select><option>V 免签微信</option></select></div>');
    expect(c[0]!.blockId).toBeTypeOf('number');
  });

  it('leaves out numbers, URLs, JSON, ordinary images and repeats', () => {
    expect(controlsOf(`
      <div data-id="12" data-index="3" data-type="1"></div>
      <div data-url="https://x.example/a" data-json='{"a":1}'></div>
      <img src="/static/banner.jpg"><img src="data:image/png;base64,AAAA" alt="">
      <select><option>1</option><option>2</option></select>
      <a title="首页">首页</a><a title="首页">首页</a>`).map((x) => x.text)).toEqual(['首页']);
  });

  it('is bounded in count and length, whatever the page holds', () => {
    // Several selects: one select is read for its first options only (lib/extract/snapshot.ts SELECT_STEPS).
    const many = (k: number) => Array.from({ length: 50 }, (_, i) => `<option>商品${k}-${i}号</option><option value="v${i}">号${k}-${i}</option>`).join('');
    const long = `<option>${'长'.repeat(50_000)}</option>`;
    const { snapshot } = extractHtml(page(`<select>${long}${many(0)}</select><select>${many(1)}</select><select>${many(2)}</select>`), 'https://ka.example/');
    expect(snapshot.controls).toHaveLength(SNAPSHOT_LIMITS.controls);
    expect(snapshot.controls![0]!.text.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.controlChars);
    expect(pageSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });
});
