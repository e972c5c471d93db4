// Payload → who gets the money (domain-facts.md §5). Every payload here is invented (…KaDunTest…); none is a real
// person's or merchant's code.
import { describe, expect, it } from 'vitest';
import { classifyPayload, type QrClass } from '../../lib/qr/classify-payload';

type Row = [string, QrClass['kind'], QrClass['wallet'], string, string?];

const CASES: Row[] = [
  // WeChat
  ['wxp://f2f0KaDunTest7Hq2mZ9vXcR4bN8sLpW1y', 'personal', 'wechat', 'wechat-f2f'],
  ['wxp://f2f1KaDunTestVpay0aB1cD2eF3', 'personal', 'wechat', 'wechat-f2f'],
  ['https://wx.tenpay.com/f2f?t=KaDunTestAQEAAAAAAA', 'personal', 'wechat', 'wechat-tenpay-f2f'],
  ['https://payapp.weixin.qq.com/qr/KaDunTest0001?t=1', 'personal', 'wechat', 'wechat-payapp'],
  ['https://payapp.wechatpay.cn/qr/KaDunTest0002', 'personal', 'wechat', 'wechat-payapp'],
  ['https://payapp.weixin.qq.com/sjt/qr/KaDunTest0003', 'small-merchant', 'wechat', 'wechat-sjt'],
  ['https://sjt.wxpapp.wechatpay.cn/lnk/qr/KaDunTest0004', 'small-merchant', 'wechat', 'wechat-sjt'],
  ['https://payapp.weixin.qq.com/materialqr/entry/KaDunTest0005', 'merchant', 'wechat', 'wechat-business'],
  ['https://wxpay.wechatpay.cn/md/KaDunTest0006', 'merchant', 'wechat', 'wechat-business'],
  ['weixin://wxpay/bizpayurl?pr=KaDunTe', 'merchant', 'wechat', 'wechat-native'],
  ['weixin://wxpay/bizpayurl?sign=KADUNTEST&mch_id=1900000000&product_id=1&time_stamp=1&nonce_str=x', 'merchant', 'wechat', 'wechat-native'],
  ['weixin://dl/business/?t=KaDunTest', 'unknown', 'wechat', 'wechat-other'],
  ['https://u.wechat.com/KaDunTest-AddFriend0001', 'unknown', 'other', 'none'],
  // Alipay
  ['https://qr.alipay.com/fkx0KaDunTest12345abcde', 'personal', 'alipay', 'alipay-fkx'],
  ['HTTPS://QR.ALIPAY.COM/FKX0KADUNTEST5Q7W9E1R3T', 'personal', 'alipay', 'alipay-fkx'],
  ['https://qr.alipay.com/tsx0KaDunTest0007', 'personal', 'alipay', 'alipay-tsx'],
  ['https://qr.alipay.com/2m6KaDunTest0008', 'personal', 'alipay', 'alipay-2m6'],
  ['https://qr.alipay.com/a6x0KaDunTest0009', 'personal', 'alipay', 'alipay-a6x'],
  ['https://qr.alipay.com/bax0KaDunTest98765zyxwv', 'merchant', 'alipay', 'alipay-f2f-order'],
  ['https://qr.alipay.com/stx0KaDunTestAmbiguous01', 'unknown', 'alipay', 'alipay-stx'],
  ['https://qr.alipay.com/c1x0KaDunTest', 'unknown', 'alipay', 'alipay-other'],
  ['alipays://platformapi/startapp?appId=09999988&actionType=toAccount&goBack=NO&amount=12.80&userId=2088000000000000&memo=x', 'personal', 'alipay', 'alipay-to-account'],
  ['alipays://platformapi/startapp?appId=20000123&actionType=scan&biz_data={"s":"money","u":"2088000000000000","a":"9.90","m":"x"}', 'personal', 'alipay', 'alipay-to-account'],
  ['alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2Ffkx0KaDunTest', 'personal', 'alipay', 'alipay-fkx'],
  ['alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Fqr.alipay.com%2Fbax0KaDunTest', 'merchant', 'alipay', 'alipay-f2f-order'],
  ['https://render.alipay.com/p/s/i?scheme=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FsaId%3D10000007%26qrcode%3Dhttps%253A%252F%252Fqr.alipay.com%252Ffkx0KaDunTest', 'personal', 'alipay', 'alipay-fkx'],
  ['https://ds.alipay.com/?from=mobilecodec&scheme=alipays%3A%2F%2Fplatformapi%2Fstartapp%3FappId%3D09999988%26actionType%3DtoAccount%26userId%3D2088000000000000', 'personal', 'alipay', 'alipay-to-account'],
  ['alipays://platformapi/startapp?appId=60000002', 'unknown', 'alipay', 'alipay-other'],
  // QQ, UnionPay, EMVCo
  ['https://i.qianbao.qq.com/wallet/sqrcode.htm?m=tenpay&a=1&u=12345678&ac=KaDunTestSign&n=%E5%8D%A1%E7%9B%BE%E6%B5%8B%E8%AF%95&f=wallet', 'personal', 'qq', 'qq-personal'],
  ['https://qpay.qq.com/qr/5f0a0KaDunTest', 'merchant', 'qq', 'qq-merchant'],
  ['https://qr.95516.com/00010000/01234567890123456789', 'unknown', 'unionpay', 'unionpay'],
  ['00020101021226KaDunTestEMVCo6304ABCD', 'unknown', 'other', 'emvco'],
  // Not payment codes
  ['https://shop.example/download/app', 'unknown', 'other', 'none'],
  ['hello KaDun', 'unknown', 'other', 'none'],
  ['', 'unknown', 'other', 'none'],
  // 赞赏码: a bare m/n token only when the page calls it that
  ['m0KaDunTestZanShang01', 'personal', 'wechat', 'wechat-reward', '微信赞赏码'],
  ['m0KaDunTestZanShang01', 'unknown', 'other', 'none', '店铺活动'],
];

describe('classifyPayload', () => {
  it.each(CASES)('%s → %s %s (%s)', (payload, kind, wallet, form, label) => {
    const c = classifyPayload(payload, label);
    expect({ kind: c.kind, wallet: c.wallet, form: c.detail.form }).toEqual({ kind, wallet, form });
  });

  it('exposes the QQ number and nickname of a QQ Wallet personal code', () => {
    const c = classifyPayload('https://i.qianbao.qq.com/wallet/sqrcode.htm?m=tenpay&a=1&u=12345678&ac=x&n=%E5%8D%A1%E7%9B%BE%E6%B5%8B%E8%AF%95&f=wallet');
    expect(c.detail).toMatchObject({ qq: '12345678', nickname: '卡盾测试', basis: 'O' });
  });

  it('keeps an amount the code carries', () => {
    expect(classifyPayload('https://qr.alipay.com/fkx0KaDunTest?_s=web-other&a=12.50&m=x').detail.amount).toBe('12.50');
    expect(classifyPayload('alipays://platformapi/startapp?appId=09999988&actionType=toAccount&amount=30.00').detail.amount).toBe('30.00');
  });

  it('records the unwrapped payload and the basis of each mapping', () => {
    const c = classifyPayload('alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2Ffkx0KaDunTest');
    expect(c.detail.inner).toBe('https://qr.alipay.com/fkx0KaDunTest');
    expect(classifyPayload('wxp://f2f0KaDunTest').detail.basis).toBe('V');
    expect(classifyPayload('https://qr.alipay.com/tsx0KaDunTest').detail.basis).toBe('O');
    expect(classifyPayload('https://qr.alipay.com/stx0KaDunTest').detail.basis).toBe('U');
  });

  it('never classifies an unverified (U) form as personal', () => {
    for (const [payload, , , , label] of CASES) {
      const c = classifyPayload(payload, label);
      if (c.detail.basis === 'U') expect(c.kind, payload).toBe('unknown');
    }
  });

  it('stops unwrapping nested wrappers after a few levels', () => {
    let p = 'https://qr.alipay.com/fkx0KaDunTest';
    for (let i = 0; i < 6; i++) p = 'https://render.alipay.com/p/s/i?scheme=' + encodeURIComponent(p);
    expect(classifyPayload(p).kind).toBe('unknown');
  });
});
