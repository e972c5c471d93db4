import { describe, expect, it } from 'vitest';
import { illegalGoods } from '../../../lib/detectors/page/illegal-goods';
import { pageTexts as vocabularyTexts } from '../../../lib/i18n/signals/page';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures, expectTextsMatchParams, fixtureSignals } from '../../helpers/detector-suite';

/** Categories (in signal order) and severities each match fixture must produce. */
const EXPECTED: Record<string, Array<[string, string]>> = {
  'match-account-shop.html': [['account-trading', 'danger']],
  'match-cheat-cards.html': [['sms-bombing', 'danger'], ['cheats', 'danger']],
  'match-paofen-system.html': [['payment-laundering', 'danger']],
  'match-card-recycling.html': [['card-recycling', 'warn']],
};

/** A selling page: a product card with a price and a buy button. */
const SHOP = '<div class="card"><h5>优酷VIP 月卡</h5><p>价格：￥16.00</p><button>立即购买</button></div>';
const page = (body: string) => `<!-- url: https://t.example/ --><html><body>${body}</body></html>`;
const card = (title: string, price = '￥5.00') => `<div class="card"><h5>${title}</h5><p>${price}</p><button>立即购买</button></div>`;

describe('illegal-goods', () => {
  describeDetectorFixtures(illegalGoods, {
    count: 'any', minEvidence: 1, evidenceBlockIds: 'every',
    expect: (signals, name) => {
      expect(signals.map((s) => [s.params.category, s.severity])).toEqual(EXPECTED[name]);
      for (const s of signals) {
        expect(s.params.law).toMatch(/《.+》第/);
        expect(s.evidence[0]!.quote).toContain(String(s.params.term));
      }
    },
  });

  it.each([
    ['实名QQ号 on a product card', SHOP + card('实名QQ号 老号 稳定'), 'account-trading'],
    ['代实名 as a service', SHOP + card('抖音 代实名 当天完成', '￥30.00'), 'account-trading'],
    ['a category link on a shop', SHOP + '<nav><a href="/?cid=4">接码专区</a></nav>', 'account-trading'],
    ['跑分 on a product card', SHOP + card('跑分平台 搭建', '￥1999.00'), 'payment-laundering'],
    ['短信轰炸 with a space', SHOP + card('短信 轰炸 永久卡', '￥30.00'), 'sms-bombing'],
    ['辅助 天卡', SHOP + card('王者 内部辅助 天卡', '￥10.00'), 'cheats'],
    ['卡密回收 link', SHOP + '<nav><a href="/r">卡密回收</a></nav>', 'card-recycling'],
    ['本站不出售…', SHOP + '<p>本站不出售实名号、黑号</p>', null],
    ['防外挂', SHOP + card('王者荣耀 防外挂 安全直充'), null],
    ['无外挂', SHOP + card('暗区突围 无外挂 公平'), null],
    ['外挂字幕', SHOP + card('芒果TV 会员 支持外挂字幕'), null],
    ['游戏辅助功能 help link', SHOP + '<nav><a href="/help">游戏辅助功能介绍</a></nav>', null],
    ['数据透视', SHOP + card('Excel 数据透视表 教程'), null],
    ['拉黑号码', SHOP + card('如何拉黑号码 教程'), null],
    ['对接码', SHOP + card('货源对接码 获取'), null],
    ['手机跑分', SHOP + card('手机跑分 安兔兔跑分 100万'), null],
    ['扫码商城', SHOP + card('扫码商城 会员'), null],
    ['an instruction: 请填写实名QQ号', SHOP + card('请填写实名QQ号'), null],
    ['under a short warning heading', SHOP + '<h4>郑重提醒</h4><ul><li>收款码出租</li><li>跑分兼职</li></ul>' + card('优酷VIP 周卡'), null],
    ['not offered: a heading without price or button nearby', SHOP + '<h3>实名号</h3><p>' + '说明文字。'.repeat(3) + '</p><p>更多说明。</p><p>再多说明。</p>', null],
    ['not a selling page: news prose with a price', '<article><p>有人在网上以每个 30 元的价格出售实名号。</p></article>', null],
  ])('%s', (_name, body, category) => {
    const cats = illegalGoods.detect(contextFor(page(body))).map((s) => s.params.category);
    expect(cats).toEqual(category ? [category] : []);
  });

  it('has zh-CN and en text whose placeholders its params fill', () => {
    expectTextsMatchParams('illegal-goods', fixtureSignals(illegalGoods, 'match-account-shop.html'), vocabularyTexts);
  });
});
