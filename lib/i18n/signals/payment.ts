// Texts for the payment family (payment-*), zh-CN first. Placeholders match the detectors' params:
// payment-personal-qr and payment-official-merchant {payload}; payment-unlicensed-gateway {gateway}. `amount` is a
// param only when the page shows one, so no text relies on it (a missing param would show as "{amount}").
import type { SignalTexts } from './types';

const LAWS_ZH = '经营支付业务须取得支付业务许可（非银行支付机构监督管理条例，国务院令第768号）；出租、出借收款账户或支付账户违反反电信网络诈骗法第三十一条，为诈骗分子代收款（“跑分”）可能构成帮助信息网络犯罪活动罪（刑法第二百八十七条之二）。';
const LAWS_EN = 'Running a payment business needs a payment licence (Regulations on the Supervision of Non-Bank Payment Institutions, State Council Order No. 768); renting out or lending collection and payment accounts breaks the Anti-Telecom and Online Fraud Law (art. 31), and collecting money for fraudsters ("跑分") can be the crime of aiding information-network crime (Criminal Law art. 287-2).';

const zh: SignalTexts = {
  'payment-personal-qr': {
    title: '疑似个人收款码：{payload}',
    explain: `页面上的付款二维码内容是 {payload}，符合个人收款码的格式（微信 wxp://f2f…、支付宝 qr.alipay.com/fkx…、QQ 钱包个人码、赞赏码），或是可能属于个人的小微商户经营码。正规网店通过持牌支付机构的商户收款（微信 Native 支付、支付宝当面付等），付款后由系统确认订单；付到个人收款码的钱直接进入某个人的账户，付款和订单对不上号，网店关站“跑路”后很难追回。发卡网用个人码收款，通常配合“免签”挂机软件自动确认，或者收钱后不发货。${LAWS_ZH}收款码的格式判断来自公开样例总结的规律，卡盾没有核实收款人是谁。`,
    action: '不要扫这个码付款。只通过持牌支付机构的商户收款或有担保的平台付款；如已付款，保留订单、聊天和付款记录（含收款人昵称、账号），向 12321 举报，被骗请拨打 110。',
  },
  'payment-official-merchant': {
    title: '付款码是正规商户收款码',
    explain: '页面上的付款二维码（{payload}）是持牌支付机构的商户收款格式（微信 Native 支付 weixin://wxpay/bizpayurl、支付宝当面付 qr.alipay.com/bax…、QQ 钱包商户码等）：收款方是在微信支付、支付宝或 QQ 钱包签约的商户，付款有交易记录，可以向支付平台投诉。这只说明付款走的是正规通道，不说明网店可信：收款商户可能是别人或第三方聚合支付，卡盾无法核实它就是这家网店，所以仅凭这一项不会亮绿灯。',
    action: '付款后在微信 / 支付宝账单里核对收款商户名称，保留订单和付款记录；第一次购买先小额试单。',
  },
  'payment-personal-transfer': {
    title: '疑似要求转账到个人账户',
    explain: `页面要求把钱转到个人银行卡或个人支付宝 / 微信账号（银行卡号旁写着转账、开户行，“转账到个人账户”“加微信转账”，或支付宝转账链接），或者要求付款后截图发给客服人工确认。转账到个人账户不经过任何商户收款系统，对方收钱后不发货或关站，你几乎没有办法追回；正规网店不会要求转账到个人账户。${LAWS_ZH}只看到“付款后截图联系客服”时是警告：它说明没有支付系统自动确认订单，但不一定是个人账户。`,
    action: '不要转账到个人账户。只通过持牌支付机构的商户收款或有担保的平台付款；保留页面、聊天和转账记录，向 12321 举报，被骗后立即拨打 110 并联系银行。',
  },
  'payment-unlicensed-gateway': {
    title: '可能使用无支付牌照的收款通道：{gateway}',
    explain: `页面通过 {gateway} 收款。V免签、码支付、赞赏码和各种“免签”方案把钱收进个人收款码，再用手机挂机软件读取到账通知来确认订单（常见特征：要求支付的金额比标价多几分钱、“备注说明无需填写”、“扫码后输入金额支付”、要求把二维码保存到相册再扫）；彩虹易支付、虎皮椒、PayJS 等聚合通道先把买家的钱收进自己的账户再结算给网店，是没有支付牌照的“第四方支付”。${LAWS_ZH}这类通道出了问题，没有持牌机构为你处理退款和投诉。`,
    action: '最好不要通过这个通道付款，绝不要扫个人收款码或赞赏码；只通过持牌支付机构的商户收款或有担保的平台付款，保留订单和付款记录。',
  },
  'payment-crypto-only': {
    title: '只收 USDT 等虚拟货币',
    explain: '页面只提供 USDT（TRC20 / ERC20，泰达币）等虚拟货币付款，没有支付宝、微信支付、银联或 QQ 钱包等人民币付款方式。虚拟货币转账不能撤销、无法申诉，收款地址背后是谁也查不到；在中国大陆，虚拟货币相关业务活动属于非法金融活动（中国人民银行等《关于进一步防范和处置虚拟货币交易炒作风险的通知》，银发〔2021〕237号），出了问题得不到法律保护。只收 USDT 的发卡网常见于售卖违法商品或准备跑路的网店。',
    action: '不要用虚拟货币购买卡密或充值；只通过持牌支付机构的商户收款或有担保的平台付款。',
  },
  'payment-step': {
    title: '这一步是付款',
    explain: '页面正在要求付款：显示了付款二维码和金额、付款按钮和应付金额，或者这是收银台页面（易支付收银台、V免签付款页、独角数卡订单确认页）。这一项本身不是判断；卡盾在这一步把对这个网店的检查结果放到你眼前。',
    action: '付款前先看卡盾的结论和理由；有红色或黄色提示时先不要付款。',
  },
};

const en: SignalTexts = {
  'payment-personal-qr': {
    title: 'Probably a personal payment code: {payload}',
    explain: `The payment QR code on the page reads {payload}, which has the format of a personal receiving code (WeChat wxp://f2f…, Alipay qr.alipay.com/fkx…, a QQ Wallet personal code, a WeChat reward code) or of a small-merchant code that may belong to a private person. Proper shops take payment as merchants of a licensed payment institution (WeChat Native Pay, Alipay Face-to-Face and the like), and the system confirms the order; money paid to a personal code goes straight into someone's own account, nothing ties it to your order, and once the shop disappears it is very hard to get back. Card shops that collect through personal codes usually pair them with "免签" phone-monitoring apps, or simply take the money and deliver nothing. ${LAWS_EN} The code formats are patterns drawn from public examples; KaDun has not verified who the payee is.`,
    action: 'Do not scan this code to pay. Pay only through a licensed merchant channel or an escrow platform; if you already paid, keep the order, chat and payment records (including the payee\'s nickname and account), report to 12321, and call 110 if you were defrauded.',
  },
  'payment-official-merchant': {
    title: 'The payment code is an official merchant code',
    explain: 'The payment QR code on the page ({payload}) has the merchant format of a licensed payment institution (WeChat Native Pay weixin://wxpay/bizpayurl, Alipay Face-to-Face qr.alipay.com/bax…, a QQ Wallet merchant code and the like): the payee is a merchant contracted with WeChat Pay, Alipay or QQ Wallet, the payment is on record and you can complain to the payment platform. This only says the payment goes through a proper channel, not that the shop is trustworthy: the merchant may be someone else or a third-party aggregator, and KaDun cannot verify it is this shop, so this alone never makes the light green.',
    action: 'After paying, check the merchant name in your WeChat / Alipay bill and keep the order and payment records; make a small test order first.',
  },
  'payment-personal-transfer': {
    title: 'Probably asks for a transfer to a personal account',
    explain: `The page asks you to transfer money to a personal bank card or a personal Alipay / WeChat account (a bank card number next to transfer or bank-branch wording, "转账到个人账户", "add WeChat and transfer", an Alipay transfer link), or to send a payment screenshot to support for manual confirmation. A transfer to a personal account goes through no merchant payment system: if the other side takes the money and delivers nothing or closes the site, you have almost no way to get it back, and proper shops never ask for one. ${LAWS_EN} A "send a screenshot after paying" instruction on its own is a warning: it shows no payment system confirms the order, not necessarily that the account is personal.`,
    action: 'Do not transfer money to a personal account. Pay only through a licensed merchant channel or an escrow platform; keep the page, chat and transfer records, report to 12321, and if defrauded call 110 and your bank at once.',
  },
  'payment-unlicensed-gateway': {
    title: 'May use a payment channel without a licence: {gateway}',
    explain: `The page takes payment through {gateway}. V免签, 码支付 (codepay), WeChat reward codes and other "免签" schemes collect into a personal receiving code and confirm orders with a phone app that reads the incoming-payment notifications (typical signs: an amount a few fen off the listed price, "备注说明无需填写" (no note needed), "扫码后输入金额支付" (type the amount after scanning), saving the code to the photo album to scan it); aggregators such as 彩虹易支付 (epay), 虎皮椒 (xunhupay) and PayJS take buyers' money into their own accounts and settle it to the shop — unlicensed "fourth-party payment". ${LAWS_EN} With such a channel, no licensed institution handles your refund or complaint when something goes wrong.`,
    action: 'Better not to pay through this channel, and never scan a personal receiving code or reward code; pay only through a licensed merchant channel or an escrow platform, and keep the order and payment records.',
  },
  'payment-crypto-only': {
    title: 'Takes only USDT or other crypto',
    explain: 'The page offers only crypto such as USDT (TRC20 / ERC20, Tether) and no CNY payment method such as Alipay, WeChat Pay, UnionPay or QQ Wallet. Crypto transfers cannot be reversed or disputed, and nobody can tell who is behind the receiving address; in mainland China crypto business activities are illegal financial activities (PBOC et al., Notice on Further Preventing and Handling Risks of Virtual Currency Trading Speculation, Yinfa [2021] No. 237), so there is no legal protection if things go wrong. USDT-only card shops are typical of shops selling illegal goods or preparing to disappear.',
    action: 'Do not buy card keys or top-ups with crypto; pay only through a licensed merchant channel or an escrow platform.',
  },
  'payment-step': {
    title: 'This step is a payment',
    explain: 'The page is asking for money now: it shows a payment QR code with an amount, a pay button with the sum due, or it is a cashier page (an epay cashier, a V免签 payment page, a dujiaoka order confirmation). This is not a judgement in itself; at this step KaDun puts its findings about the shop in front of you.',
    action: 'Read KaDun\'s verdict and reasons before paying; with a red or amber light, do not pay yet.',
  },
};

export const paymentTexts: { zh: SignalTexts; en: SignalTexts } = { zh, en };
