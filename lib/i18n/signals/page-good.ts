// Texts for refund-terms-shown, company-identity-shown and insecure-transport, zh-CN first. Placeholders match the
// detectors' params: company-identity-shown {company} {code}; insecure-transport {host}; refund-terms-shown none.
import type { SignalTexts } from './types';

const zh: SignalTexts = {
  'refund-terms-shown': {
    title: '网店写明了售后 / 退款规则',
    explain: '页面上写有具体的售后条款，例如“卡密无效 24 小时内联系客服补发或退款”“未发货全额退款”，或者带时限、流程的售后说明。根据消费者权益保护法第二十五条，在线下载或交付的数字化商品不适用七天无理由退货，所以“不支持七天无理由退货”本身不是问题；反过来，声称卡密“支持七天无理由退货”的网店卡盾不会给这一项加分。写明规则不等于会遵守：这是网店的自述，卡盾无法核实，也不能单凭这一项判定网店可信。',
    action: '付款前截图保存售后条款和商品页面；出问题时凭订单号按条款申请补发或退款，网店拒不履行可向 12315 投诉。',
  },
  'company-identity-shown': {
    title: '页面公示了经营者：{company}',
    explain: '页面上写有经营者名称 {company} 和统一社会信用代码 {code}，代码通过了国家标准 GB 32100-2015 的校验，旁边也有营业执照 / 经营者字样。电子商务法第十五条要求网店在首页显著位置公示营业执照信息，照做是一个好迹象。但这是页面自称的公司信息，卡盾未能核实：冒用真实公司的名称和代码很容易，校验通过只说明代码格式正确，不说明这家公司存在、经营这个网站。所以仅凭这一项不会亮绿灯。',
    action: '到国家企业信用信息公示系统（gsxt.gov.cn）查询 {code}，核对公司名称、状态（是否存续）和经营范围，并看 ICP 备案的主办单位是否是同一家公司。',
  },
  'insecure-transport': {
    title: '付款页面没有加密（http）：{host}',
    explain: '这个页面通过未加密的 http 打开（{host}），却要求付款或输入密码、卡号等信息（支付按钮、付款二维码、订单或登录表单）。在公共 Wi-Fi 或被劫持的网络上，别人可以看到你填写的内容，也可以把页面上的收款码偷换成自己的。正规的收银台都使用 https。本机地址（localhost、IP 地址）不在检查之列。',
    action: '不要在这个页面输入密码或付款；确认地址栏是 https 和正确的域名后再操作，或改用官方渠道购买。',
  },
};

const en: SignalTexts = {
  'refund-terms-shown': {
    title: 'The shop states its after-sale / refund terms',
    explain: 'The page states concrete after-sale terms, such as "invalid card key: contact support within 24 hours for a replacement or refund", "full refund if not delivered", or an after-sale section with a time limit or procedure. Under the Consumer Rights Protection Law (art. 25), digital goods delivered online are exempt from 7-day no-reason returns, so "no 7-day no-reason returns" is not a problem in itself; a shop that claims card keys have 7-day no-reason returns gets no credit here. Terms shown are not terms kept: this is the shop\'s own statement, KaDun cannot check it, and it never makes a shop trustworthy on its own.',
    action: 'Screenshot the terms and the product page before paying. If something goes wrong, claim the replacement or refund with your order number; if the shop refuses, complain at 12315.',
  },
  'company-identity-shown': {
    title: 'The page names its operator: {company}',
    explain: 'The page shows the operator {company} with the unified social credit code {code}, which passes the GB 32100-2015 check, next to business-licence / operator wording. The E-commerce Law (art. 15) requires shops to show their business licence information prominently on the home page, so doing it is a good sign. But this is company information the page claims about itself and KaDun could not verify it: a real company\'s name and code are easy to copy, and a valid checksum only means the code is well formed, not that the company exists or runs this site. On its own it never makes the light green.',
    action: 'Look {code} up at gsxt.gov.cn (National Enterprise Credit Information Publicity System): check the name, status and business scope, and whether the ICP filing holder is the same company.',
  },
  'insecure-transport': {
    title: 'Payment page without encryption (http): {host}',
    explain: 'This page is served over plain, unencrypted http ({host}) yet asks for money or for passwords, card numbers or similar (a pay button, a payment QR code, an order or login form). On public Wi-Fi or a hijacked network others can read what you type and swap the payment code shown for their own. Real cashier pages use https. Local addresses (localhost, IP addresses) are not checked.',
    action: 'Do not type passwords or pay on this page. Check that the address bar shows https and the right domain first, or buy through an official channel.',
  },
};

export const pageGoodTexts: { zh: SignalTexts; en: SignalTexts } = { zh, en };
