// A cheap "is this a card / voucher shop?" test. It runs on every page in the content script (so: no zod, no
// regex soup over the whole DOM, bounded input) and again in the background on the full snapshot (`shop-detected`).

/** Goods card shops sell (domain-facts.md §6–7). */
// 会员 only as a membership sold ("爱奇艺黄金会员", "会员月卡"): a mall's nav link "会员" and its 会员价 are not goods.
const PRODUCT = /卡密|点卡|Q币|QB|话费|充值|(?:VIP|黄金|白金|钻石|超级|视频|音乐|大|年费|SVIP|绿钻|黄钻)会员|会员(?:月卡|周卡|季卡|年卡|卡|兑换码|激活码|充值|直充|CDK)|兑换码|CDK|激活码|月卡|周卡|季卡|年卡|游戏币|礼品卡|代充|直充|发卡|卡盟|自动发货|油卡|E卡|卡券|流量包|钻石|点券|秒充|代刷/gi;
/** A price shown to a buyer. */
const PRICE = /[¥￥]\s?\d+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?\s*元|价格|售价|单价|现价/;
/** Words on a control that starts a purchase. */
const BUY_ACTION = /立即购买|购买|下单|提交订单|立即支付|去支付|确认支付|付款|结算|加入购物车|扫码支付|马上充值|立即充值|已完成支付|已支付|buy\s*now|checkout/i;
/** Card-shop software fingerprints in asset paths, routes and inline scripts (domain-facts.md §6). */
const SOFTWARE = /\/assets\/(?:hyper|luna|unicorn)\/|独角数卡|setVar\(\s*["']CAT_ID|acg-faka|\/user\/api\/index\/commodity|oneui\.app\.min\.js|\/check-order-status\/|\/order-search|\/pay-gateway\/|submit\.php\?pid=|\/createOrder\?payId|enQrcode\?url=|\/payPage\/pay\.html|\/getshop\.php|\/assets\/css\/(?:alipay|wechat|qqpay|mqq)_pay\.css|\/templates\/[\w-]{1,30}\/js\/productpay\.js|submit2\.php\?typeid=/i;
/** Links and forms that go straight to a payment gateway's order endpoint: the page's way to buy. */
const PAY_ENDPOINT = /xunhupay\.com\/payments?\/|payjs\.cn\/api\/(?:cashier|native)|\/creat_order\b|submit\.php\?pid=|\/createOrder\?payId/i;
/** A pay control naming a wallet: choosing how to pay is buying. */
const PAY_CONTROL = /^(?:alipay|wxpay|qqpay|wechat|wepay|weixin|支付宝|微信支付|QQ钱包|支付宝支付|微信|QQ)$/i;
/** A short block that is nothing but a buy control's words (uni-app views and styled divs are not <button>s). */
const BUY_ONLY = /^(?:立即购买|马上购买|立即抢购|立即下单|加入购物车|立即充值|马上充值|去支付|立即支付|确认支付|提交订单)$/;

/** Order-form field names of card-shop software. */
const ORDER_FIELDS = /^(?:gid|goods_id|commodity_id|num|quantity|buy_num|email|contact|qq|pay_?way|payway|by_amount|coupon|search_pwd)$/i;

export type ShopInput = {
  title: string;
  /** A bounded sample of the page's visible text, normalised. */
  text: string;
  /** Texts of buttons, links and submit inputs. */
  actions: readonly string[];
  /** Short texts of other blocks: a buy control drawn as a styled element ("立即购买" in a uni-view or div). */
  shortTexts?: readonly string[];
  /** Values and labels of pay controls (radio values, icon buttons' values). */
  payControls?: readonly string[];
  /** Script srcs, link hrefs, form actions and inline-script excerpts. */
  code: readonly string[];
  formFields: readonly string[];
};

export type ShopClass = { isShop: boolean; reasons: string[] };

/**
 * Words of paying and of card-shop trade. A page that is not (yet) a shop by `classifyShop` but uses them — a
 * cashier, a V免签 pay page, a page selling 黑号 with a QQ contact instead of a buy button — still gets the full
 * (local) analysis: the content script sends its snapshot. Nothing leaves the browser because of this.
 */
const COMMERCE = /本站不支持 ?(?:在 ?)?(?:微信|QQ)|为您下单|立即下单|收银台|扫码支付|扫码付款|扫码后|收款码|付款码|赞赏码|请务必付款|应付金额|实付|支付金额|付款金额|订单号|支付宝|微信支付|QQ钱包|财付通|USDT|TRC20|卡密|发卡|卡盟|代刷|分站|货源|接码|实名号|黑号|白号|跑分|外挂|辅助|破解|转账|汇款|银行卡|免签/;

export function commerceHint(input: Pick<ShopInput, 'title' | 'text'>): boolean {
  return COMMERCE.test(input.title) || COMMERCE.test(input.text);
}

export function classifyShop(input: ShopInput): ShopClass {
  const reasons: string[] = [];
  const software = input.code.find((c) => SOFTWARE.test(c));
  if (software) reasons.push('software:' + (SOFTWARE.exec(software)?.[0] ?? ''));

  const products = new Set<string>();
  for (const m of (input.title + ' ' + input.text).matchAll(PRODUCT)) {
    products.add(m[0].toUpperCase());
    if (products.size >= 5) break;
  }
  if (products.size) reasons.push('product:' + [...products].join('/'));
  const price = PRICE.exec(input.text);
  if (price) reasons.push('price:' + price[0]);
  const buy = input.actions.find((a) => a.length <= 30 && BUY_ACTION.test(a)) ?? input.shortTexts?.find((t) => BUY_ONLY.test(t)) ??
    input.code.find((c) => PAY_ENDPOINT.test(c))?.slice(0, 60) ?? input.payControls?.find((c) => PAY_CONTROL.test(c));
  if (buy) reasons.push('action:' + buy);
  const orderFields = input.formFields.filter((f) => ORDER_FIELDS.test(f));
  if (orderFields.length >= 2) reasons.push('form:' + orderFields.slice(0, 4).join(','));

  const buying = Boolean(buy) || orderFields.length >= 2;
  const isShop = Boolean(software) || (products.size > 0 && Boolean(price) && buying);
  return { isShop, reasons };
}
