import { describe, expect, it } from 'vitest';
import { resellerScheme } from '../../../lib/detectors/page/reseller-scheme';
import { pageTexts as vocabularyTexts } from '../../../lib/i18n/signals/page';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures, expectTextsMatchParams, fixtureSignals } from '../../helpers/detector-suite';

/** The first phrase each match fixture is expected to quote. */
const EXPECTED_TERM: Record<string, string> = {
  'match-kameng-fenzhan.html': '0元搭建分站',
  'match-huoyuan-docking.html': '代理加盟',
  'match-agent-page-buttons.html': '免费开通分站',
};

/** A minimal shop: product, price, buy button (shopClass(ctx).isShop). */
const SHOP = '<div class="card"><h5>爱奇艺黄金VIP 月卡</h5><p>价格：￥18.00</p><button>立即购买</button></div>';
const page = (body: string) => `<!-- url: https://t.example/ --><html><body>${body}</body></html>`;

describe('reseller-scheme', () => {
  describeDetectorFixtures(resellerScheme, {
    severity: 'warn', minEvidence: 1, evidenceBlockIds: 'every',
    expect: ([s], name) => { if (EXPECTED_TERM[name]) expect(s!.params.term).toBe(EXPECTED_TERM[name]); },
  });

  it.each([
    ['on a shop: 三级分销 返佣', SHOP + '<p>支持三级分销，推广返佣 20%</p>', true],
    ['on a shop: 旗舰版 … 吃提成', SHOP + '<p>升级旗舰版分站，下级每单你都吃提成</p>', true],
    ['off a shop, as prose', '<article><p>开分站真的能赚钱吗？我们算了一笔账</p></article>', false],
    ['off a shop, on a short link', '<nav><a href="/reg">开通分站</a></nav>', true],
    ['off a shop, on a long headline link', '<p><a href="/n/1">记者调查：所谓的“代理加盟”其实就是交钱开分站</a></p>', false],
    ['negated: 暂停开通分站', SHOP + '<p>本站已暂停开通分站</p>', false],
    ['a warning: 谨防…代理加盟', SHOP + '<p>谨防有人以代理加盟为名收取费用</p>', false],
    ['a question', SHOP + '<p>问：可以开通分站吗？</p>', false],
    ['货源站 without 对接', SHOP + '<p>全网一手货源站</p>', false],
    ['货源站 with 对接 next to it', SHOP + '<p>全网一手货源站</p><p>支持API一键对接</p>', true],
  ])('%s', (_name, body, fires) => {
    expect(resellerScheme.detect(contextFor(page(body))).length > 0).toBe(fires);
  });

  it('has zh-CN and en text whose placeholders its params fill', () => {
    expectTextsMatchParams('reseller-scheme', fixtureSignals(resellerScheme, 'match-kameng-fenzhan.html'), vocabularyTexts);
  });
});
