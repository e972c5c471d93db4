import { describe, expect, it } from 'vitest';
import { insecureTransport } from '../../../lib/detectors/page/insecure-transport';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';


const PAY_PAGE = '<div><p>商品：Q币 10 个</p><p>应付金额：¥10.00</p></div><button>立即支付</button>';
const detect = (html: string, url: string, qr?: { imageIndex: number; payload: string }[]) =>
  insecureTransport.detect(contextFor(html, url, qr ? { qr } : {}));

describe('insecure-transport', () => {
  describeDetectorFixtures(insecureTransport, {
    severity: 'warn', minEvidence: 2,
    expect: ([s], _name, html) => {
      expect(s!.evidence[0]!.where).toBe('url');
      expect(s!.params.host).toBe(new URL(/url:\s*(\S+?)\s*-->/.exec(html)![1]!).host);
    },
  });

  it('points at the pay button block', () => {
    const s = detect(PAY_PAGE, 'http://pay.example/order/1');
    expect(s[0]!.evidence.find((e) => e.quote === '立即支付')?.blockId).toBeTypeOf('number');
    expect(s[0]!.params).toEqual({ host: 'pay.example' });
  });

  it.each([
    ['http://localhost/pay', false],
    ['http://shop.localhost:3000/pay', false],
    ['http://127.0.0.1:8080/pay', false],
    ['http://[::1]/pay', false],
    ['http://10.0.0.5/pay', false],
    ['https://pay.example/pay', false],
    ['http://pay.example/pay', true],
    ['http://pay.test/pay', true],
    ['http://xn--fiqs8s.example/pay', true],
  ])('%s → %s', (url, expected) => {
    expect(detect(PAY_PAGE, url).length > 0).toBe(expected);
  });

  it('counts a decoded payment QR payload as a payment step', () => {
    const html = '<p>请扫码</p><img src="data:image/png;base64,AAAA" alt="" width="200" height="200">';
    expect(detect(html, 'http://qr.example/p')).toEqual([]);
    expect(detect(html, 'http://qr.example/p', [{ imageIndex: 0, payload: 'wxp://f2f0abcdef' }])).toHaveLength(1);
    expect(detect(html, 'http://qr.example/p', [{ imageIndex: 0, payload: 'https://example.com/hello' }])).toEqual([]);
  });

  it.each([
    ['a card-number field', '<form action="/pay" method="post"><input name="card_no"></form>', true],
    ['a payment-method field', '<form action="/order" method="post"><input name="payway"></form>', true],
    ['an order form posting to an https action from an http page', '<form action="https://secure.example/order" method="post"><input name="goods_id"><input name="email"></form>', false],
    ['a GET search form', '<form action="/search"><input name="keyword"></form>', false],
    ['a newsletter form with one contact field', '<form action="/subscribe" method="post"><input name="email"></form>', false],
    ['a 立即购买 button', '<button>立即购买</button>', false],
    ['a long sentence mentioning 支付', '<a href="/help">支付遇到问题怎么办</a>', false],
  ])('%s → %s', (_name, html, expected) => {
    expect(detect(html, 'http://form.example/').length > 0).toBe(expected);
  });
});
