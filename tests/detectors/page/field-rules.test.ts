// Rules learnt from the real card-shop software (docs/field/): each fires where the real page has the tell and stays
// silent on the page that only mentions, quotes or warns about it. The field fixtures check the same end to end
// (tests/accuracy/corpus.test.ts); these pin each rule on its own.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/pipeline/analyze';
import { inappBrowserEvasion } from '../../../lib/detectors/page/inapp-browser-evasion';
import { paymentUnlicensedGateway } from '../../../lib/detectors/page/payment-unlicensed-gateway';
import { shopClass } from '../../../lib/detectors/page/shared/shop-classification';
import { isPurchaseContext } from '../../../lib/detectors/page/payment/wording';
import { contextFor, extractHtml, FIXTURE_NOW } from '../../helpers/fixtures';

const at = (url: string, title: string, body: string) => `<!-- url: ${url} --><html><head><title>${title}</title></head><body>${body}</body></html>`;
const gateways = (html: string) => paymentUnlicensedGateway.detect(contextFor(html)).map((s) => `${s.params.gatewayId}:${s.severity}`);
const shopOrder = (body: string) => at('https://ka.example/bill/K1', '订单详情', `<p>商品：腾讯视频VIP月卡 订单号 K1 价格 ¥15.00</p>${body}`);

describe('payment channels as real shops show them', () => {
  it.each([
    ['dujiaoka bill: 支付方式 V 免签微信', shopOrder('<p><label>支付方式：</label><span>V 免签微信</span></p>'), ['vmq:danger']],
    ['dujiaoka URL-encoded pay-gateway route', shopOrder('<a href="/pay-gateway/pay%2Fvpay/vwx/QX4N7B2K">去支付</a>'), ['vmq:danger']],
    ['dujiaoka unicorn radio label 码支付支付宝', shopOrder('<label class="form-check-label"><input type="radio" name="payway" value="4"> 码支付支付宝</label>'), ['codepay:danger']],
    ['acg-faka pay item span V免签-微信', shopOrder('<div class="pay-list"><a class="pay" data-id="5"><span>V免签-微信</span></a></div>'), ['vmq:danger']],
    ['epay cashier submit2.php', shopOrder("<script>window.location.href='./submit2.php?typeid='+id+'&trade_no=K1';</script>"), ['epay:warn']],
    ['虎皮椒 WooCommerce radio', shopOrder('<input type="radio" name="payment_method" value="xh-wechat-payment-wc">'), ['xunhupay:warn']],
    ['码支付 pay page wording', shopOrder('<p>请务必规定时间内支付下面显示的金额</p>'), ['codepay:danger']],
  ])('%s', (_n, html, want) => {
    expect(gateways(html)).toEqual(want);
  });

  it.each([
    ['a blog slug naming codepay', at('https://blog.example/posts/vmq-codepay-explained.html', '收款方案', '<p>个人网站怎么收款</p>')],
    ['V免签 mentioned in a blog that sells nothing is info', at('https://blog.example/p/1', '收款方案对比', '<p>搜到的第一批方案就是 V免签 和码支付。</p>')],
    ['epay stock help next to an epay page', shopOrder('<link rel="stylesheet" href="/assets/css/wechat_pay.css"><script>$.get("/getshop.php")</script><p>手机用户可保存上方二维码到手机中</p><p>在微信扫一扫中选择“相册”即可</p>')],
  ])('no personal-account danger: %s', (_n, html) => {
    expect(gateways(html).filter((g) => g.endsWith(':danger'))).toEqual([]);
  });
});

describe('quoted, reported and negated wording asks nothing', () => {
  it.each([
    ['a police notice reproducing a scam cashier in a blockquote', at('https://police.example/n/1', '警情通报', '<blockquote><p>应付金额：¥88.00</p><p>请务必付款 88.01 元</p><p>备注说明无需填写</p></blockquote>')],
    ['a list of scam sites "上述网站的共同特点"', at('https://12321.example/n/2', '通报', '<p>上述网站的共同特点是：价格明显低于官方；付款方式为个人收款码或转账到个人银行卡。</p>')],
    ['a donation page saying it is "不是购买"', at('https://oss.example/sponsor', '赞助我', '<p>赞助完全自愿，也不是购买任何服务。</p><img src="data:image/png;base64,iVBORw0KGgo=" alt="微信赞赏码" width="148" height="148">')],
  ])('%s', (_n, html) => {
    const ctx = contextFor(html, undefined, { qr: [{ imageIndex: 0, payload: 'wxp://f2f0KaDunTest' }] });
    expect(isPurchaseContext(ctx)).toBe(false);
  });
  it('a 凡是… sentence that ends in 都是诈骗 is a warning', () => {
    const html = at('https://fanzha.example/a', '防骗', '<p>售价 ¥30 的点卡，凡是要求转账到个人银行卡的，都是诈骗。</p>');
    const stage = analyzePage({ snapshot: extractHtml(html).snapshot, now: FIXTURE_NOW });
    expect(stage.signals.filter((s) => s.severity === 'danger')).toEqual([]);
  });
});

describe('what a shop page is', () => {
  const cls = (html: string) => shopClass(contextFor(html));
  it.each([
    ['a uni-app buy button', at('https://m.example/goods/1', '爱奇艺黄金会员月卡', '<p>¥19.80</p><uni-view class="buy bnts">立即购买</uni-view>')],
    ['a link straight to a gateway', at('https://xh.example/p/1', 'Q币充值', '<p>Q币 100个 ¥98.00</p><a href="https://api.xunhupay.com/payments/wechat/index?id=1">微信支付</a>')],
    ['icon-only pay buttons with wallet values', at('https://ds.example/user/reg.php', '开通分站', '<p>代刷分站 专业版 20元</p><button name="type" value="alipay"><img src="/assets/icon/alipay.ico"></button>')],
    ['a 卡密社区 home whose tiles link to login', at('https://km.example/', 'QQ空间业务卡密自助下单平台', '<a href="/login/3">QQ名片赞 卡密 ￥0.90</a>')],
  ])('shop: %s', (_n, html) => {
    expect(cls(html).isShop).toBe(true);
  });
  it.each([
    ['a mall nav link "会员" on a phone page', at('https://mall.example/item/1', '华为手机 12GB+256GB', '<nav><a href="/vip">会员</a></nav><p>售价 ¥3999</p><button>加入购物车</button>')],
    ['"会员价" of a hotel', at('https://hotel.example/r/1', '大床房', '<p>会员价 ¥299</p><button>立即预订</button>')],
  ])('not a shop: %s', (_n, html) => {
    expect(cls(html).isShop).toBe(false);
  });

  it('a personal code with card goods and a price makes a purchase, with no buy button', () => {
    const html = at('https://chongzhi.example/', 'Q币充值中心', '<ul><li>100 Q币 90 元</li></ul><img src="data:image/png;base64,iVBORw0KGgo=" width="148" height="148"><p>请使用微信扫一扫，扫码后输入对应金额支付</p>');
    const stage = analyzePage({ snapshot: extractHtml(html).snapshot, now: FIXTURE_NOW, qr: [{ imageIndex: 0, payload: 'wxp://f2f0KaDunTest' }] });
    expect(stage.isShop).toBe(true);
    expect(stage.signals.find((s) => s.id === 'payment-personal-qr')?.severity).toBe('danger');
  });
});

describe('the in-app-browser interstitial a shop serves WeChat', () => {
  const page = (title: string, text: string) => at('https://qbfaka.example/', title, `<p>点击右上角在 浏览器 打开</p><p>${text}</p>`);
  it('fires on dujiaoka\'s notencent page, which is then a shop page', () => {
    const html = page('请使用内置浏览器打开', '1.本站不支持 微信或QQ 内访问');
    expect(inappBrowserEvasion.detect(contextFor(html)).map((s) => s.severity)).toEqual(['warn']);
    expect(analyzePage({ snapshot: extractHtml(html).snapshot, now: FIXTURE_NOW }).isShop).toBe(true);
  });
  it('stays silent on an app download page', () => {
    expect(inappBrowserEvasion.detect(contextFor(page('请在浏览器中打开下载', '微信内无法下载安装包')))).toEqual([]);
  });
});

describe('order wording next to a payment code', () => {
  it('reads on past a negated order word to an asked one, and ends on a page with only negated ones', () => {
    const qr = [{ imageIndex: 0, payload: 'wxp://f2f0KaDunTest' }];
    const img = '<img src="data:image/png;base64,iVBORw0KGgo=" width="148" height="148">';
    const negatedOnly = at('https://oss.example/s', '赞助', `<p>这不是购买，也不是订单。</p>${img}`);
    const askedLater = at('https://oss.example/t', '赞助', `<p>这不是购买，扫码即可下单</p>${img}`);
    expect(isPurchaseContext(contextFor(negatedOnly, undefined, { qr }))).toBe(false);
    expect(isPurchaseContext(contextFor(askedLater, undefined, { qr }))).toBe(true);
  });
});
