import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { paymentPersonalQr } from '../../../lib/detectors/page/payment-personal-qr';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';


/** What each match fixture's code is and where it was found. */
const EXPECTED: Record<string, { form: string; where: string }> = {
  'match-dujiaoka-vpay-wechat.html': { form: 'wechat-f2f', where: 'image' },
  'match-epay-code-url-alipay.html': { form: 'alipay-fkx', where: 'script' },
  'match-qq-wallet-personal.html': { form: 'qq-personal', where: 'image' },
};

describe('payment-personal-qr', () => {
  const { match } = describeDetectorFixtures(paymentPersonalQr, {
    severity: 'danger',
    expect: ([s], name) => {
      expect(s!.params.payload).toBeTruthy();
      expect(s!.evidence[0]!.quote).toBe(s!.params.payload);
      if (EXPECTED[name]) {
        expect(s!.params.form).toBe(EXPECTED[name].form);
        expect(s!.evidence[0]!.where).toBe(EXPECTED[name].where);
      }
    },
  });

  it('decodes the fixture image for real and points at the image\'s text block', () => {
    const ctx = contextFor(readFileSync(match.find((f) => f.includes('qq-wallet'))!, 'utf8'));
    expect(ctx.qr).toHaveLength(1);
    const s = paymentPersonalQr.detect(ctx)[0]!;
    // The QQ number and nickname are shown, not hidden behind an ellipsis.
    expect(s.params).toMatchObject({ qq: '12345678', nickname: '卡盾测试', wallet: 'qq' });
    expect(s.evidence[0]!.quote).toContain('QQ 12345678');
    const imageBlock = ctx.snapshot.images[ctx.qr[0]!.imageIndex]!.blockId;
    expect(imageBlock).toBeTypeOf('number');
    expect(s.evidence[0]!.blockId).toBe(imageBlock);
  });

  it('reads a V免签 enQrcode URL without pixels', () => {
    const html = '<!-- url: https://vpay.example/payPage/pay.html?orderId=1 --><title>扫码支付</title><p>请务必付款 10.01 元</p><div><img src="../enQrcode?url=wxp%3A%2F%2Ff2f1KaDunTest99" width="210" height="210"></div>';
    const s = paymentPersonalQr.detect(contextFor(html));
    expect(s).toHaveLength(1);
    expect(s[0]!.params.payload).toBe('wxp://f2f1KaDunTest99');
  });

  it('is info on a page that sells nothing (a donation page), never danger', async () => {
    const img = await QRCode.toDataURL('wxp://f2f0KaDunTestDonate01', { margin: 2, scale: 4 });
    const html = `<!-- url: https://blog.example/donate --><h1>请我喝杯咖啡</h1><p>如果文章对你有帮助，欢迎打赏</p><div><img src="${img}" alt="微信"></div>`;
    const s = paymentPersonalQr.detect(contextFor(html));
    expect(s.map((x) => x.severity)).toEqual(['info']);
  });

  it('reads a small-merchant code as warn and an unknown payload as nothing', () => {
    const page = (payload: string) => contextFor(`<!-- url: https://ka.example/pay --><p>订单号 1 应付金额 ¥10.00</p><p><a href="${payload}">付款</a></p>`, undefined, { qr: [] });
    expect(paymentPersonalQr.detect(page('https://payapp.weixin.qq.com/sjt/qr/KaDunTest01')).map((s) => s.severity)).toEqual(['warn']);
    expect(paymentPersonalQr.detect(page('https://qr.alipay.com/stx0KaDunTest'))).toEqual([]);
    expect(paymentPersonalQr.detect(page('https://qr.95516.com/00010000/0123456789'))).toEqual([]);
  });

  it('leaves an Alipay toAccount link to payment-personal-transfer, but reports one decoded from an image', () => {
    const link = 'alipays://platformapi/startapp?appId=09999988&actionType=toAccount&userId=2088000000000000';
    const html = `<!-- url: https://ka.example/pay --><p>订单号 1 应付金额 ¥10.00</p><p><a href="${link}">付款</a></p><div><img src="data:image/png;base64,AAAA" alt="收款码"></div>`;
    expect(paymentPersonalQr.detect(contextFor(html, undefined, { qr: [] }))).toEqual([]);
    expect(paymentPersonalQr.detect(contextFor(html, undefined, { qr: [{ imageIndex: 0, payload: link }] }))).toHaveLength(1);
  });
});
