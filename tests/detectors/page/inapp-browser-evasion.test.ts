import { describe, expect, it } from 'vitest';
import { inappBrowserEvasion } from '../../../lib/detectors/page/inapp-browser-evasion';
import { pageTexts as vocabularyTexts } from '../../../lib/i18n/signals/page';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures, expectTextsMatchParams, fixtureSignals } from '../../helpers/detector-suite';

/** Where each match fixture's evidence comes from: visible text (with block ids) or an inline script only. */
const VIA: Record<string, string> = {
  'match-dujiaoka-interstitial.html': 'text',
  'match-shop-banner.html': 'text',
  'match-ua-script.html': 'script',
};

const SHOP = '<div class="card"><h5>优酷VIP 月卡</h5><p>价格：￥16.00</p><button>立即购买</button></div>';
const page = (body: string, script = '') =>
  `<!-- url: https://t.example/ --><html><head>${script ? `<script>${script}</script>` : ''}</head><body>${body}</body></html>`;

describe('inapp-browser-evasion', () => {
  describeDetectorFixtures(inappBrowserEvasion, {
    severity: 'warn',
    expect: ([s], name) => {
      expect(s!.params.via).toBe(VIA[name]);
      // Text evidence points at its block; a script has no block to point at, so it says where it came from.
      for (const e of s!.evidence) {
        if (e.where === 'script') expect(e.quote).toMatch(/micromessenger|QQ/i);
        else expect(e.blockId).toBeTypeOf('number');
      }
    },
  });

  it.each([
    ['点击右上角 … 在浏览器打开', page(SHOP + '<div class="tip"><p>点击右上角，选择在浏览器打开</p></div>'), true],
    ['请在浏览器中打开 next to a WeChat mention', page(SHOP + '<div><h3>微信内无法支付</h3><p>请在浏览器中打开本页</p></div>'), true],
    ['不支持微信内访问', page(SHOP + '<p>本站不支持微信内访问</p>'), true],
    ['请在浏览器中打开 with no app named and no UA check', page(SHOP + '<p>请在浏览器中打开本页</p>'), false],
    ['a menu link', page(SHOP + '<nav><a href="#">在浏览器中打开</a></nav>'), false],
    ['a button', page(SHOP + '<button>在浏览器中打开</button>'), false],
    ['a hint without an instruction', page(SHOP + '<p>微信用户在浏览器中打开体验更佳</p>'), false],
    ['a UA check that replaces the page',
      page(SHOP, "if (/MicroMessenger/i.test(navigator.userAgent)) { document.body.innerHTML = '请用浏览器打开'; }"), true],
    ['a UA check that redirects away',
      page(SHOP, "var ua = navigator.userAgent; if (ua.match(/QQ\\//i)) { location.href = '/browser-tip.html'; }"), true],
    ['a UA check for WeChat JSAPI pay',
      page(SHOP, "if (/MicroMessenger/i.test(navigator.userAgent)) { WeixinJSBridge.invoke('getBrandWCPayRequest', p, cb); location.href = '/done'; }"), false],
    ['QQ Browser (MQQBrowser) is a normal browser',
      page(SHOP, "if (/MQQBrowser\\//.test(navigator.userAgent)) { document.body.innerHTML = 'hi'; }"), false],
    ['not a shop: an app download page', page('<h1>某某笔记</h1><p>微信内无法下载，请点击右上角在浏览器打开</p>'), false],
  ])('%s', (_name, html, fires) => {
    expect(inappBrowserEvasion.detect(contextFor(html)).length > 0).toBe(fires);
  });

  it('has zh-CN and en text whose placeholders its params fill', () => {
    expectTextsMatchParams('inapp-browser-evasion', fixtureSignals(inappBrowserEvasion, 'match-dujiaoka-interstitial.html'), vocabularyTexts);
  });
});
