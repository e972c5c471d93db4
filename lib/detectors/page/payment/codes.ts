// Payment codes of a page, classified once (ctx.memo): QR payloads the caller decoded from images (ctx.qr), plus
// payment payloads written into links (deep links such as alipays://…) and inline scripts (epay's
// `var code_url = '…'`, which a script draws as a QR after load).
import { classifyPayload, type QrClass } from '../../../qr/classify-payload';
import type { PageContext } from '../context';

export type PaymentCode = {
  payload: string;
  cls: QrClass;
  where: 'image' | 'link' | 'script' | 'data';
  /** The nearest text block (the image's or the link's). */
  blockId?: number;
  imageIndex?: number;
};

const PAY_HOSTS = String.raw`qr\.alipay\.com|render\.alipay\.com|ds\.alipay\.com|i\.qianbao\.qq\.com|qpay\.qq\.com|wx\.tenpay\.com|payapp\.weixin\.qq\.com|payapp\.wechatpay\.cn|sjt\.wxpapp\.wechatpay\.cn|wxpay\.tenpay\.com|wxpay\.wechatpay\.cn|qr\.95516\.com`;
/** A payment payload as a string in code (bounded, no quotes, spaces or backslashes inside). */
const PAYLOAD_IN_CODE = new RegExp(
  String.raw`wxp://f2f[01][\w-]{4,200}|weixin://wxpay/bizpayurl\?[^\s'"<>\\]{1,300}|alipays?://platformapi/startapp\?[^\s'"<>\\]{1,600}|https?://(?:${PAY_HOSTS})/[^\s'"<>\\]{1,600}`,
  'gi',
);
const PAYLOAD_LINK = new RegExp(String.raw`^(?:wxp://|weixin://wxpay/|alipays?://|https?://(?:${PAY_HOSTS})/)`, 'i');

export function paymentCodes(ctx: PageContext): PaymentCode[] {
  return ctx.memo('payment-codes', () => {
    const s = ctx.snapshot;
    const seen = new Set<string>();
    const out: PaymentCode[] = [];
    const add = (code: Omit<PaymentCode, 'cls'>, label: string) => {
      const payload = code.payload.trim();
      if (!payload || seen.has(payload)) return;
      seen.add(payload);
      out.push({ ...code, payload, cls: classifyPayload(payload, label) });
    };
    for (const qr of ctx.qr) {
      const img = s.images[qr.imageIndex];
      const block = img?.blockId === undefined ? '' : (ctx.blocks.find((b) => b.id === img.blockId)?.norm ?? '');
      add({ payload: qr.payload, where: 'image', blockId: img?.blockId, imageIndex: qr.imageIndex }, `${img?.alt ?? ''} ${block}`);
    }
    for (const link of s.links) {
      if (PAYLOAD_LINK.test(link.href)) add({ payload: link.href, where: 'link', blockId: link.blockId }, link.text);
    }
    // A code a script draws from an attribute (ShopXO: <div class="view-qrcode-init" data-value="weixin://wxpay/…">).
    for (const c of ctx.controls) {
      if (c.where === 'data' && PAYLOAD_LINK.test(c.text)) add({ payload: c.text, where: 'data', blockId: c.blockId }, '');
    }
    for (const code of s.scripts.inline) {
      // JSON-escaped URLs (https:\/\/qr.alipay.com\/fkx…) are unescaped first.
      for (const m of code.replace(/\\\//g, '/').matchAll(PAYLOAD_IN_CODE)) add({ payload: m[0], where: 'script' }, '');
    }
    return out;
  });
}

/** A payload short enough to quote, with what identifies the payee kept (the QQ number and nickname). */
export function shortPayload(code: Pick<PaymentCode, 'payload' | 'cls'>): string {
  const d = code.cls.detail;
  if (d.form === 'qq-personal') return ['i.qianbao.qq.com/wallet/sqrcode', d.qq ? `QQ ${d.qq}` : '', d.nickname ?? ''].filter(Boolean).join(' · ');
  const p = code.payload.replace(/^https?:\/\//i, '');
  return p.length > 48 ? p.slice(0, 47) + '…' : p;
}
