import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { paymentStep } from '../../../lib/detectors/page/payment-step';
import { contextFor, PAGE_FIXTURES } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

const detect = (html: string) => paymentStep.detect(contextFor(html));

const AMOUNTS: Record<string, string> = {
  'match-dujiaoka-bill.html': '30.00',
  'match-epay-cashier.html': '8.80',
  'match-qr-with-amount.html': '99.50',
};

describe('payment-step', () => {
  describeDetectorFixtures(paymentStep, {
    severity: 'info',
    expect: ([s], name) => { if (AMOUNTS[name]) expect(s!.params.amount).toBe(AMOUNTS[name]); },
  });

  it('stays silent on product lists and home pages of other fixtures', () => {
    for (const f of ['shop-detected/match-dujiaoka-home.html', 'shop-detected/match-plain-recharge.html', 'icp-filing-invalid/match-template-placeholder.html']) {
      expect(detect(readFileSync(`${PAGE_FIXTURES}/${f}`, 'utf8')), f).toEqual([]);
    }
  });

  it('fires on a V免签 pay page by its URL, with the amount it asks for', () => {
    const s = detect('<!-- url: https://v.example/payPage/pay.html?orderId=1 --><title>扫码支付</title><div class="amount">￥10.01</div>');
    expect(s[0]!.params.amount).toBe('10.01');
    expect(s[0]!.evidence.some((e) => e.where === 'url')).toBe(true);
  });

  it('needs the sum to pay next to a pay button: a listed price is not enough', () => {
    const base = '<!-- url: https://ka.example/goods/1 --><title>商品</title><p>价格 ¥15.00</p>';
    expect(detect(`${base}<button>立即支付</button>`)).toEqual([]);
    expect(detect(`${base}<p>应付金额：¥15.00</p><button>立即支付</button>`)[0]!.params.amount).toBe('15.00');
  });

  it('reads a dujiaoka /bill/ path without a pay button as a receipt, not a payment step', () => {
    expect(detect('<!-- url: https://ka.example/bill/SN1 --><p>订单号：SN1</p><p>卡密：ABCD</p>')).toEqual([]);
  });

  it('has no amount param when no sum is shown', () => {
    const s = detect('<!-- url: https://pay.example/cashier --><title>收银台</title><p>请选择支付方式</p>');
    expect(s).toHaveLength(1);
    expect(s[0]!.params).toEqual({});
  });
});
