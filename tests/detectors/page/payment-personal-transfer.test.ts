import { describe, expect, it } from 'vitest';
import { luhn, paymentPersonalTransfer } from '../../../lib/detectors/page/payment-personal-transfer';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';


const EXPECTED: Record<string, string> = {
  'match-bank-card.html': 'bank-card',
  'match-wechat-transfer-screenshot.html': 'wallet-account',
  'match-alipay-to-account-link.html': 'to-account',
};

const page = (body: string) => contextFor(`<!-- url: https://ka.example/pay --><title>订单付款</title>${body}`);
const detect = (body: string) => paymentPersonalTransfer.detect(page(body));

describe('payment-personal-transfer', () => {
  describeDetectorFixtures(paymentPersonalTransfer, {
    severity: 'danger', minEvidence: 1,
    expect: ([s], name) => { if (EXPECTED[name]) expect(s!.params.kind).toBe(EXPECTED[name]); },
  });

  it('checks card numbers with Luhn', () => {
    expect(luhn('6217001234567890122')).toBe(true);
    expect(luhn('6217001234567890123')).toBe(false);
    expect(detect('<p>银行卡转账，收款账户：6217001234567890122</p>')[0]!.params.kind).toBe('bank-card');
    expect(detect('<p>银行卡转账，收款账户：6217001234567890123</p>').map((s) => s.params.kind)).not.toContain('bank-card');
  });

  it('takes transfer wording from the next block, quoting the number with its block', () => {
    const s = detect('<p>开户行：某某银行</p><p>6230 5800 0012 3455</p>');
    expect(s[0]!.params.kind).toBe('bank-card');
    expect(s[0]!.evidence[0]!.quote).toContain('6230 5800 0012 3455');
    expect(s[0]!.evidence[0]!.blockId).toBeTypeOf('number');
  });

  it.each([
    ['an order number', '<p>银行卡付款订单</p><p>订单号：6230580000123455</p>'],
    ['a card secret', '<p>转账已到账</p><p>卡密：6230580000123455</p>'],
    ['an ID number', '<p>汇款人身份证：110101199003074516</p>'],
    ['a phone number', '<p>转账后联系 13800138000</p>'],
    ['a number with no transfer wording near it', '<p>卡号：6230580000123455</p><p>面值 100 元</p>'],
  ])('does not read %s as a bank card', (_n, body) => {
    expect(detect(body)).toEqual([]);
  });

  it.each([
    ['转账到个人账户', '<p>请转账到店主个人账户，到账后发货</p>', 'personal-account', 'danger'],
    ['转账到支付宝账号', '<p>转账到支付宝账号 kadun-test@example.com 后发货</p>', 'wallet-account', 'danger'],
    ['加微信转账', '<p>联系方式：加微信转账</p>', 'wallet-account', 'danger'],
    ['screenshot only', '<p>付款后截图联系客服，人工发卡</p>', 'screenshot', 'warn'],
    ['upload a screenshot', '<p>请上传付款截图</p>', 'screenshot', 'warn'],
  ])('reads %s', (_n, body, kind, severity) => {
    const s = detect(body);
    expect(s).toHaveLength(1);
    expect(s[0]!.params.kind).toBe(kind);
    expect(s[0]!.severity).toBe(severity);
  });

  it.each([
    ['a warning', '<p>本站不会要求您转账到个人账户</p>'],
    ['a conditional warning', '<p>如果有人让你转账到个人账户，请立即举报</p>'],
    ['quoted scam wording', '<p>骗子常说“转账到私人账户更快到账”</p>'],
    ['after-sales support', '<p>如付款后未到账，请截图联系客服</p>'],
    ['switching apps', '<p>页面将跳转到微信支付</p>'],
  ])('ignores %s', (_n, body) => {
    expect(detect(body)).toEqual([]);
  });
});
