import { describe, expect, it } from 'vitest';
import { paymentOfficialMerchant } from '../../../lib/detectors/page/payment-official-merchant';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';


describe('payment-official-merchant', () => {
  describeDetectorFixtures(paymentOfficialMerchant, {
    severity: 'good',
    expect: ([s]) => {
      expect(s!.evidence[0]!.where).toBe('image');
      expect(['wechat-native', 'alipay-f2f-order']).toContain(s!.params.form);
    },
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
