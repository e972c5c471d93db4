import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../lib/core/types';
import { paymentUnlicensedGateway } from '../../../lib/detectors/page/payment-unlicensed-gateway';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';


/** The gateway each match fixture is about, its severity and where the first tell was seen. */
const EXPECTED: Record<string, { gatewayId: string; severity: Severity; where?: string; amount?: string }> = {
  'match-vmq-pay-page.html': { gatewayId: 'vmq', severity: 'danger', where: 'url', amount: '60.01' },
  'match-mianqian-jitter.html': { gatewayId: 'mianqian', severity: 'danger', amount: '29.98' },
  'match-epay-submit-form.html': { gatewayId: 'epay', severity: 'warn', where: 'form' },
  'match-codepay-form.html': { gatewayId: 'codepay', severity: 'danger', where: 'form' },
  'match-reward-code.html': { gatewayId: 'reward-code', severity: 'danger' },
  'match-xunhupay-link.html': { gatewayId: 'xunhupay', severity: 'warn', where: 'link' },
};

const detect = (html: string) => paymentUnlicensedGateway.detect(contextFor(html));

describe('payment-unlicensed-gateway', () => {
  describeDetectorFixtures(paymentUnlicensedGateway, {
    severity: (name) => EXPECTED[name]?.severity,
    expect: ([s], name) => {
      expect(s!.params.gateway).toBeTruthy();
      const want = EXPECTED[name];
      if (want) {
        expect(s!.params.gatewayId).toBe(want.gatewayId);
        if (want.where) expect(s!.evidence[0]!.where).toBe(want.where);
        else expect(s!.evidence[0]!.blockId).toBeTypeOf('number');
        if (want.amount) expect(s!.params.amount).toBe(want.amount);
      }
    },
  });

  const shop = (body: string, url = 'https://ka.example/pay') => `<!-- url: ${url} --><title>订单付款</title><p>商品：点卡 订单号 KD1</p>${body}`;

  it.each([
    ['an epay submit link', '<p><a href="https://pay.example/submit.php?pid=1001&type=alipay&money=10.00&sign=abc&sign_type=MD5">付款</a></p>', 'epay'],
    ['an epay mapi.php call', '<script>$.post("https://pay.example/mapi.php", {pid: 1})</script>', 'epay'],
    ['a V免签 createOrder link', '<p><a href="https://v.example/createOrder?payId=1&type=1&price=10&sign=x">付款</a></p>', 'vmq'],
    ['PayJS', '<p><a href="https://payjs.cn/api/cashier?mchid=1">微信支付</a></p>', 'payjs'],
    ['a codepay script', '<script src="https://ka.example/static/codepay.js"></script>', 'codepay'],
  ])('finds %s', (_n, body, gatewayId) => {
    expect(detect(shop(body)).map((s) => s.params.gatewayId)).toEqual([gatewayId]);
  });

  it('needs two weak tells: var code_url alone is not 易支付', () => {
    expect(detect(shop('<script>var code_url = "weixin://wxpay/bizpayurl?pr=KaDunTe";</script>'))).toEqual([]);
    expect(detect(shop('<script>var code_url = "x"; $.get("/getshop.php")</script>'))[0]!.params.gatewayId).toBe('epay');
  });

  it('does not call a jitter what is the listed price itself, or a far-off amount', () => {
    expect(detect(shop('<p>价格 10.00 元</p><p>请务必付款 10.00 元</p>'))).toEqual([]);
    expect(detect(shop('<p>价格 10.00 元</p><p>请务必付款 10.50 元</p>'))).toEqual([]);
    expect(detect(shop('<p>价格 10.00 元</p><p>请务必付款 9.99 元</p>'))[0]!.params).toMatchObject({ gatewayId: 'mianqian', amount: '9.99' });
  });

  it('does not read 扫码支付 / 二维码支付 as 码支付', () => {
    expect(detect(shop('<p>支持扫码支付和二维码支付</p>'))).toEqual([]);
  });

  it('is info, not danger, on a page that sells nothing', () => {
    const s = detect('<!-- url: https://dev.example/notes --><h1>笔记</h1><p>扫码后输入金额支付的原理</p>');
    expect(s.map((x) => x.severity)).toEqual(['info']);
  });

  it('puts personal-account schemes first', () => {
    const s = detect(shop('<p><a href="https://api.xunhupay.com/payment/do.html">付款</a></p><p>备注说明无需填写</p>'));
    expect(s.map((x) => x.severity)).toEqual(['danger', 'warn']);
  });

  describe('channel names in pay pickers (snapshot controls)', () => {
    it.each([
      ['a dujiaoka <option> "V 免签支付宝"', '<select name="payway"><option value="1">V 免签支付宝</option><option value="2">V 免签微信</option></select>', 'vmq', 'danger', 'option'],
      ['a radio value "vpay"', '<label><input type="radio" name="payway" value="vpay">扫码付款</label>', 'vmq', 'danger', 'value'],
      ['ZFAKA data-type="codepayalipay"', '<div class="paymethod" data-type="codepayalipay"><img src="/static/pay.png"></div>', 'codepay', 'danger', 'data'],
      ['a pay icon file codepay_wx.png', '<label><input type="radio" name="pay" value="3"><img src="/res/images/pay/codepay_wx.png"></label>', 'codepay', 'danger', 'image'],
      ['an <option> "易支付-微信"', '<select name="payway"><option>易支付-微信</option></select>', 'epay', 'warn', 'option'],
      ['alt="赞赏码"', '<img src="/static/z.png" alt="赞赏码">', 'reward-code', 'danger', 'alt'],
    ])('finds %s', (_n, body, gatewayId, severity, where) => {
      const [s, ...rest] = detect(shop(body));
      expect(rest).toEqual([]);
      expect(s).toMatchObject({ severity, params: { gatewayId } });
      expect(s!.evidence[0]!.where).toBe(where);
    });

    it.each([
      ['official channels', '<select name="payway"><option>支付宝当面付</option><option value="wepay">微信扫码</option></select>'],
      ['alipay and wepay handles', '<input type="radio" name="payway" value="alipay"><input type="radio" name="payway" value="wepay">'],
      ['numeric and generic data attributes', '<div data-id="12" data-type="article" data-name="新闻"></div>'],
      ['an unrelated image', '<img src="/static/banner-pay-day.png" alt="促销">'],
    ])('stays silent on %s', (_n, body) => {
      expect(detect(shop(body))).toEqual([]);
    });
  });

  describe('severity follows the evidence', () => {
    const help = '<p>保存二维码到相册，在微信扫一扫中选择"相册"即可</p><p>请务必付款 ¥ 30.00 元</p>';
    it('two weak 免签 hints alone are warn, never danger', () => {
      expect(detect(shop(help)).map((s) => [s.params.gatewayId, s.severity])).toEqual([['mianqian', 'warn']]);
    });
    it('a decoded merchant code on the page silences the weak 免签 hints', () => {
      const qr = [{ imageIndex: 0, payload: 'weixin://wxpay/bizpayurl?pr=KaDunTst1' }];
      const html = shop(`<img src="data:image/png;base64,iVBORw0KGgo=" width="148" height="148">${help}`);
      expect(paymentUnlicensedGateway.detect(contextFor(html, undefined, { qr }))).toEqual([]);
    });
    it('a strong tell keeps its danger next to a merchant code', () => {
      const qr = [{ imageIndex: 0, payload: 'weixin://wxpay/bizpayurl?pr=KaDunTst1' }];
      const html = shop('<img src="data:image/png;base64,iVBORw0KGgo=" width="148" height="148"><p>备注说明无需填写</p>');
      expect(paymentUnlicensedGateway.detect(contextFor(html, undefined, { qr })).map((s) => s.severity)).toEqual(['danger']);
    });
  });
});
