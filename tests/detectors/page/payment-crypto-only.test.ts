import { describe, expect, it } from 'vitest';
import { paymentCryptoOnly } from '../../../lib/detectors/page/payment-crypto-only';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

const detect = (html: string) => paymentCryptoOnly.detect(contextFor(html));
const shop = (body: string) => `<!-- url: https://ka.example/ --><title>卡铺</title><p>Apple 礼品卡 价格 ¥92.00</p><button>立即购买</button>${body}`;

describe('payment-crypto-only', () => {
  describeDetectorFixtures(paymentCryptoOnly, {
    severity: 'warn',
    expect: ([s]) => expect(s!.evidence[0]!.quote).toMatch(/USDT|TRC|epusdt/i),
  });

  it('counts a CNY method seen anywhere on the page: text, a pay route or a decoded wallet code', () => {
    expect(detect(shop('<p>支付方式：USDT</p><p><a href="/pay/wepay/1/A1">去付款</a></p>'))).toEqual([]);
    expect(detect(shop('<p>支付方式：USDT</p><p>也可以使用云闪付</p>'))).toEqual([]);
    const ctx = contextFor(shop('<p>支付方式：USDT</p><div><img src="data:image/png;base64,AAAA"></div>'), undefined, { qr: [{ imageIndex: 0, payload: 'wxp://f2f0KaDunTest' }] });
    expect(paymentCryptoOnly.detect(ctx)).toEqual([]);
  });

  it('does not count a refused CNY method as offered', () => {
    expect(detect(shop('<p>仅支持 USDT 付款，暂不支持支付宝和微信支付</p>'))).toHaveLength(1);
  });

  it('needs the crypto to be offered as payment, not refused or merely named', () => {
    expect(detect(shop('<p>本店不接受 USDT 付款</p>'))).toEqual([]);
    expect(detect(shop('<p>商品：USDT 钱包使用教程</p>'))).toEqual([]);
  });
});
