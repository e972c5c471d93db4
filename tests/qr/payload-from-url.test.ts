import { describe, expect, it } from 'vitest';
import { payloadFromImageUrl, qrFromImageUrls } from '../../lib/qr/payload-from-url';

describe('payloadFromImageUrl', () => {
  it.each([
    // V免签 payPage/pay.html: <img src="../enQrcode?url=…"> as the extractor makes it absolute
    ['https://vpay.example/enQrcode?url=wxp%3A%2F%2Ff2f0KaDunTest01', 'wxp://f2f0KaDunTest01'],
    ['https://gen.example/qrcode.php?text=https%3A%2F%2Fqr.alipay.com%2Ffkx0KaDunTest', 'https://qr.alipay.com/fkx0KaDunTest'],
    ['https://api.qr-gen.example/v1/create-qr-code/?size=200x200&data=weixin%3A%2F%2Fwxpay%2Fbizpayurl%3Fpr%3DKaDunTe', 'weixin://wxpay/bizpayurl?pr=KaDunTe'],
    ['https://charts.example/chart?cht=qr&chs=200x200&chl=wxp%3A%2F%2Ff2f1KaDunTest', 'wxp://f2f1KaDunTest'],
    // encoded twice
    ['https://vpay.example/enQrcode?url=wxp%253A%252F%252Ff2f0KaDunTest02', 'wxp://f2f0KaDunTest02'],
  ])('%s → %s', (src, payload) => {
    expect(payloadFromImageUrl(src)).toBe(payload);
  });

  it.each([
    ['not a generator', 'https://shop.example/pay?url=wxp%3A%2F%2Ff2f0KaDunTest'],
    ['an image proxy', 'https://img-qr.example/proxy?url=https%3A%2F%2Fcdn.example%2Fa.png'],
    ['a data URL', 'data:image/png;base64,iVBORw0KGgo='],
    ['no payload parameter', 'https://shop.example/static/qrcode.png'],
    ['too short', 'https://gen.example/qr?text=ab'],
  ])('ignores %s', (_n, src) => {
    expect(payloadFromImageUrl(src)).toBeNull();
  });

  it('keeps the image index', () => {
    expect(qrFromImageUrls([{ src: 'https://shop.example/logo.png' }, { src: 'https://vpay.example/enQrcode?url=wxp%3A%2F%2Ff2f0KaDunTest01' }]))
      .toEqual([{ imageIndex: 1, payload: 'wxp://f2f0KaDunTest01' }]);
  });
});
