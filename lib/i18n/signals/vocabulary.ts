// Texts for the page detectors that read what a shop offers: shop-software, reseller-scheme, illegal-goods,
// inapp-browser-evasion, price-below-face-value. Placeholders are the same in both languages and come from the
// signals' params (display names, never raw keys).
import type { SignalTexts } from './types';

const zh: SignalTexts = {
  'shop-software': {
    title: '网店使用现成的发卡系统：{softwareName}',
    explain: '页面上有 {softwareName} 的特征（页脚署名、资源路径、页面路由或脚本）。这类开源或到处流传的发卡 / 代刷系统，谁都能在几分钟内搭起来，所以它本身不说明网店好坏：正规商家在用，收钱后关站跑路的网店也常用。它只说明这是一个自助发卡网店；经营者是谁、有没有备案、怎样收款，要看其他检查结果。',
    action: '不要因为页面看起来“专业”就信任它：核对备案号和收款方式，先小额试单并保存订单号。',
  },
  'reseller-scheme': {
    title: '疑似层层转售的分站 / 代理体系：{term}',
    explain: '页面在招揽开分站、代理加盟、多级分销或返佣（例如“{term}”）。这类卡盟通常是层层转售：最上面是货源站，下面是别人花钱开的分站，每一级加价或抽成。你付的钱要经过几手才到真正的货源，出了问题分站站长往往也找不到上家；货源站一关，所有分站会同时停止发货。',
    action: '不要花钱开分站或加盟代理；买卡找能说清货源、有企业备案的商家，先小额试单。',
  },
  'illegal-goods': {
    title: '疑似出售违法商品或服务：{term}',
    explain: '页面把“{term}”当作商品或服务出售（出现在商品标题、价格、购买按钮或分类链接处），可能涉及{law}。参考：买卖、出租电话卡、银行账户、支付账户和互联网账号，以及替人办理实名，违反反电信网络诈骗法第三十一条；跑分、出租收款码、代收款可能构成帮助信息网络犯罪活动罪（刑法第二百八十七条之二）；外挂和破解工具可能触犯刑法第二百八十五条、第二百八十六条；短信轰炸、“呼死你”骚扰他人，可能触犯刑法；来路不明的卡密回收可能涉及掩饰、隐瞒犯罪所得（刑法第三百一十二条）。卖这些东西的网店本身就在违法经营，被骗、被封号或被卷入案件时很难维权。',
    action: '不要在这里购买、出租或出售任何账号和收款码。发现违法犯罪线索可向 12321 举报，或拨打 96110 反诈专线咨询。',
  },
  'inapp-browser-evasion': {
    title: '网店要求离开微信 / QQ 内置浏览器',
    explain: '页面要求“在浏览器中打开”，或用脚本识别微信 / QQ 内置浏览器后拦截、跳转。微信和 QQ 会检查在其中打开的链接，并拦截被举报的网站；把买家引到外部浏览器，就绕开了这道检查。发卡系统独角数卡就自带这一功能。正规网店没有理由把买家从微信里赶出去。',
    action: '不要按提示换个浏览器继续付款；先看卡盾的其他检查结果。如果链接是别人在微信或 QQ 里发来的，可以用内置浏览器右上角菜单里的“投诉 / 举报”。',
  },
  'price-below-face-value': {
    title: '售价疑似远低于面值：{product}',
    explain: '“{product}”的面值是 {face} 元，售价只有 {price} 元，约为面值的 {ratio}%。话费、Q币、礼品卡这类储值商品，正规渠道的进货价接近面值，几乎没人能长期这样打折。远低于面值的卡密常见来路是盗刷、洗钱套现，或者根本不发货；到手的卡也可能事后被冻结或作废。',
    action: '别被低价吸引：话费、Q币等请在运营商、腾讯或发卡商的官方渠道充值。一定要买时先小额试单，保存付款和订单记录。',
  },
};

const en: SignalTexts = {
  'shop-software': {
    title: 'The shop runs off-the-shelf card-shop software: {softwareName}',
    explain: 'The page carries the fingerprints of {softwareName} (footer credit, asset paths, page routes or scripts). Anyone can set up such open-source or widely shared card-shop / 代刷 software in minutes, so it says nothing about the shop either way: honest sellers use it, and so do shops that take the money and vanish. It only tells you this is a self-service card shop; who runs it, whether it is filed and how it takes payment are what the other checks are about.',
    action: 'Do not trust a shop because it looks "professional": check its filing number and how it takes payment, test with a small order and keep the order number.',
  },
  'reseller-scheme': {
    title: 'Possibly a chain of resold sub-shops: {term}',
    explain: 'The page recruits people to open sub-shops (分站), join as agents, or earn multi-level commissions (for example “{term}”). Card shops like this are usually resale chains: a supplier station at the top, sub-shops that others paid to open below it, each level adding a mark-up or a cut. Your money passes through several hands before it reaches the real source; when something goes wrong the sub-shop owner often cannot reach the level above, and when the supplier station closes every sub-shop stops delivering at once.',
    action: 'Do not pay to open a sub-shop or become an agent; buy from sellers who can say where their cards come from and hold a company filing, and test with a small order.',
  },
  'illegal-goods': {
    title: 'May be selling illegal goods or services: {term}',
    explain: 'The page offers “{term}” for sale (in a product title, next to a price or a buy button, or as a shop category), which may fall under {law}. For reference: buying, selling or renting SIM cards, bank and payment accounts and internet accounts, or completing real-name registration for others, breaches the Anti-Telecom and Online Fraud Law (art. 31); 跑分, renting out payment QR codes and collecting payments for others may be the crime of helping information-network crime (Criminal Law art. 287-2); game cheats and cracking tools may breach Criminal Law arts. 285 and 286; SMS / call bombing harasses people and may be a crime; recycling card codes of unknown origin may amount to concealing the proceeds of crime (Criminal Law art. 312). A shop selling these is itself operating illegally: if it cheats you, gets your account banned or drags you into a case, you have little recourse.',
    action: 'Do not buy, rent out or sell any account or payment code here. Report crime leads to 12321, or call the 96110 anti-fraud line for advice.',
  },
  'inapp-browser-evasion': {
    title: 'The shop tells you to leave the WeChat / QQ in-app browser',
    explain: 'The page asks you to "open it in a browser", or a script detects the WeChat / QQ in-app browser and blocks or redirects it. WeChat and QQ check links opened inside them and block reported sites; sending buyers to an outside browser gets around that check. The dujiaoka (独角数卡) card-shop software does this out of the box. An honest shop has no reason to push buyers out of WeChat.',
    action: 'Do not switch browsers to carry on paying; look at KaDun’s other findings first. If someone sent you the link in WeChat or QQ, report it through the in-app browser’s top-right menu (投诉 / 举报).',
  },
  'price-below-face-value': {
    title: 'Price far below face value: {product}',
    explain: '“{product}” has a face value of ¥{face} but sells for ¥{price}, about {ratio}% of face. Stored-value goods such as phone credit, Q币 and gift cards cost resellers close to face value through legitimate channels, so hardly anyone can sell them at such a discount for long. Cards far below face usually come from stolen payment cards or money laundering, or are never delivered — and a card you do get may be frozen or voided later.',
    action: 'Do not be lured by the price: top up phone credit, Q币 and the like through the carrier, Tencent or the card issuer. If you must buy, test with a small order and keep payment and order records.',
  },
};

export const vocabularyTexts: { zh: SignalTexts; en: SignalTexts } = { zh, en };
