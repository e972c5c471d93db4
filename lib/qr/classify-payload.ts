// What a decoded payment QR says about who gets the money (domain-facts.md §5). Pure; table-tested in
// tests/qr/classify-payload.test.ts. Each form carries the label of the fact behind it: V (read in docs or source),
// O (observed in real codes: a pattern, not a spec), U (unverified). Only V and O forms may ever lead to a red
// verdict; U forms are 'unknown'.

export type QrKind = 'personal' | 'merchant' | 'small-merchant' | 'unknown';
export type QrWallet = 'wechat' | 'alipay' | 'qq' | 'unionpay' | 'other';
export type QrForm =
  | 'wechat-f2f' | 'wechat-tenpay-f2f' | 'wechat-payapp' | 'wechat-reward' | 'wechat-sjt' | 'wechat-business'
  | 'wechat-native' | 'wechat-other'
  | 'alipay-fkx' | 'alipay-tsx' | 'alipay-2m6' | 'alipay-a6x' | 'alipay-to-account' | 'alipay-f2f-order'
  | 'alipay-stx' | 'alipay-other'
  | 'qq-personal' | 'qq-merchant' | 'unionpay' | 'emvco' | 'none';

export type QrDetail = {
  form: QrForm;
  /** The domain-facts label of the form → kind mapping. */
  basis: 'V' | 'O' | 'U';
  /** QQ wallet personal code: the payee's QQ number (`u=`) and nickname (`n=`), shown to the person. */
  qq?: string;
  nickname?: string;
  /** An amount the code carries (Alipay `a=`, toAccount `amount=`). */
  amount?: string;
  /** The payload inside a wrapper (render.alipay.com, ds.alipay.com, alipays://…?qrcode=) that decided the class. */
  inner?: string;
};

export type QrClass = { kind: QrKind; wallet: QrWallet; detail: QrDetail };

const WECHAT_HOSTS = /(?:^|\.)(?:weixin\.qq\.com|wechatpay\.cn|tenpay\.com)$/;
const MAX_UNWRAP = 3;

/**
 * Classifies a QR payload. `label` is the text around the image (alt, nearby text): a bare 赞赏码 token is read as
 * one only when the page calls it that, because its format is only known as "starts with m or n" (§5).
 */
export function classifyPayload(payload: string, label = ''): QrClass {
  return classify(payload.trim(), label, 0);
}

function classify(p: string, label: string, depth: number): QrClass {
  const lower = p.toLowerCase();
  // WeChat personal 收款码: wxp://f2f0… / wxp://f2f1… [V].
  if (/^wxp:\/\/f2f[01]/.test(lower)) return c('personal', 'wechat', 'wechat-f2f', 'V');
  if (lower.startsWith('wxp://')) return c('unknown', 'wechat', 'wechat-other', 'U');
  // Official merchant Native pay: per-order `bizpayurl?pr=`, static mode 1 `bizpayurl?sign=…&mch_id=` [V].
  if (lower.startsWith('weixin://wxpay/bizpayurl')) return c('merchant', 'wechat', 'wechat-native', 'V');
  if (lower.startsWith('weixin://')) return c('unknown', 'wechat', 'wechat-other', 'U');
  if (lower.startsWith('alipays://') || lower.startsWith('alipay://')) return alipayScheme(p, label, depth);
  // EMVCo merchant-presented payloads start with "00" "02" "01" (payload format indicator) [V]; network unknown.
  if (/^000201/.test(p)) return c('unknown', 'other', 'emvco', 'V');

  const url = parseHttp(p);
  if (url) {
    const host = url.hostname;
    const path = url.pathname.toLowerCase();
    if (host === 'qr.alipay.com') return alipayQr(url, path);
    if (host === 'render.alipay.com' || host === 'ds.alipay.com') {
      const inner = url.searchParams.get('scheme');
      if (inner && depth < MAX_UNWRAP) return unwrapped(classify(inner.trim(), label, depth + 1), inner);
      return c('unknown', 'alipay', 'alipay-other', 'U');
    }
    if (WECHAT_HOSTS.test(host)) return wechatUrl(host, path);
    // QQ wallet personal code exposes the payee's QQ number and nickname [O].
    if (host === 'i.qianbao.qq.com' && path.startsWith('/wallet/sqrcode')) {
      const qq = url.searchParams.get('u')?.trim();
      const nickname = url.searchParams.get('n')?.replace(/\s+/g, ' ').trim().slice(0, 40);
      return { kind: 'personal', wallet: 'qq', detail: { form: 'qq-personal', basis: 'O', ...(qq && /^\d{5,12}$/.test(qq) ? { qq } : {}), ...(nickname ? { nickname } : {}) } };
    }
    if (host === 'qpay.qq.com' && path.startsWith('/qr/')) return c('merchant', 'qq', 'qq-merchant', 'O');
    // UnionPay: qr.95516.com/<8-digit institution>/<digits> [O]; whose account it is cannot be told from the URL.
    if (host === 'qr.95516.com') return c('unknown', 'unionpay', 'unionpay', 'O');
    return c('unknown', 'other', 'none', 'U');
  }

  // 赞赏码 (WeChat reward code): content starts with m / n, code type 22 [V]; exact length and alphabet [U], so
  // only a token the page itself calls 赞赏码 counts.
  if (/^[mn][0-9A-Za-z_\-]{8,80}$/.test(p) && /赞赏|打赏|zanshang/i.test(label)) return c('personal', 'wechat', 'wechat-reward', 'V');
  return c('unknown', 'other', 'none', 'U');
}

function wechatUrl(host: string, path: string): QrClass {
  // Older personal code https://wx.tenpay.com/f2f?t=… [V].
  if (host === 'wx.tenpay.com' && path.startsWith('/f2f')) return c('personal', 'wechat', 'wechat-tenpay-f2f', 'V');
  // 小微 / 经营码: …/sjt/qr/…, sjt.wxpapp.wechatpay.cn/lnk/qr/… — a merchant account that may be a natural person [V].
  if (path.startsWith('/sjt/') || host.startsWith('sjt.')) return c('small-merchant', 'wechat', 'wechat-sjt', 'V');
  // Business codes: …/materialqr/entry/…, …/qrpay/order/…, wxpay.(tenpay.com|wechatpay.cn)/md/… [V].
  if (path.startsWith('/materialqr/') || path.startsWith('/qrpay/') || (host.startsWith('wxpay.') && path.startsWith('/md/'))) {
    return c('merchant', 'wechat', 'wechat-business', 'V');
  }
  // Personal code: payapp.weixin.qq.com/qr/…, payapp.wechatpay.cn/qr/… [V].
  if (host.startsWith('payapp.') && path.startsWith('/qr/')) return c('personal', 'wechat', 'wechat-payapp', 'V');
  return c('unknown', 'wechat', 'wechat-other', 'U');
}

function alipayQr(url: URL, path: string): QrClass {
  const code = path.slice(1);
  const a = url.searchParams.get('a')?.trim();
  const amount = a && /^\d{1,7}(?:\.\d{1,2})?$/.test(a) ? { amount: a } : {};
  const personal = (form: QrForm): QrClass => ({ kind: 'personal', wallet: 'alipay', detail: { form, basis: 'O', ...amount } });
  // Personal 收钱码 https://qr.alipay.com/fkx… (often upper-case) [O, strong]; a pre-filled amount is `?_s=web-other&a=`.
  if (code.startsWith('fkx')) return personal('alipay-fkx');
  // tsx… and 2m6… are personal codes [O]: observed, not documented — kept personal, the texts say "疑似".
  if (code.startsWith('tsx')) return personal('alipay-tsx');
  if (code.startsWith('2m6')) return personal('alipay-2m6');
  // a6x…: a person's profile / transfer page [O].
  if (code.startsWith('a6x')) return personal('alipay-a6x');
  // stx… is ambiguous [U]: never personal on a guess.
  if (code.startsWith('stx')) return c('unknown', 'alipay', 'alipay-stx', 'U');
  // 当面付 merchant order code https://qr.alipay.com/bax… (dynamic, ~2 h) [V].
  if (code.startsWith('ba')) return c('merchant', 'alipay', 'alipay-f2f-order', 'V');
  return c('unknown', 'alipay', 'alipay-other', 'U');
}

function alipayScheme(p: string, label: string, depth: number): QrClass {
  const q = p.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? p.slice(q + 1) : '');
  const get = (name: string) => {
    for (const [k, v] of params) if (k.toLowerCase() === name) return v.trim();
    return undefined;
  };
  // Transfer to a personal account: …startapp?…actionType=toAccount…&amount=&memo= [O]; and the transfer app
  // 20000123 with biz_data {"s":"money","u":"2088…"} [O].
  const bizData = get('biz_data') ?? '';
  if (get('actiontype')?.toLowerCase() === 'toaccount' || (get('appid') === '20000123' && /"s"\s*:\s*"money"/.test(bizData))) {
    const amt = get('amount') ?? /"a"\s*:\s*"([\d.]+)"/.exec(bizData)?.[1];
    return { kind: 'personal', wallet: 'alipay', detail: { form: 'alipay-to-account', basis: 'O', ...(amt && /^\d{1,7}(?:\.\d{1,2})?$/.test(amt) ? { amount: amt } : {}) } };
  }
  // Launchers that carry a code: scan (10000007, `qrcode=`) and open-URL (20000067, `url=`) [O].
  const inner = get('qrcode') ?? get('url');
  if (inner && depth < MAX_UNWRAP) return unwrapped(classify(inner, label, depth + 1), inner);
  return c('unknown', 'alipay', 'alipay-other', 'U');
}

function unwrapped(cls: QrClass, inner: string): QrClass {
  return { ...cls, detail: { ...cls.detail, inner: cls.detail.inner ?? inner.trim() } };
}

function parseHttp(p: string): URL | null {
  if (!/^https?:\/\//i.test(p)) return null;
  try {
    return new URL(p);
  } catch {
    return null;
  }
}

const c = (kind: QrKind, wallet: QrWallet, form: QrForm, basis: QrDetail['basis']): QrClass => ({ kind, wallet, detail: { form, basis } });
