import { describe, expect, it } from 'vitest';
import { fingerprintSoftware, pageSoftware, shopSoftware, SOFTWARE_NAMES } from '../../../lib/detectors/page/shop-software';
import { pageTexts as vocabularyTexts } from '../../../lib/i18n/signals/page';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures, expectTextsMatchParams, fixtureSignals } from '../../helpers/detector-suite';

/** The system each match fixture is built on. */
const EXPECTED: Record<string, keyof typeof SOFTWARE_NAMES> = {
  'match-dujiaoka-unicorn.html': 'dujiaoka',
  'match-acg-faka-cartoon.html': 'acg-faka',
  'match-mcy-shop.html': 'mcy-shop',
  'match-daishua-ds.html': 'daishua',
  'match-caihong-daishua.html': 'daishua',
};

const page = (head: string, body: string) =>
  `<!-- url: https://t.example/ --><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('shop-software', () => {
  describeDetectorFixtures(shopSoftware, {
    severity: 'info',
    expect: ([s], name) => {
      expect(s!.params.software).toBe(EXPECTED[name]);
      expect(s!.params.softwareName).toBe(SOFTWARE_NAMES[EXPECTED[name]!]);
      expect(s!.evidence.some((e) => typeof e.blockId === 'number'), 'some evidence points at a block').toBe(true);
      for (const e of s!.evidence) expect(['script', 'link', 'text', 'title']).toContain(e.where);
    },
  });

  it.each([
    ['a theme asset path', page('<link rel="stylesheet" href="/assets/luna/css/main.css">', ''), ['dujiaoka']],
    ['one generic route only', page('', '<a href="/buy/3">立即购买</a>'), []],
    ['two generic dujiaoka routes', page('', '<a href="/buy/3">立即购买</a><a href="/order-search">订单查询</a>'), ['dujiaoka']],
    ['the footer credit', page('', '<footer>Powered by @独角数卡.DJK</footer>'), ['dujiaoka']],
    ['a plain link to the repository', page('', '<a href="https://github.com/assimon/dujiaoka">源码</a>'), []],
    ['acg-faka setVar', page('<script>setVar("CAT_ID", 2);</script>', ''), ['acg-faka']],
    ['acg-faka ACG Logo alone', page('', '<a href="/"><img src="/logo.png" alt="ACG Logo"></a>'), []],
    ['mcy-shop footer', page('', '<footer><div>Crafted with <i class="fa fa-heart"></i> by <span>lizhipay</span></div></footer>'), ['mcy-shop']],
    ['a OneUI bundle elsewhere', page('<script src="/static/oneui.app.min.js"></script>', ''), []],
    ['a 代刷 title', page('<title>QQ空间业务卡密自助下单平台</title>', ''), ['daishua']],
    ['a generic 自助下单平台 title', page('<title>星河卡铺 - 卡密自助下单平台</title>', ''), []],
    ['彩虹 ajax route', page('<script>$.get("./ajax.php?act=gettool&cid=1")</script>', ''), ['daishua']],
    ['ThinkPHP /ds/ routes and 0元搭建分站', page('', '<a href="/ds/query">查单</a><a href="/ds/fz">0元搭建分站</a>'), ['daishua']],
  ])('fingerprints %s', (_name, html, expected) => {
    expect(fingerprintSoftware(contextFor(html)).map((m) => m.software)).toEqual(expected);
  });

  it('is computed once per page and shared through ctx.memo("shop-software")', () => {
    const ctx = contextFor(page('<link href="/assets/hyper/css/app.css">', ''));
    const first = pageSoftware(ctx);
    expect(pageSoftware(ctx)).toBe(first);
    expect(ctx.memo('shop-software', () => [])).toBe(first);
  });

  it('has zh-CN and en text whose placeholders its params fill', () => {
    expectTextsMatchParams('shop-software', fixtureSignals(shopSoftware, 'match-dujiaoka-unicorn.html'), vocabularyTexts);
  });
});
