// Payment gateways that take a buyer's money without a payment licence (domain-facts.md §5–6), found by their page
// signatures. Shared by payment-unlicensed-gateway (which reports them), payment-official-merchant (which stays
// silent next to them) and payment-step (cashier pages). A gateway counts on one strong tell or two weak ones.
import type { Evidence } from '../../../core/types';
import { blockEvidence, controlEvidence, type PageContext } from '../context';
import { paymentCodes } from './codes';
import { allPrices, payAmounts } from './amounts';
import { clip, codeEvidence, isNotAsked, isQuoted, isReported } from './wording';

export const GATEWAYS = {
  // Personal-account schemes: the money lands in a person's 收款码 / 赞赏码, watched by a phone app (挂机).
  vmq: { name: 'V免签 (vmq)', severity: 'danger' },
  mianqian: { name: '免签（个人收款码）', severity: 'danger' },
  codepay: { name: '码支付 (codepay)', severity: 'danger' },
  'reward-code': { name: '赞赏码', severity: 'danger' },
  // Unlicensed aggregators ("fourth-party"): they hold buyers' money in merchant balances and settle it.
  epay: { name: '彩虹易支付 (epay)', severity: 'warn' },
  xunhupay: { name: '虎皮椒 (xunhupay)', severity: 'warn' },
  payjs: { name: 'PayJS', severity: 'warn' },
} as const;
export type GatewayId = keyof typeof GATEWAYS;

/**
 * `strong`: at least one tell is the gateway's own (its route, script, form, channel name or a decoded code of its
 * kind). Severity follows the evidence (README "Detectors"): only a strong finding may take a gateway's `danger`;
 * wording alone stays `warn`.
 */
export type GatewayFinding = { id: GatewayId; strong: boolean; evidence: Evidence[]; amount?: string };

type Where = 'link' | 'form' | 'script' | 'image' | 'url';
type CodeItem = { text: string; where: Where; blockId?: number; fields?: readonly string[] };
type Tell = { id: GatewayId; strong: boolean; evidence: Evidence; amount?: string };

/** Every gateway found on the page, strongest tells first, computed once. */
export function gatewayFindings(ctx: PageContext): GatewayFinding[] {
  return ctx.memo('payment-gateways', () => {
    let tells = [...codeTells(ctx), ...textTells(ctx), ...controlTells(ctx)];
    // The 免签 wording is V免签's and 码支付's own (their pay pages): with one of them named on the page, the wording is
    // reported under that name.
    const owner = (['vmq', 'codepay'] as const).find((g) => tells.some((t) => t.id === g && t.strong));
    if (owner) tells = tells.map((t) => (t.id === 'mianqian' ? { ...t, id: owner } : t));
    // 彩虹易支付's official scan pages carry stock help ("保存…二维码到手机中", "扫一扫中选择相册"): next to epay, that
    // wording is its template, not a sign of a personal code.
    else if (tells.some((t) => t.id === 'epay')) tells = tells.filter((t) => t.id !== 'mianqian' || t.strong);
    // A decoded merchant code (WeChat Native, Alipay 当面付) is evidence against 免签: the ordinary help text of a
    // merchant pay page ("保存二维码到相册", "在微信扫一扫中选择相册") is then just help, not a personal-code tell.
    if (paymentCodes(ctx).some((c) => c.cls.kind === 'merchant')) tells = tells.filter((t) => t.id !== 'mianqian' || t.strong);
    const out: GatewayFinding[] = [];
    for (const id of Object.keys(GATEWAYS) as GatewayId[]) {
      const mine = tells.filter((t) => t.id === id).sort((a, b) => Number(b.strong) - Number(a.strong));
      if (!mine.some((t) => t.strong) && mine.length < 2) continue;
      const amount = mine.find((t) => t.amount)?.amount;
      out.push({ id, strong: mine.some((t) => t.strong), evidence: dedupe(mine.map((t) => t.evidence)).slice(0, 5), ...(amount ? { amount } : {}) });
    }
    return out;
  });
}

function codeItems(ctx: PageContext): CodeItem[] {
  const s = ctx.snapshot;
  return [
    { text: s.url, where: 'url' as const },
    ...s.links.map((l) => ({ text: l.href, where: 'link' as const, blockId: l.blockId })),
    ...s.forms.map((f) => ({ text: f.action, where: 'form' as const, fields: f.fields })),
    ...s.scripts.srcs.map((src) => ({ text: src, where: 'script' as const })),
    ...s.scripts.inline.map((code) => ({ text: code, where: 'script' as const })),
    ...s.images.filter((i) => !i.src.startsWith('data:')).map((i) => ({ text: i.src, where: 'image' as const, blockId: i.blockId })),
  ];
}

/** Code patterns: [gateway, strong?, regex]. Case-insensitive unless the name is generic (getshop.php). */
const CODE_PATTERNS: ReadonlyArray<readonly [GatewayId, boolean, RegExp, ReadonlyArray<Where>?]> = [
  // 彩虹易支付: submit.php?pid=…&sign=…, mapi.php, dujiaoka's /pay/yipay/ route; cashier: var code_url, /getshop.php, alipay_pay.css.
  ['epay', true, /submit\.php\?[^\s'"]{0,400}?\bpid=[^\s'"]{0,400}?\bsign=|submit\.php\?[^\s'"]{0,400}?\bsign=[^\s'"]{0,400}?\bpid=/i],
  ['epay', true, /\/mapi\.php\b/i],
  ['epay', true, /\/pay(?:\/|%2F)yipay(?:\/|%2F)/i],
  ['epay', true, /submit2\.php\?typeid=/i],
  ['epay', false, /\bcode_url\s*=/],
  ['epay', false, /\/getshop\.php\b/],
  ['epay', false, /\/assets\/css\/(?:alipay|wechat|qqpay|mqq)_pay\.css/i],
  // V免签: /createOrder?payId=…, payPage/pay.html, <img src="../enQrcode?url=…">, dujiaoka's /pay/vpay/ route.
  ['vmq', true, /\/createOrder\?[^\s'"]{0,400}?\bpayId=/i],
  ['vmq', true, /\/payPage\/pay\.html/i],
  ['vmq', true, /enQrcode\?url=/i],
  ['vmq', true, /\/pay(?:\/|%2F)vpay(?:\/|%2F)/i],
  ['vmq', false, /\/checkOrder\b/],
  // 码支付: the codepay script / API, dujiaoka's /pay/mapay/ route (URL-encoded in /pay-gateway/pay%2Fmapay/…).
  // The bare word only in code and forms: a page or link address is a slug a blog may carry (/posts/vmq-codepay…).
  ['codepay', true, /(?<![a-z])codepay/i, ['script', 'form', 'image']],
  ['codepay', true, /\/codepay\/|\bcodepay\.(?:js|php)|\/creat_order\b/i],
  ['codepay', true, /\/pay(?:\/|%2F)mapay(?:\/|%2F)/i],
  ['codepay', false, /\boutTime\b/],
  ['xunhupay', true, /xunhupay\.com/i],
  // 虎皮椒's WooCommerce plugin (xunhuweb/xunhu-wechat-payment-for-WooCommerce).
  ['xunhupay', true, /\/wp-content\/plugins\/xunhu[\w-]*\//i],
  ['payjs', true, /payjs\.cn|\/pay\/payjs\//i],
];

/** 码支付's order parameters (domain-facts.md §6): four of them, pay_id and price among them, make a codepay call. */
const CODEPAY_PARAMS = ['id', 'price', 'pay_id', 'param', 'act', 'outtime', 'type'];

function codeTells(ctx: PageContext): Tell[] {
  const tells: Tell[] = [];
  for (const item of codeItems(ctx)) {
    for (const [id, strong, re, only] of CODE_PATTERNS) {
      if (only && !only.includes(item.where)) continue;
      const m = re.exec(item.text);
      if (m) tells.push({ id, strong, evidence: codeEvidence(excerpt(item, m.index, m[0].length), item.where, item.blockId) });
    }
    const names = paramNames(item);
    const hits = CODEPAY_PARAMS.filter((p) => names.has(p));
    if (hits.length >= 4 && names.has('pay_id') && names.has('price')) {
      tells.push({ id: 'codepay', strong: true, evidence: codeEvidence(item.fields ? `${item.text} [${hits.join(', ')}]` : item.text, item.where, item.blockId) });
    }
    // Forms posting to 易支付 / V免签 with their signed fields.
    if (item.fields && /submit\.php$/i.test(pathOf(item.text)) && names.has('pid') && names.has('sign')) {
      tells.push({ id: 'epay', strong: true, evidence: codeEvidence(`${item.text} [pid, sign]`, 'form') });
    }
    if (item.fields && /createOrder$/i.test(pathOf(item.text)) && names.has('payid')) {
      tells.push({ id: 'vmq', strong: true, evidence: codeEvidence(`${item.text} [payId]`, 'form') });
    }
  }
  if (/^(?:支付宝|微信|QQ钱包|QQ|财付通)扫码支付/.test(ctx.snapshot.title.trim())) {
    tells.push({ id: 'epay', strong: false, evidence: { quote: clip(ctx.snapshot.title), where: 'title' } });
  }
  return tells;
}

/**
 * Channel names in pay pickers (snapshot.controls: `<option>`, radio values, `data-*`, `alt` / `title`, pay-icon
 * files). A shop's channel named after a gateway is the gateway's own tell: dujiaoka's default channels "V 免签支付宝"
 * / "V 免签微信" (handle vpay), "码支付 QQ" (mapay), "易支付-微信" (yipay); ZFAKA's `data-type="codepayalipay"`.
 */
const CONTROL_PATTERNS: ReadonlyArray<readonly [GatewayId, RegExp]> = [
  ['vmq', /\bv ?免签|(?<![a-z])(?:vmq|vpay|vmqpay)(?![a-z])/i],
  ['mianqian', /免签(?!约)/],
  ['codepay', /(?<![a-z])(?:codepay|mapay)|(?<![扫维款])码支付/i],
  ['reward-code', /赞赏码/],
  ['epay', /易支付|(?<![a-z])(?:epay|yipay)(?![a-z])|免签约/i],
  ['xunhupay', /虎皮椒|迅虎|xunhupay|hupijiao|^xh-(?:wechat|alipay)-payment/i],
  ['payjs', /(?<![a-z])payjs/i],
];

function controlTells(ctx: PageContext): Tell[] {
  const tells: Tell[] = [];
  for (const c of ctx.controls) {
    for (const [id, re] of CONTROL_PATTERNS) {
      // "免签约支付" is 易支付's own slogan; V免签's channel is reported as V免签, not twice.
      if (id === 'mianqian' && CONTROL_PATTERNS[0]![1].test(c.norm)) continue;
      if (re.test(c.norm)) tells.push({ id, strong: true, evidence: controlEvidence(c) });
    }
  }
  return tells;
}

/** Text patterns: [gateway, strong?, regex, check negation?]. */
const TEXT_PATTERNS: ReadonlyArray<readonly [GatewayId, boolean, RegExp, boolean]> = [
  // 彩虹易支付 footer: "…是…旗下的免签约支付产品".
  ['epay', true, /免签约支付/g, true],
  // V免签 pay page (szvone/vmqphp payPage/pay.html): "请务必付款 X 元 备注说明无需填写", "扫码后输入金额支付".
  ['mianqian', true, /备注(?:说明)?无需填写|备注(?:说明)?不用填写/g, false],
  // V免签's channel names as a shop shows them ("支付方式：V 免签微信").
  ['vmq', true, /\bV ?免签/gi, true],
  ['epay', false, /易支付/g, true],
  // 码支付's own pay page (codepay qrcode.php; docs/field/epay.md, codepay.md).
  ['codepay', true, /请务必规定时间内支付下面显示的金额|粘贴到金额栏付款/g, false],
  ['mianqian', true, /扫码后(?:请)?(?:手动)?输入(?:付款)?金额/g, true],
  ['mianqian', false, /保存(?:上方)?二维码到(?:手机|相册)|扫一扫中选择 ?["“]?相册/g, false],
  ['mianqian', false, /请务必付款 ?¥? ?\d/g, false],
  ['codepay', false, /(?<![扫维款])码支付/g, true],
  ['xunhupay', true, /虎皮椒支付|迅虎支付/g, true],
];

function textTells(ctx: PageContext): Tell[] {
  const tells: Tell[] = [];
  for (const block of ctx.blocks) {
    for (const [id, strong, re, negatable] of TEXT_PATTERNS) {
      re.lastIndex = 0;
      for (const m of block.norm.matchAll(re)) {
        if (negatable ? isNotAsked(block, m.index, m.index + m[0].length) : isQuoted(block, m.index)) continue;
        tells.push({ id, strong, evidence: blockEvidence(block, m.index, m.index + m[0].length) });
      }
    }
    // 赞赏码 as the way to pay for an order (WPayment-style 免签; §5).
    for (const m of block.norm.matchAll(/赞赏码/g)) {
      const around = block.norm.slice(Math.max(0, m.index - 30), m.index + 33);
      if (/支付|付款|下单|订单|发货|备注|金额|购买/.test(around) && !isNotAsked(block, m.index, m.index + 3)) {
        tells.push({ id: 'reward-code', strong: true, evidence: blockEvidence(block, m.index, m.index + 3) });
      }
    }
    if (/payjs/i.test(block.norm) && /支付|付款/.test(block.norm)) {
      const i = block.norm.search(/payjs/i);
      tells.push({ id: 'payjs', strong: true, evidence: blockEvidence(block, i, i + 5) });
    }
  }
  // V免签's amount jitter: "请务必付款 10.01 元" next to a listed price of 10.00 — the amount is shifted by a few fen
  // so that the phone app watching a personal account can tell payments apart.
  const prices = allPrices(ctx);
  for (const pay of payAmounts(ctx).filter((a) => a.label === '请务必付款' && !isReported(a.block, a.start))) {
    const listed = prices.find((p) => (p.block !== pay.block || p.start !== pay.start) && p.fen !== pay.fen && Math.abs(p.fen - pay.fen) <= 10);
    if (listed) {
      tells.push({ id: 'mianqian', strong: true, amount: pay.text, evidence: blockEvidence(pay.block, pay.start, pay.end) });
      tells.push({ id: 'mianqian', strong: false, evidence: blockEvidence(listed.block, listed.start, listed.end) });
    }
  }
  return tells;
}

function paramNames(item: CodeItem): Set<string> {
  const names = new Set((item.fields ?? []).map((f) => f.toLowerCase()));
  const q = item.text.indexOf('?');
  if (q >= 0 && item.where !== 'script') {
    for (const pair of item.text.slice(q + 1, q + 2000).split(/[&#]/)) names.add(pair.split('=')[0]!.toLowerCase());
  }
  return names;
}

function pathOf(u: string): string {
  try {
    return new URL(u).pathname;
  } catch {
    return u.split('?')[0] ?? '';
  }
}

/** A short window of a long code item around a match (URLs are short enough to quote whole). */
function excerpt(item: CodeItem, index: number, length: number): string {
  if (item.text.length <= 110) return item.text;
  const from = Math.max(0, index - 30);
  return (from > 0 ? '…' : '') + item.text.slice(from, index + length + 50);
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.where ?? ''}|${e.blockId ?? ''}|${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
