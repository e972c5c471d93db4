import type { DetectorText } from '../../core/types';
import type { Evidence } from '../../core/types';
import { blockEvidence, pageSignal, type PageContext, type PageDetector } from './context';
import { isShopContext } from './shared/vocabulary';

/** inappBrowserEvasion's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const inappBrowserEvasionText: DetectorText = {
  'zh-CN': {
    title: '网店要求离开微信 / QQ 内置浏览器',
    explain: '页面要求“在浏览器中打开”，或用脚本识别微信 / QQ 内置浏览器后拦截、跳转。微信和 QQ 会检查在其中打开的链接，并拦截被举报的网站；把买家引到外部浏览器，就绕开了这道检查。发卡系统独角数卡就自带这一功能。正规网店没有理由把买家从微信里赶出去。',
    action: '不要按提示换个浏览器继续付款；先看卡盾的其他检查结果。如果链接是别人在微信或 QQ 里发来的，可以用内置浏览器右上角菜单里的“投诉 / 举报”。',
  },
  en: {
    title: 'The shop tells you to leave the WeChat / QQ in-app browser',
    explain: 'The page asks you to "open it in a browser", or a script detects the WeChat / QQ in-app browser and blocks or redirects it. WeChat and QQ check links opened inside them and block reported sites; sending buyers to an outside browser gets around that check. The dujiaoka (独角数卡) card-shop software does this out of the box. An honest shop has no reason to push buyers out of WeChat.',
    action: 'Do not switch browsers to carry on paying; look at KaDun’s other findings first. If someone sent you the link in WeChat or QQ, report it through the in-app browser’s top-right menu (投诉 / 举报).',
  },
};

/**
 * `inapp-browser-evasion` (warn): the shop keeps WeChat / QQ in-app browsers out — an instruction such as
 * "请在浏览器中打开" / "点击右上角…在浏览器打开", or an inline script that checks the user agent for MicroMessenger or
 * QQ/ and blocks or redirects. dujiaoka ships this as middleware (resources/views/common/notencent.blade.php:
 * "本站不支持 微信或QQ 内访问"). Tencent scans links opened inside WeChat and QQ and blocks reported ones; sending
 * buyers to an outside browser sidesteps that check (domain-facts.md §6–7).
 *
 * Not every "在浏览器中打开" is evasion: a share-menu link or button saying it is not an instruction, and a
 * WeChat JSAPI payment script that checks the user agent to pay inside WeChat is the opposite of evasion. Only
 * pages in a card-shop context count (an app download page telling WeChat users the same is not a shop).
 */
export const inappBrowserEvasion: PageDetector = {
  id: 'inapp-browser-evasion',
  detect(ctx) {
    if (!isShopContext(ctx) && !isInterstitial(ctx)) return [];
    const scripts = uaCheckScripts(ctx);
    const text = instructionEvidence(ctx, scripts.length > 0);
    const evidence = [...text, ...scripts];
    if (evidence.length === 0) return [];
    const via = text.length && scripts.length ? 'text+script' : text.length ? 'text' : 'script';
    return [pageSignal('inapp-browser-evasion', 'warn', evidence.slice(0, 5), { via })];
  },
  text: inappBrowserEvasionText,
};

/**
 * The page a shop serves WeChat and QQ instead of itself (dujiaoka's resources/views/common/notencent.blade.php,
 * docs/field/dujiaoka.md): its title sends the visitor to a browser and it says the SITE does not work inside WeChat
 * or QQ. An app download page says the app cannot be downloaded there, not that the site refuses them.
 */
function isInterstitial(ctx: PageContext): boolean {
  return /浏览器 ?中? ?打开/.test(ctx.snapshot.title) && ctx.blocks.some((b) => /本站不支持 ?(?:在 ?)?(?:微信|QQ)/.test(b.norm));
}

/** "请(…)浏览器(中)打开", "(点击)右上角…浏览器打开", "不支持 微信或QQ 内访问". Bounded gaps only. */
export const OPEN_IN_BROWSER_RE =
  /请[^。！!]{0,10}?浏览器 ?中? ?打开|右上角[^。！!]{0,24}?浏览器 ?中? ?打开|(?:不支持|无法|禁止|不能)(?:在)? ?(?:微信|QQ)[^。！!]{0,8}?(?:内访问|中访问|访问|打开|支付|使用)/gi;
/** The instruction is about an in-app browser when it says so, or names the app. */
const NAMES_APP = /微信|QQ|MicroMessenger|右上角/i;
const NOT_INSTRUCTION_TAGS = new Set(['a', 'button', 'input', 'option', 'label']);

function instructionEvidence(ctx: PageContext, uaCheck: boolean): Evidence[] {
  const out: Evidence[] = [];
  const titleSaysBrowser = /浏览器/.test(ctx.snapshot.title);
  ctx.blocks.forEach((b, i) => {
    if (NOT_INSTRUCTION_TAGS.has(b.tag)) return;
    OPEN_IN_BROWSER_RE.lastIndex = 0;
    const m = OPEN_IN_BROWSER_RE.exec(b.norm);
    if (!m) return;
    const near = ctx.blocks.slice(Math.max(0, i - 2), i + 3).some((n) => NAMES_APP.test(n.norm));
    if (NAMES_APP.test(m[0]) || near || uaCheck || titleSaysBrowser) out.push(blockEvidence(b, m.index, m.index + m[0].length));
  });
  return out;
}

/** The in-app user agents card shops test for: WeChat (MicroMessenger) and QQ's in-app browser ("QQ/", not MQQBrowser). */
const UA_TOKEN = /MicroMessenger|(?<![M\w])QQ\\?\//i;
/** The script shows a "use a browser" message or replaces / closes the page. */
const BLOCKS = /浏览器|browser|document\.write|\.innerHTML ?=|closeWindow|\.html\(/i;
const REDIRECTS = /location\.(?:href ?=|replace\(|assign\()|window\.location ?=/;
/** WeChat JSAPI pay / OAuth / JS-SDK: an integration that keeps the buyer inside WeChat, not evasion. */
const WECHAT_INTEGRATION = /WeixinJSBridge\.invoke|getBrandWCPayRequest|wx\.config|wx\.chooseWXPay|open\.weixin\.qq\.com\/connect\/oauth2/;

function uaCheckScripts(ctx: PageContext): Evidence[] {
  const out: Evidence[] = [];
  for (const code of ctx.snapshot.scripts.inline) {
    const m = UA_TOKEN.exec(code);
    if (!m || !/userAgent/i.test(code)) continue;
    const integration = WECHAT_INTEGRATION.test(code);
    const blocks = BLOCKS.test(code) && !(integration && !/浏览器|browser/i.test(code));
    if (blocks || (REDIRECTS.test(code) && !integration)) {
      const from = Math.max(0, m.index - 40);
      out.push({ quote: code.slice(from, m.index + 80).replace(/\s+/g, ' ').trim().slice(0, 120), where: 'script' });
    }
  }
  return out;
}
