// The banner's one sentence (issue 11 item 11): whatever signal decides, it says 疑似 at most once and hedges at most
// once in English, leaves no {placeholder} and carries no payload (the code, number or term stays in the popup).
import { describe, expect, it } from 'vitest';
import { bannerWords } from '../../entrypoints/background/banner-text';
import { SIGNAL_IDS, type SignalId } from '../../lib/core/signal-ids';
import type { Verdict } from '../../lib/core/types';
import { signalsEn } from '../../lib/i18n/signals/en';
import { signalsZh } from '../../lib/i18n/signals/zh-CN';

const PAYLOAD = 'wxp://f2f0PAYLOADXYZ';
/** Every placeholder of the signal's titles, filled with a payload-like value. */
const paramsOf = (id: SignalId) => Object.fromEntries([...`${signalsZh[id].title} ${signalsEn[id].title}`.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, PAYLOAD]));
const verdictFor = (id: SignalId): Verdict => ({
  url: 'https://shop.example/pay', domain: 'shop.example', isShop: true, light: 'red', rule: 'danger',
  headline: { key: 'headline.danger', params: { signal: id } },
  signals: [{ id, severity: 'danger', evidence: [], source: { kind: 'page' }, params: paramsOf(id) }],
  advice: [], sources: {} as Verdict['sources'], checkedAt: 0, rulesetVersion: 'test', truncated: false,
} as unknown as Verdict);
const HEDGES_EN = /\b(likely|probably|possibly|may|might|could)\b/gi;

describe('the banner sentence', () => {
  it.each(SIGNAL_IDS.map((id) => [id]))('%s: 疑似 at most once, one English hedge at most, no placeholder', (id) => {
    for (const decision of [{ show: true, tone: 'red', paymentStep: false }, { show: true, tone: 'red', paymentStep: true }, { show: true, tone: 'amber', paymentStep: true, trusted: true }] as const) {
      const zh = bannerWords('zh-CN', verdictFor(id), decision).text;
      const en = bannerWords('en', verdictFor(id), decision).text;
      expect(zh.split('疑似').length - 1, zh).toBeLessThanOrEqual(1);
      expect(en.match(HEDGES_EN)?.length ?? 0, en).toBeLessThanOrEqual(1);
      expect(zh + en).not.toMatch(/\{\w+\}/);
    }
  });

  it('names the reason without its payload, and offers 离开此网站', () => {
    const w = bannerWords('zh-CN', verdictFor('payment-personal-qr'), { show: true, tone: 'red', paymentStep: true });
    expect(w.text).toBe('请先不要付款：疑似个人收款码。');
    expect(w.text).not.toContain(PAYLOAD);
    expect([w.leaveLabel, w.reasonsLabel, w.dismissLabel]).toEqual(['离开此网站', '查看原因', '我已了解']);
    expect(bannerWords('en', verdictFor('payment-personal-qr'), { show: true, tone: 'red', paymentStep: true }).text).toBe('Do not pay yet: Probably a personal payment code.');
  });

  it('is shorter on a trusted site with danger at the payment step', () => {
    const trusted = bannerWords('zh-CN', verdictFor('payment-personal-qr'), { show: true, tone: 'amber', paymentStep: true, trusted: true }).text;
    const amber = bannerWords('zh-CN', verdictFor('payment-personal-qr'), { show: true, tone: 'amber', paymentStep: true }).text;
    expect(trusted).toContain('你信任了此网站');
    expect(trusted.length).toBeLessThan(amber.length);
  });
});
