import type { DetectorText } from '../../core/types';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type PageContext, type PageDetector } from './context';
import { askedAmount, payAmounts } from './payment/amounts';
import { paymentCodes, shortPayload } from './payment/codes';
import { clip, codeEvidence } from './payment/wording';

/** Controls that pay now — not 购买 / 下单 / 提交订单 / 加入购物车, which a product list has. */
const PAY_BUTTON = /^(?:立即支付|确认支付|去支付|前往支付|马上支付|继续支付|确认付款|立即付款|去付款|打开app支付|打开支付宝(?:app)?(?:继续)?付款|我已付款|我已支付|我已完成付款|支付宝支付|微信支付|QQ钱包支付)$/i;
/** Text that tells the person to scan a code now. */
const SCAN_NOW = /扫码支付|扫码付款|扫一扫|扫描二维码|长按识别|保存二维码/;
/** An image that is a payment code by its own label … */
const PAY_IMAGE = /收款码|付款码|支付二维码|扫码支付|扫码付款|enQrcode|qrcode|qr_?code|二维码/i;
/** … unless it is a contact or app-download code. */
const NOT_PAY_IMAGE = /客服|加好友|好友|关注|公众号|下载|app|群|微博/i;
/** Cashier pages: 易支付 cashiers (<title>支付宝扫码支付</title>), 收银台 headings. */
const CASHIER_TITLE = /^(?:支付宝|微信|QQ钱包|QQ|财付通|云闪付)?扫码支付|收银台/;

/** paymentStep's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const paymentStepText: DetectorText = {
  'zh-CN': {
    title: '这一步是付款',
    explain: '页面正在要求付款：显示了付款二维码和金额、付款按钮和应付金额，或者这是收银台页面（易支付收银台、V免签付款页、独角数卡订单确认页）。这一项本身不是判断；卡盾在这一步把对这个网店的检查结果放到你眼前。',
    action: '付款前先看卡盾的结论和理由；有红色或黄色提示时先不要付款。',
  },
  en: {
    title: 'This step is a payment',
    explain: 'The page is asking for money now: it shows a payment QR code with an amount, a pay button with the sum due, or it is a cashier page (an epay cashier, a V免签 payment page, a dujiaoka order confirmation). This is not a judgement in itself; at this step KaDun puts its findings about the shop in front of you.',
    action: "Read KaDun's verdict and reasons before paying; with a red or amber light, do not pay yet.",
  },
};

/**
 * `payment-step` (info): the page is asking for money now — a payment code (decoded, or plainly labelled) with an
 * amount, a pay button with the sum to pay, or a cashier page (易支付 cashier, V免签 payPage/pay.html, a dujiaoka
 * /bill/ page with its pay button). `params.amount` is the sum when one is shown. The in-page banner uses it; it is
 * not a judgement. A product list (buy buttons and prices, nothing being paid yet) is not a payment step.
 */
export const paymentStep: PageDetector = {
  id: 'payment-step',
  detect(ctx) {
    const amount = askedAmount(ctx);
    const reasons: Evidence[] = [];
    const codes = paymentCodes(ctx).filter((c) => c.cls.kind !== 'unknown' || c.cls.wallet !== 'other');
    const images = paymentImages(ctx);
    const buttons = ctx.blocks.filter((b) => (b.tag === 'button' || b.tag === 'a' || b.tag === 'input') && b.norm.length <= 20 && PAY_BUTTON.test(b.norm));
    const cashier = cashierEvidence(ctx, buttons.length > 0);

    if ((codes.length > 0 || images.length > 0) && amount) {
      reasons.push(...codes.slice(0, 2).map((c) => codeEvidence(shortPayload(c), c.where, c.blockId)), ...images.slice(0, 1));
    }
    const labelled = payAmounts(ctx)[0];
    if (buttons.length > 0 && labelled) reasons.push(blockEvidence(buttons[0]!, 0, buttons[0]!.norm.length, 0));
    reasons.push(...cashier);
    if (reasons.length === 0) return [];
    if (amount) reasons.push(blockEvidence(amount.block, amount.start, amount.end));
    return [pageSignal('payment-step', 'info', reasons.slice(0, 6), amount ? { amount: amount.text } : {})];
  },
  text: paymentStepText,
};

/** Images that are payment codes by their label (alt, URL, the text around them), decoded or not. */
function paymentImages(ctx: PageContext): Evidence[] {
  const scanNow = SCAN_NOW.test(ctx.snapshot.title) || ctx.blocks.some((b) => SCAN_NOW.test(b.norm));
  const out: Evidence[] = [];
  ctx.snapshot.images.forEach((img) => {
    const block = img.blockId === undefined ? undefined : ctx.blocks.find((b) => b.id === img.blockId);
    const label = `${img.alt} ${img.src.startsWith('data:') ? '' : img.src} ${block?.norm ?? ''}`;
    if (NOT_PAY_IMAGE.test(`${img.alt} ${block?.norm ?? ''}`)) return;
    const squareInline = img.src.startsWith('data:image/') && img.width >= 100 && Math.abs(img.width - img.height) <= img.width * 0.2;
    if (PAY_IMAGE.test(label) || (scanNow && squareInline)) {
      out.push({ quote: clip(img.alt || (img.src.startsWith('data:') ? 'data:image' : img.src), 60), where: 'image', ...(img.blockId === undefined ? {} : { blockId: img.blockId }) });
    }
  });
  return out;
}

function cashierEvidence(ctx: PageContext, hasPayButton: boolean): Evidence[] {
  const out: Evidence[] = [];
  const path = ctx.url?.pathname ?? '';
  if (/\/payPage\/pay\.html$/i.test(path)) out.push({ quote: clip(ctx.snapshot.url), where: 'url' });
  // dujiaoka's /bill/{SN} is the order confirmation with its 立即支付 button; the same path without one is a receipt.
  if (/\/bill\/[\w-]+/.test(path) && hasPayButton) out.push({ quote: clip(ctx.snapshot.url), where: 'url' });
  if (CASHIER_TITLE.test(ctx.snapshot.title.trim())) out.push({ quote: clip(ctx.snapshot.title), where: 'title' });
  return out;
}
