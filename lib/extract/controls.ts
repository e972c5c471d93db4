// Texts that name payment channels and goods without being page text until the buyer clicks (card-shop pay pickers:
// dujiaoka's <select> / radio of channels such as "V 免签支付宝", ZFAKA's `data-type="codepayalipay"` pay icons):
// `<option>`s, radio / checkbox / button values, `data-*` values of pay-ish attributes, `alt` / `title`, pay-icon
// file names. Per element: a bounded look at its attributes, no layout, no style reads.
import { SNAPSHOT_LIMITS as L } from '../core/limits';
import type { ControlText } from '../core/types';
import { boundedText } from './walk-helpers';

export type RawControl = Omit<ControlText, 'blockId'>;

/** data-* attribute names that carry a channel, a method or a label (data-id and friends are numbers or noise). */
const DATA_NAME = /pay|type|channel|method|way|gateway|bank|plugin|handle|code|name|title|label|value/i;
/** A value worth reading: has a letter or a Han character, is no URL, JSON or markup. */
const WORDY = /[A-Za-z\u3400-\u9fff]/;
const NOT_WORDS = /^(?:https?:|data:|javascript:|[{[<#.])/i;
/** Pay-icon file names (/static/pay/codepay_alipay.png, /assets/img/wxpay.svg…). */
const PAY_ICON = /(?:ali|wx|we|qq|v|ma|co|e|yi)pay|alipay|wechat|weixin|qqpay|vmq|mianqian|zhifu|usdt|unionpay/i;
/** A payment payload in an attribute (ShopXO draws its QR from `data-value="weixin://wxpay/bizpayurl?…"`). */
const PAYLOAD = /^(?:wxp:\/\/|weixin:\/\/wxpay\/|alipays?:\/\/|https?:\/\/(?:qr\.alipay\.com|i\.qianbao\.qq\.com|qpay\.qq\.com|wx\.tenpay\.com|payapp\.weixin\.qq\.com|payapp\.wechatpay\.cn|qr\.95516\.com)\/)/i;
/** Class names of pay-picker items whose own short text names the channel (acg-faka `a.pay > span`, mcy-shop `.pay-item`, epay `li.pay_li`, ZFAKA `a.orderpaymethod`). */
const PAY_ITEM_CLASS = /(?:^|\s)(?:pay|pay[-_]?(?:item|li|way|type|method|name|btn|option|channel)|orderpaymethod|payment[-_]?(?:method|item|option))(?:\s|$)/i;
const MAX_LABEL = 40;
const MAX_ATTRS = 16;
const MAX_VALUE = 60;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string) => (s.length > L.controlChars ? s.slice(0, L.controlChars) : s);
const wordy = (v: string) => v.length >= 2 && v.length <= MAX_VALUE && WORDY.test(v) && !NOT_WORDS.test(v);

/** What `el` itself names in attributes and option text (its children are visited on their own). */
export function controlTexts(el: Element): RawControl[] {
  const out: RawControl[] = [];
  const tag = el.localName;
  const add = (text: string | null, where: RawControl['where'], attr?: string) => {
    const t = squash(text ?? '');
    if (t && wordy(t)) out.push(attr ? { text: clip(t), where, attr } : { text: clip(t), where });
  };
  /** An element's own short text (a label, a pay item): read bounded, kept only when short. */
  const addShort = (from: Element, where: RawControl['where']) => {
    const t = squash(boundedText(from, MAX_LABEL * 4));
    if (t.length <= MAX_LABEL) add(t, where);
  };
  if (tag === 'option') {
    // An option's text is short by nature; a hostile one is clipped before it is squashed.
    const text = boundedText(el, L.controlChars * 2);
    add(text, 'option');
    const value = el.getAttribute('value');
    if (value !== null && squash(value) !== squash(text)) add(value, 'value', 'value');
  } else if ((tag === 'input' && /^(?:radio|checkbox)$/i.test(el.getAttribute('type') ?? '')) || tag === 'button') {
    add(el.getAttribute('value'), 'value', 'value');
    // dujiaoka's unicorn theme: <label><input type="radio" name="payway" value="4"> 码支付支付宝</label>.
    const label = tag === 'input' ? el.closest('label') : null;
    if (label) addShort(label, 'label');
  }
  const cls = el.getAttribute('class');
  if (cls && cls.length < 200 && PAY_ITEM_CLASS.test(cls)) addShort(el, 'label');
  add(el.getAttribute('alt'), 'alt', 'alt');
  add(el.getAttribute('title'), 'title', 'title');
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length && i < MAX_ATTRS; i++) {
    const a = attrs[i]!;
    if (!a.name.startsWith('data-')) continue;
    if (PAYLOAD.test(a.value)) out.push({ text: clip(a.value.trim()), where: 'data', attr: a.name.slice(0, 40) });
    else if (DATA_NAME.test(a.name.slice(5))) add(a.value, 'data', a.name.slice(0, 40));
  }
  if (tag === 'img') {
    const src = el.getAttribute('src') ?? '';
    if (!src.startsWith('data:')) {
      const file = src.split(/[?#]/)[0]!.split('/').slice(-2).join('/');
      if (PAY_ICON.test(file)) add(file.slice(-MAX_VALUE), 'icon', 'src');
    }
  }
  return out;
}
