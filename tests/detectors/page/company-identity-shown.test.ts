import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { companyIdentityShown } from '../../../lib/detectors/page/company-identity-shown';
import { buildVerdict, GREEN_EVIDENCE } from '../../../lib/core/verdict';
import type { Signal } from '../../../lib/core/types';
import { contextFor, FIXTURE_NOW } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

const EXPECTED: Record<string, { company: string; code: string }> = {
  'match-about-block.html': { company: '深圳市示例云网络科技有限公司', code: '91440300MA5H3K7QX7' },
  'match-footer-spread.html': { company: '杭州示例数字科技（集团）有限公司', code: '91330108MA2J8W5R1C' },
  'match-sole-proprietor.html': { company: '广州市天河区示例通讯服务部', code: '92440106MA5E8X2N3Q' },
};

const shop = (extra: string) =>
  `<!-- url: https://t.example/ --><div><p>京东E卡 100 元</p><p>售价 ¥98.00</p><button>立即购买</button></div>${extra}`;
const detect = (html: string) => companyIdentityShown.detect(contextFor(html));

describe('company-identity-shown', () => {
  const { match } = describeDetectorFixtures(companyIdentityShown, { severity: 'good', evidenceBlockIds: 'every', params: EXPECTED });

  it('accepts name and code in one block, upper-casing the code', () => {
    const s = detect(shop('<p>经营者：上海示例乐享网络科技有限公司 统一社会信用代码 91310115ma1k4p2d6k</p>'));
    expect(s[0]!.params).toEqual({ company: '上海示例乐享网络科技有限公司', code: '91310115MA1K4P2D6K' });
  });

  it('never fires when any code on the page is invalid, even beside a valid one', () => {
    const html = shop('<p>运营主体：深圳市示例云网络科技有限公司</p><p>统一社会信用代码：91440300MA5H3K7QX7</p><p>合作方信用代码：91440300MA5H3K7QX8</p>');
    expect(detect(html)).toEqual([]);
  });

  it('needs 营业执照 / 信用代码 / 经营者 wording; "无需营业执照" is not it', () => {
    expect(detect(shop('<p>深圳市示例云网络科技有限公司 91440300MA5H3K7QX7</p>'))).toEqual([]);
    expect(detect(shop('<p>个人也能收款，无需营业执照</p><p>深圳市示例云网络科技有限公司 91440300MA5H3K7QX7</p>'))).toEqual([]);
    expect(detect(shop('<p>经营者信息</p><p>深圳市示例云网络科技有限公司 91440300MA5H3K7QX7</p>'))).toHaveLength(1);
  });

  it('does not pair a name and a code that are far apart outside the footer', () => {
    const filler = '<p>说明一</p><p>说明二</p><p>说明三</p>'.repeat(4);
    expect(detect(shop(`<p>运营主体：深圳市示例云网络科技有限公司</p>${filler}<p>统一社会信用代码：91440300MA5H3K7QX7</p>${filler}`))).toEqual([]);
  });

  it('rejects words that are no name (本公司, 该有限公司)', () => {
    expect(detect(shop('<p>本有限公司 统一社会信用代码：91440300MA5H3K7QX7</p>'))).toEqual([]);
  });

  it('stays silent on pages that are not shops (an article quoting a company)', () => {
    const html = '<!-- url: https://news.example/a/9 --><article><p>页脚公示了深圳市示例云网络科技有限公司和统一社会信用代码 91440300MA5H3K7QX7。</p></article>';
    expect(detect(html)).toEqual([]);
  });

  it('is page evidence only: with nothing verified the shop stays amber, never green', () => {
    expect(GREEN_EVIDENCE.has('company-identity-shown')).toBe(false);
    const signals = detect(readFileSync(match[0]!, 'utf8'));
    const shopSignal: Signal = { id: 'shop-detected', severity: 'info', evidence: [], source: { kind: 'page' }, params: {} };
    const v = buildVerdict({
      url: 'https://t.example/', domain: 't.example', isShop: true, signals: [shopSignal, ...signals],
      sources: { page: { state: 'ok' }, icp: { state: 'off' }, rdap: { state: 'off' }, list: { state: 'off' } },
      override: null, checkedAt: FIXTURE_NOW, truncated: false,
    });
    expect(signals).toHaveLength(1);
    expect(v.light).toBe('amber');
    expect(v.rule).toBe('unverified');
  });
});
