import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { paymentOfficialMerchant } from '../../../lib/detectors/page/payment-official-merchant';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('payment-official-merchant');

describe('payment-official-merchant', () => {
  it('has fixtures', () => {
    expect(match.length).toBeGreaterThanOrEqual(2);
    expect(nomatch.length).toBeGreaterThanOrEqual(2);
  });
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (_n, file) => {
    const signals = paymentOfficialMerchant.detect(contextFor(readFileSync(file, 'utf8')));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('good');
    expect(signals[0]!.evidence[0]!.where).toBe('image');
    expect(['wechat-native', 'alipay-f2f-order']).toContain(signals[0]!.params.form);
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(paymentOfficialMerchant.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('counts a QQ Wallet merchant code found in a link', () => {
    const html = '<!-- url: https://ka.example/pay --><p>订单金额 ¥10.00</p><p><a href="https://qpay.qq.com/qr/5f0aKaDunTest">QQ钱包付款</a></p>';
    expect(paymentOfficialMerchant.detect(contextFor(html))[0]!.params.form).toBe('qq-merchant');
  });

  it('is silent without any code, and with only unknown codes', () => {
    expect(paymentOfficialMerchant.detect(contextFor('<!-- url: https://ka.example/ --><p>应付金额 ¥10.00</p>'))).toEqual([]);
    const html = '<!-- url: https://ka.example/ --><p>应付金额 ¥10.00</p><div><img src="data:image/png;base64,AAAA"></div>';
    expect(paymentOfficialMerchant.detect(contextFor(html, undefined, { qr: [{ imageIndex: 0, payload: 'https://qr.95516.com/00010000/1' }] }))).toEqual([]);
  });
});
