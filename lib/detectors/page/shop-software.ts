import type { DetectorText } from '../../core/types';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type PageContext, type PageDetector } from './context';

/** shopSoftware's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const shopSoftwareText: DetectorText = {
  'zh-CN': {
    title: '网店使用现成的发卡系统：{softwareName}',
    explain: '页面上有 {softwareName} 的特征（页脚署名、资源路径、页面路由或脚本）。这类开源或到处流传的发卡 / 代刷系统，谁都能在几分钟内搭起来，所以它本身不说明网店好坏：正规商家在用，收钱后关站跑路的网店也常用。它只说明这是一个自助发卡网店；经营者是谁、有没有备案、怎样收款，要看其他检查结果。',
    action: '不要因为页面看起来“专业”就信任它：核对备案号和收款方式，先小额试单并保存订单号。',
  },
  en: {
    title: 'The shop runs off-the-shelf card-shop software: {softwareName}',
    explain: 'The page carries the fingerprints of {softwareName} (footer credit, asset paths, page routes or scripts). Anyone can set up such open-source or widely shared card-shop / 代刷 software in minutes, so it says nothing about the shop either way: honest sellers use it, and so do shops that take the money and vanish. It only tells you this is a self-service card shop; who runs it, whether it is filed and how it takes payment are what the other checks are about.',
    action: 'Do not trust a shop because it looks "professional": check its filing number and how it takes payment, test with a small order and keep the order number.',
  },
};

/**
 * `shop-software` (info): the page runs known card-shop software (domain-facts.md §6). Not a verdict — plenty of
 * honest shops run dujiaoka — but it tells the person what kind of site this is, and other detectors reuse the
 * fingerprint through `pageSoftware(ctx)` (memo key 'shop-software').
 */
export const shopSoftware: PageDetector = {
  id: 'shop-software',
  detect: (ctx) =>
    pageSoftware(ctx).map((m) => pageSignal('shop-software', 'info', m.evidence, { software: m.software, softwareName: m.name })),
  text: shopSoftwareText,
};

/** Display names (proper nouns, readable in both languages). */
export const SOFTWARE_NAMES = {
  dujiaoka: '独角数卡 (dujiaoka)',
  'acg-faka': '异次元发卡 (acg-faka)',
  'mcy-shop': '萌次元商城 (mcy-shop)',
  daishua: 'QQ代刷 / 卡密社区系统',
  zfaka: 'ZFAKA',
  epay: '彩虹易支付 (epay) 收银台',
  vmq: 'V免签 (vmqphp)',
} as const;
export type SoftwareKey = keyof typeof SOFTWARE_NAMES;
export type SoftwareWhere = 'script' | 'link' | 'text' | 'title' | 'meta';
export type SoftwareMatch = { software: SoftwareKey; name: string; score: number; evidence: Evidence[] };

/** What the matcher reads: the snapshot and its normalised blocks (a PageContext has both). */
export type SoftwareInput = Pick<PageContext, 'snapshot' | 'blocks'>;

type Marker = { software: SoftwareKey; where: readonly SoftwareWhere[]; re: RegExp; weight: 1 | 2 };

/**
 * Fingerprints. A weight-2 marker is specific to one system on its own; weight-1 markers (generic-looking routes)
 * count only together. Link markers are tested on the path + query of each link and form action.
 * Sources: assimon/dujiaoka resources/views/{hyper,luna,unicorn}/layouts/_footer.blade.php (footers, console
 * banner, asset paths) and routes; lizhipay/acg-faka app/View/User/Helper.php (setVar) and Theme/Cartoon/Index/
 * {Header,Footer}.html; lizhipay/mcy-shop app/View/User/Index/Footer.html; 彩虹代刷 (ajax.php?act=gettool,
 * user/regsite.php) and the ThinkPHP /ds/ family named in domain-facts.md §6.
 */
const MARKERS: readonly Marker[] = [
  { software: 'dujiaoka', where: ['text'], re: /powered by ?:? ?@?独角数卡|@独角数卡|独角数卡\.DJK/i, weight: 2 },
  // The console banner names the repository; a plain link to it (a blog, a tutorial) is only a hint.
  { software: 'dujiaoka', where: ['script'], re: /github\.com\/assimon\/dujiaoka/i, weight: 2 },
  { software: 'dujiaoka', where: ['link'], re: /github\.com\/assimon\/dujiaoka/i, weight: 1 },
  { software: 'dujiaoka', where: ['script'], re: /Name: ?独角数卡/, weight: 2 },
  { software: 'dujiaoka', where: ['script'], re: /\/assets\/(?:hyper|luna|unicorn)\//i, weight: 2 },
  { software: 'dujiaoka', where: ['link', 'script'], re: /\/check-order-status\//, weight: 2 },
  { software: 'dujiaoka', where: ['link', 'script'], re: /\/pay-gateway\//, weight: 2 },
  { software: 'dujiaoka', where: ['link'], re: /^\/order-search\b/, weight: 1 },
  { software: 'dujiaoka', where: ['link'], re: /^\/buy\/\d+\/?$/, weight: 1 },
  { software: 'dujiaoka', where: ['link'], re: /^\/create-order\b/, weight: 1 },
  { software: 'dujiaoka', where: ['link'], re: /^\/bill\/[A-Za-z0-9]+/, weight: 1 },

  { software: 'acg-faka', where: ['script'], re: /setVar\( ?["']CAT_ID["']/, weight: 2 },
  { software: 'acg-faka', where: ['script'], re: /setVar\( ?["']DEBUG["']/, weight: 2 },
  { software: 'acg-faka', where: ['script'], re: /\/assets\/common\/js\/_\.js/, weight: 2 },
  { software: 'acg-faka', where: ['script'], re: /\/assets\/user\/js\/_index\.js/, weight: 2 },
  { software: 'acg-faka', where: ['link', 'script'], re: /\/user\/api\/index\/commodity/, weight: 2 },
  { software: 'acg-faka', where: ['link'], re: /github\.com\/lizhipay\/acg-faka/i, weight: 1 },
  { software: 'acg-faka', where: ['link'], re: /^\/user\/index\/query\b/, weight: 1 },
  // The snapshot keeps image alts, not classes: the Cartoon theme's logo is alt="ACG Logo".
  { software: 'acg-faka', where: ['text'], re: /^ACG Logo$/i, weight: 1 },

  // Shown only while no ICP number is configured (the footer template's else-branch).
  { software: 'mcy-shop', where: ['text'], re: /crafted with\b.{0,12}?\bby ?lizhipay/i, weight: 2 },
  { software: 'mcy-shop', where: ['script'], re: /\/assets\/user\/js\/oneui\.app\.min\.js/, weight: 2 },
  { software: 'mcy-shop', where: ['link'], re: /github\.com\/lizhipay\/mcy-shop/i, weight: 1 },
  // mcy-shop 5.x's own page variables (docs/field/mcy-shop.md); acg-faka has setVar too, but not these names.
  { software: 'mcy-shop', where: ['script'], re: /setVar\( ?["'](?:CCY|PAY_CONFIG_CHECKOUT_COUNTER)["']/, weight: 2 },
  { software: 'mcy-shop', where: ['script'], re: /\/assets\/user\/css\/index\.min\.css/, weight: 1 },
  { software: 'mcy-shop', where: ['script'], re: /\/assets\/user\/controller\/index\//, weight: 1 },

  { software: 'daishua', where: ['script', 'link'], re: /ajax\.php\?act=(?:gettool|gettoolnew|getclass)\b/i, weight: 2 },
  { software: 'daishua', where: ['link', 'script'], re: /\/user\/regsite\.php/, weight: 2 },
  { software: 'daishua', where: ['title', 'text'], re: /(?:QQ|空间|名片|说说|抖音|快手)[^-|_]{0,8}?(?:业务|代刷)[^-|_]{0,8}?(?:自助下单|卡密)|卡密社区|代刷网|代刷平台/i, weight: 2 },
  // Other card shops call themselves 自助下单平台 too: on its own it is not enough.
  { software: 'daishua', where: ['title'], re: /自助下单(?:平台|系统)/, weight: 1 },
  { software: 'daishua', where: ['link'], re: /^\/ds\/\w/, weight: 1 },
  { software: 'daishua', where: ['link', 'script'], re: /toollogs\.php/, weight: 1 },
  { software: 'daishua', where: ['title'], re: /货源站|主站系统/, weight: 1 },
  { software: 'daishua', where: ['text'], re: /(?:0元|免费)(?:搭建|开通)分站|(?:开通|搭建)分站/, weight: 1 },

  // zlkbdotnet/zfaka templates/<theme>/common/footer.html ("Powered by ZFAKA x.y.z" linking the repository), its
  // default meta keywords (install/faka.sql) and theme assets; docs/field/zfaka.md.
  { software: 'zfaka', where: ['text'], re: /powered by ?zfaka/i, weight: 2 },
  { software: 'zfaka', where: ['meta'], re: /\bzfaka\b/i, weight: 2 },
  { software: 'zfaka', where: ['link'], re: /github\.com\/zlkbdotnet\/zfaka/i, weight: 1 },
  { software: 'zfaka', where: ['script'], re: /\/templates\/[\w-]{1,30}\/js\/product(?:pay|buy)?\.js/i, weight: 1 },
  { software: 'zfaka', where: ['link'], re: /^\/product\/(?:order\/pay|query|detail)\b/, weight: 1 },

  // 彩虹易支付's cashier and scan pages (cashier.php → submit2.php?typeid=, plugins/*/qrcode.php); docs/field/epay.md.
  { software: 'epay', where: ['script', 'link'], re: /submit2\.php\?typeid=/i, weight: 2 },
  { software: 'epay', where: ['script'], re: /\/assets\/css\/(?:alipay|wechat|mqq|qqpay)_pay\.css/i, weight: 2 },
  // The platform's own slogan: news and tutorials quote it, so it counts only with another epay marker.
  { software: 'epay', where: ['text'], re: /旗下的免签约支付产品|免签约支付产品/, weight: 1 },
  { software: 'epay', where: ['script'], re: /\/assets\/css\/main12\.css/i, weight: 1 },
  { software: 'epay', where: ['script'], re: /\/getshop\.php\b/, weight: 1 },
  { software: 'epay', where: ['title'], re: /^收银台 ?\|/, weight: 1 },

  // szvone/vmqphp public/payPage/pay.html and its routes; docs/field/vmq.md.
  { software: 'vmq', where: ['script', 'link'], re: /enQrcode\?url=|\/payPage\/pay\.html|\/createOrder\?[^'"\s]{0,200}payId=/i, weight: 2 },
  { software: 'vmq', where: ['script', 'link'], re: /\/getOrder\b|\/checkOrder\b/, weight: 1 },
];

const MAX_EVIDENCE = 6;

/** Card-shop software of the page, computed once and shared (ctx.memo key 'shop-software'). */
export function pageSoftware(ctx: PageContext): SoftwareMatch[] {
  return ctx.memo('shop-software', () => fingerprintSoftware(ctx));
}

/** Pure: every system whose distinct markers weigh 2 or more, strongest first. */
export function fingerprintSoftware(page: SoftwareInput): SoftwareMatch[] {
  const found = new Map<SoftwareKey, SoftwareMatch>();
  for (const marker of MARKERS) {
    const hit = firstHit(page, marker);
    if (!hit) continue;
    const m = found.get(marker.software) ?? { software: marker.software, name: SOFTWARE_NAMES[marker.software], score: 0, evidence: [] };
    m.score += marker.weight;
    if (m.evidence.length < MAX_EVIDENCE && !m.evidence.some((e) => e.quote === hit.quote)) m.evidence.push(hit);
    found.set(marker.software, m);
  }
  return [...found.values()].filter((m) => m.score >= 2).sort((a, b) => b.score - a.score);
}

function firstHit(page: SoftwareInput, marker: Marker): Evidence | undefined {
  const { snapshot, blocks } = page;
  for (const where of marker.where) {
    if (where === 'text') {
      for (const b of blocks) {
        const m = marker.re.exec(b.norm);
        if (m) return { ...blockEvidence(b, m.index, m.index + m[0].length, 8), where };
      }
      for (const img of snapshot.images) {
        if (marker.re.test(img.alt)) return { quote: img.alt.slice(0, 120), blockId: img.blockId, where };
      }
    } else if (where === 'title') {
      const m = marker.re.exec(snapshot.title);
      if (m) return { quote: snapshot.title.slice(0, 120), where };
    } else if (where === 'meta') {
      for (const [name, content] of Object.entries(snapshot.meta)) {
        if ((name === 'keywords' || name === 'description' || name === 'generator') && marker.re.test(content)) return { quote: `${name}: ${content}`.slice(0, 120), where };
      }
    } else if (where === 'link') {
      for (const l of snapshot.links) {
        if (marker.re.test(pathOf(l.href))) return { quote: (l.text ? `${l.text} → ` : '') + pathOf(l.href).slice(0, 100), blockId: l.blockId, where };
      }
      for (const f of snapshot.forms) {
        if (marker.re.test(pathOf(f.action))) return { quote: pathOf(f.action).slice(0, 120), where };
      }
    } else {
      for (const code of [...snapshot.scripts.srcs, ...snapshot.scripts.inline]) {
        const m = marker.re.exec(code);
        if (m) return { quote: excerpt(code, m.index, m[0].length), where };
      }
    }
  }
  return undefined;
}

/** Path + query + hash of an absolute URL ("/buy/3"); absolute URLs elsewhere keep their host so github links match. */
function pathOf(href: string): string {
  try {
    const u = new URL(href);
    return /github\.com$/i.test(u.hostname) ? u.hostname + u.pathname : u.pathname + u.search + u.hash;
  } catch {
    return href;
  }
}

function excerpt(code: string, at: number, len: number): string {
  const from = Math.max(0, at - 30);
  const to = Math.min(code.length, at + len + 30);
  return code.slice(from, to).replace(/\s+/g, ' ').trim().slice(0, 120);
}
