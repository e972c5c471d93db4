import type { DetectorText } from '../../core/types';
import { siteKey } from '../../core/domain';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type PageContext, type PageDetector } from './context';

/** Field names that carry a secret: password, pwd, paypwd, search_pwd, 密码. */
const SECRET_FIELD = /pass(?:word|wd)|pwd|^pass$|密码/i;
/** Field names that carry card or payment details: card_no, bank_card, cvv, pay_type, payway, 支付. */
const PAY_FIELD = /^(?:bank_?)?card(?:_?(?:no|num|number|pwd|pass))?$|cardno|cvv|cvc|cvn|pay_?(?:way|type|method|channel)|^pay$|支付|卡号/i;
/** Fields of an order form (goods, quantity, where to deliver the card). */
const GOODS_FIELD = /^(?:gid|goods_?id|commodity_?id|product_?id|sku|num|quantity|buy_?num|amount|money|price)$/i;
const CONTACT_FIELD = /^(?:email|contact|qq|phone|mobile|tel|account|recharge_?account)$/i;
/** A control that pays: 立即支付, 确认付款 ¥30, 微信支付, 扫码支付, Pay now — not 立即购买 (a product list has those). */
const PAY_CONTROL =
  /^(?:立即|马上|确认|去|前往|继续|扫码|在线)?(?:支付|付款)(?:[¥￥]?\d{1,7}(?:\.\d{1,2})?元?)?$|^(?:使用)?(?:微信|支付宝|QQ钱包|QQ|银联|网银)(?:扫码)?(?:支付|付款)$|^pay(?:now)?$|^checkout$/i;
const CONTROL_TAGS = new Set(['button', 'a', 'input']);
/** An image whose alt says it is for paying: 微信扫码支付, 付款二维码, 收款码, pay. */
const PAY_IMAGE_ALT = /支付|付款|收款|\bpay/i;
/** Decoded QR payloads that start a payment (domain-facts.md §5). */
const PAY_QR = /^(?:wxp:|weixin:\/\/wxpay|alipays?:|https?:\/\/(?:qr\.alipay\.com|wx\.tenpay\.com|payapp\.weixin\.qq\.com|payapp\.wechatpay\.cn|i\.qianbao\.qq\.com|qpay\.qq\.com|qr\.95516\.com)\/)/i;
const MAX_EVIDENCE = 4;

/** insecureTransport's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const insecureTransportText: DetectorText = {
  'zh-CN': {
    title: '付款页面没有加密（http）：{host}',
    explain: '这个页面通过未加密的 http 打开（{host}），却要求付款或输入密码、卡号等信息（支付按钮、付款二维码、订单或登录表单）。在公共 Wi-Fi 或被劫持的网络上，别人可以看到你填写的内容，也可以把页面上的收款码偷换成自己的。正规的收银台都使用 https。本机地址（localhost、IP 地址）不在检查之列。',
    action: '不要在这个页面输入密码或付款；确认地址栏是 https 和正确的域名后再操作，或改用官方渠道购买。',
  },
  en: {
    title: 'Payment page without encryption (http): {host}',
    explain: 'This page is served over plain, unencrypted http ({host}) yet asks for money or for passwords, card numbers or similar (a pay button, a payment QR code, an order or login form). On public Wi-Fi or a hijacked network others can read what you type and swap the payment code shown for their own. Real cashier pages use https. Local addresses (localhost, IP addresses) are not checked.',
    action: 'Do not type passwords or pay on this page. Check that the address bar shows https and the right domain first, or buy through an official channel.',
  },
};

/**
 * `insecure-transport` (warn): the page is served over plain `http:` and asks for money or secrets — a password,
 * card or payment field, a pay button, a payment QR code, or an order form that posts over http. Anyone on the path
 * (public Wi-Fi, a hostile network) can read what is typed and swap the payment code shown. A plain http product
 * list is not flagged: no payment step, nothing to steal. IP literals and localhost are skipped (local test pages);
 * reserved names such as *.test and *.example are judged like any host.
 */
export const insecureTransport: PageDetector = {
  id: 'insecure-transport',
  detect(ctx) {
    const url = ctx.url;
    if (!url || url.protocol !== 'http:' || isLocal(url)) return [];
    const triggers = paymentSteps(ctx);
    if (triggers.length === 0) return [];
    const evidence: Evidence[] = [{ quote: `${url.protocol}//${url.host}${url.pathname}`.slice(0, 120), where: 'url' }, ...triggers];
    return [pageSignal('insecure-transport', 'warn', evidence.slice(0, MAX_EVIDENCE), { host: url.host })];
  },
  text: insecureTransportText,
};

function isLocal(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || siteKey(url)?.isIp === true;
}

/** What on the page asks for money or secrets. */
function paymentSteps(ctx: PageContext): Evidence[] {
  const out: Evidence[] = [];
  for (const form of ctx.snapshot.forms) {
    const secret = form.fields.filter((f) => SECRET_FIELD.test(f) || PAY_FIELD.test(f));
    const goods = form.fields.filter((f) => GOODS_FIELD.test(f));
    const contact = form.fields.filter((f) => CONTACT_FIELD.test(f));
    const order = form.method === 'post' && postsOverHttp(form.action) && (goods.length > 0 || contact.length >= 2) ? [...goods, ...contact] : [];
    const shown = secret.length > 0 ? secret : order;
    if (shown.length > 0) out.push({ quote: `${form.method.toUpperCase()} ${form.action} (${shown.slice(0, 4).join(', ')})`.slice(0, 120), where: 'form' });
  }
  for (const block of ctx.blocks) {
    if (CONTROL_TAGS.has(block.tag) && block.norm.length <= 24 && PAY_CONTROL.test(block.norm.replace(/ /g, ''))) {
      out.push(blockEvidence(block, 0, block.norm.length, 0));
    }
  }
  for (const img of ctx.snapshot.images) {
    if (PAY_IMAGE_ALT.test(img.alt)) out.push(imageEvidence(img.alt, img.blockId));
  }
  for (const qr of ctx.qr) {
    if (PAY_QR.test(qr.payload)) out.push(imageEvidence(qr.payload.slice(0, 60), ctx.snapshot.images[qr.imageIndex]?.blockId));
  }
  return out;
}

const imageEvidence = (quote: string, blockId: number | undefined): Evidence =>
  blockId === undefined ? { quote: quote.slice(0, 120), where: 'image' } : { quote: quote.slice(0, 120), blockId, where: 'image' };

/** An empty action posts to the page itself; the extractor has already made relative actions absolute. */
function postsOverHttp(action: string): boolean {
  return action === '' || /^http:/i.test(action);
}
