import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { paymentCryptoOnly } from '../../../lib/detectors/page/payment-crypto-only';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('payment-crypto-only');
const detect = (html: string) => paymentCryptoOnly.detect(contextFor(html));
const shop = (body: string) => `<!-- url: https://ka.example/ --><title>卡铺</title><p>Apple 礼品卡 价格 ¥92.00</p><button>立即购买</button>${body}`;

describe('payment-crypto-only', () => {
  it('has fixtures', () => {
    expect(match.length).toBeGreaterThanOrEqual(2);
    expect(nomatch.length).toBeGreaterThanOrEqual(2);
  });
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (_n, file) => {
    const signals = detect(readFileSync(file, 'utf8'));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('warn');
    expect(signals[0]!.evidence[0]!.quote).toMatch(/USDT|TRC|epusdt/i);
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(detect(readFileSync(file, 'utf8'))).toEqual([]);
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
