// The content script's first look: which pages get the full (local) analysis.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { quickShopCheck } from '../../entrypoints/shop/quick-check';
import { PAGE_FIXTURES } from '../helpers/fixtures';

function check(html: string) {
  const window = new Window({ url: 'https://x.example/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  try {
    return quickShopCheck(window.document as unknown as Document);
  } finally {
    window.happyDOM.close().catch(() => undefined);
  }
}
const fixture = (p: string) => readFileSync(join(PAGE_FIXTURES, p), 'utf8');

describe('quickShopCheck', () => {
  it.each([
    ['a card shop', 'shop-detected/match-dujiaoka-home.html', { isShop: true, analyse: true }],
    ['a cashier page with no buy button', 'payment-step/match-qr-with-amount.html', { analyse: true }],
    ['a V免签 pay page', 'payment-unlicensed-gateway/match-vmq-pay-page.html', { analyse: true }],
    ['a page selling black-market accounts', 'illegal-goods/match-account-shop.html', { analyse: true }],
    ['an ordinary blog', 'shop-detected/nomatch-blog.html', { isShop: false, analyse: false }],
  ] as const)('%s', (_n, file, expected) => {
    expect(check(fixture(file))).toMatchObject(expected);
  });
});

describe('quickShopCheck reads in order of cost', () => {
  /** The tag names the check asked live collections for (a spy on getElementsByTagName). */
  function asked(html: string) {
    const window = new Window({ url: 'https://x.example/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const tags: string[] = [];
    const own = doc.getElementsByTagName.bind(doc);
    (doc as { getElementsByTagName: (t: string) => unknown }).getElementsByTagName = (t: string) => (tags.push(t), own(t));
    try {
      return { result: quickShopCheck(doc), tags };
    } finally {
      window.happyDOM.close().catch(() => undefined);
    }
  }
  const links = '<p>新闻 <a href="/a">一篇报道</a></p>'.repeat(2000);

  it('an article without goods and a price: no control is read, not analysed', () => {
    const { result, tags } = asked(`<title>每日新闻</title><body>${links}</body>`);
    expect(result).toEqual({ isShop: false, analyse: false });
    expect(tags).not.toContain('a');
    expect(tags).not.toContain('button');
  });

  it('goods and a price: the buy controls are read and decide (a buy button after 4,000 text nodes)', () => {
    const { result, tags } = asked(`<title>点卡</title><body><p>Q币 10元 售价 ￥9.8</p>${links}<button>立即购买</button></body>`);
    expect(tags).toContain('button');
    expect(result).toEqual({ isShop: true, analyse: true });
    const { result: noBuy } = asked(`<title>点卡</title><body><p>Q币 10元 售价 ￥9.8</p>${links}<button>查看</button></body>`);
    expect(noBuy).toEqual({ isShop: false, analyse: false });
  });

  it('commerce wording decides without reading controls; filler text nodes fill no unbounded sample', () => {
    const { result, tags } = asked(`<title>收银台</title><body>${'<button>买</button>'.repeat(5000)}</body>`);
    expect(result.analyse).toBe(true);
    expect(tags).not.toContain('button');
    // 5,000 one-character buttons, then the only commerce wording: past the sampled text nodes, so not seen here.
    expect(asked(`<title>x</title><body>${'<i>买</i>'.repeat(5000)}<p>扫码支付</p></body>`).result.analyse).toBe(false);
    expect(asked(`<title>x</title><body>${'<i>买</i>'.repeat(50)}<p>扫码支付</p></body>`).result.analyse).toBe(true);
  });
});
