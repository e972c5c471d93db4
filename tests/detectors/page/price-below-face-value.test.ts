import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/core/text';
import { blank, facesIn, priceBelowFaceValue, priceIn } from '../../../lib/detectors/page/price-below-face-value';
import { pageTexts as vocabularyTexts } from '../../../lib/i18n/signals/page';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures, expectTextsMatchParams, fixtureSignals } from '../../helpers/detector-suite';

/** face / price / ratio % / severity of each product each match fixture must report, most suspicious first. */
const EXPECTED: Record<string, Array<[number, number, number, string]>> = {
  'match-qb-table.html': [[100, 78, 78, 'warn'], [50, 39, 78, 'warn']],
  'match-huafei-list.html': [[100, 45, 45, 'danger'], [200, 90, 45, 'danger']],
  'match-dujiaoka-jdcard.html': [[200, 88, 44, 'danger']],
  'match-face-label.html': [[100, 49, 49, 'danger'], [500, 380, 76, 'warn']],
};

const page = (body: string) => `<!-- url: https://t.example/ --><html><body>${body}</body></html>`;
const li = (text: string) => page(`<ul><li>${text} <button>立即充值</button></li></ul>`);
const n = (s: string) => blank(normalize(s));

describe('price-below-face-value', () => {
  describeDetectorFixtures(priceBelowFaceValue, {
    count: 'any', evidenceBlockIds: 'first',
    expect: (signals, name) => {
      expect(signals.map((s) => [s.params.face, s.params.price, s.params.ratio, s.severity])).toEqual(EXPECTED[name]);
      for (const s of signals) expect(s.evidence[0]!.quote).toBe(s.params.product);
    },
  });

  it.each([
    ['100元话费', [100]],
    ['京东E卡 200元', [200]],
    ['全国话费 100 元 慢充', [100]],
    ['Q币 100个', [100]],
    ['100Q币', [100]],
    ['QQ币 50个 直充', [50]],
    ['面值：500元', [500]],
    ['王者荣耀 1000点券（价值100元）', [100]],
    ['王者荣耀 1000点券', []],
    ['价值100元大礼包', []],
    ['库存 100', []],
    ['话费满100减5', []],
    ['话费 98.5元', []],
    ['Q币 ¥95', []],
    ['话费 售价 95元', []],
    ['腾讯视频VIP月卡', []],
    ['50元话费券', []],
    ['话费红包 10元', []],
  ])('faces in %s', (text, faces) => {
    expect(facesIn(n(text)).map((f) => f.value)).toEqual(faces);
  });

  it.each([
    [' 现价 45.00 元', 45],
    ['¥78.00', 78],
    ['原价 ¥100.00 现价 ¥97.00', 97],
    ['¥95 ¥100', 100],
    ['单价 ¥0.98/个', undefined],
    ['5000积分', undefined],
    ['满100减5', undefined],
    ['库存 100', undefined],
    ['9.5折', undefined],
    ['首付 ¥100 月供 ¥90', undefined],
    ['优惠价 ¥90', 90],
  ])('price in %s', (text, price) => {
    expect(priceIn(n(text))?.value).toBe(price);
  });

  it.each([
    ['a normal price (98.5%)', li('100元话费 现价 98.50 元'), null],
    ['just under 85%', li('100元话费 现价 84.00 元'), 'warn'],
    ['exactly 85%', li('100元话费 现价 85.00 元'), null],
    ['exactly half', li('100元话费 现价 50.00 元'), 'danger'],
    ['a per-unit Q币 price', li('Q币 100个起购 单价 ¥0.98/个'), null],
    ['积分', li('100元话费 需 5000积分'), null],
    ['a coupon', li('话费满100减5 现价 ¥95.00'), null],
    ['a 话费券 sold cheaply', li('50元话费券 ¥10.00'), null],
    ['an exclamation in a promo title', li('100元话费 限时特惠！现价 ¥45.00'), 'danger'],
    ['an instalment', li('中石化加油卡 1000元 首付 ¥100'), null],
    ['a membership with 原价 / 现价', li('爱奇艺黄金VIP 年卡 原价 ¥248 现价 ¥98'), null],
    ['a price before the face is not read', li('¥45.00 100元话费'), null],
    ['the next card\'s price is not borrowed', page('<div><h5>Q币 100个</h5><p>已售罄</p></div><div><h5>腾讯视频VIP月卡</h5><p>¥15.00</p><button>立即购买</button></div>'), null],
    ['not a selling page', page('<article><p>100元话费 只卖 45 元</p></article>'), null],
  ])('%s', (_name, html, severity) => {
    const signals = priceBelowFaceValue.detect(contextFor(html));
    expect(signals.map((s) => s.severity)).toEqual(severity ? [severity] : []);
  });

  describe('goods tables and header-led lists, read by column', () => {
    const table = (rows: string, header = '<tr><th>商品</th><th>面值</th><th>零售价</th><th>分站价</th></tr>') =>
      page(`<h3>商品列表</h3><table>${header}${rows}</table><button>立即购买</button>`);
    const found = (html: string) => priceBelowFaceValue.detect(contextFor(html)).map((s) => [s.params.face, s.params.price, s.severity]);

    it('reads the face from the 面值 column and the retail price, not the lower 分站价', () => {
      expect(found(table('<tr><td>京东E卡</td><td>100</td><td>45.00</td><td>44.00</td></tr><tr><td>沃尔玛购物卡</td><td>200元</td><td>¥190.00</td><td>185.00</td></tr>')))
        .toEqual([[100, 45, 'danger']]);
    });
    it('reads the face from the product name when there is no 面值 column', () => {
      expect(found(table('<tr><td><a href="/g/1">腾讯Q币 100元</a></td><td>¥70.00</td></tr>', '<tr><th>商品名称</th><th>价格（元）</th></tr>'))).toEqual([[100, 70, 'warn']]);
    });
    it('keeps columns right across colspan and nested cell markup', () => {
      expect(found(table('<tr><td><div><b>全国话费</b></div></td><td>100</td><td colspan="2"><span>48.00</span></td></tr>'))).toEqual([[100, 48, 'danger']]);
    });
    it('stays silent on honest tables, tables without a header, and a game wiki that sells nothing', () => {
      expect(found(table('<tr><td>京东E卡</td><td>100</td><td>99.00</td><td>98.50</td></tr>'))).toEqual([]);
      expect(found(page('<table><tr><td>京东E卡</td><td>100</td><td>45.00</td></tr></table><button>立即购买</button>'))).toEqual([]);
      expect(found(page('<h1>点券说明</h1><table><tr><th>商品</th><th>面值</th><th>价格</th></tr><tr><td>Q币</td><td>100</td><td>45</td></tr></table>'))).toEqual([]);
    });
    it('reads a list whose first line names the columns', () => {
      const list = page('<ul class="goods"><li>商品 面值 零售价 分站价</li><li>中石化 加油卡 500 240.00 235.00</li><li>话费 慢充 100 96.00 95.00</li></ul><button>立即购买</button>');
      expect(found(list)).toEqual([[500, 240, 'danger']]);
    });
  });

  it('has zh-CN and en text whose placeholders its params fill', () => {
    expectTextsMatchParams('price-below-face-value', fixtureSignals(priceBelowFaceValue, 'match-huafei-list.html'), vocabularyTexts);
  });
});
