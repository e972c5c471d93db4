// Every signal id has a plain headline in both languages (issue 11 item 4): no placeholders (so no payload can be
// chained in), hedged at most once, and the verdict's headline is that line alone — no "高风险：…：wxp://…（另有 1 项）".
import { describe, expect, it } from 'vitest';
import { SIGNAL_IDS } from '../../lib/core/signal-ids';
import { buildVerdict } from '../../lib/core/verdict';
import type { Signal } from '../../lib/core/types';
import { headlineMore, headlineText, lightLabel, signalHeadline } from '../../lib/i18n';
import { signalHeadlines } from '../../lib/i18n/signals/headlines';

const HEDGES_EN = /\b(probably|possibly|likely|may|might|perhaps|looks)\b/gi;

describe('signal headlines', () => {
  it('every id has a short headline in zh-CN and en', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(Object.keys(signalHeadlines[locale]).sort()).toEqual([...SIGNAL_IDS].sort());
      for (const id of SIGNAL_IDS) {
        const h = signalHeadlines[locale][id];
        expect(h, `${locale} ${id}`).toBeTruthy();
        expect(h.length, `${locale} ${id}`).toBeLessThanOrEqual(locale === 'en' ? 80 : 30);
      }
    }
  });

  it('carries no placeholder and no payload-like text (URLs, numbers, colons chaining a label)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const id of SIGNAL_IDS) {
        const h = signalHeadlines[locale][id];
        expect(h, `${locale} ${id}`).not.toMatch(/[{}]|:\/\/|\d{3,}|[:：]/);
      }
    }
  });

  it('hedges at most once: 疑似 once in Chinese, one of probably / may / possibly… in English', () => {
    for (const id of SIGNAL_IDS) {
      expect(signalHeadlines['zh-CN'][id].split('疑似').length - 1, id).toBeLessThanOrEqual(1);
      expect((signalHeadlines.en[id].match(HEDGES_EN) ?? []).length, id).toBeLessThanOrEqual(1);
    }
  });

  it('an unknown id (a row from another version) shows as itself', () => {
    expect(signalHeadline('zh-CN', 'retired-id')).toBe('retired-id');
  });
});

const signal = (id: Signal['id'], severity: Signal['severity'], params: Signal['params'] = {}): Signal => ({ id, severity, evidence: [], source: { kind: 'page' }, params });
const sources = { page: { state: 'ok' }, icp: { state: 'off' }, rdap: { state: 'off' }, list: { state: 'ok' } } as const;
const verdict = (signals: Signal[], override: 'trusted' | null = null) =>
  buildVerdict({ url: 'https://shop.example/pay', domain: 'shop.example', isShop: true, signals, sources, override, checkedAt: 1, truncated: false });

describe('the verdict headline', () => {
  const red = verdict([signal('payment-personal-qr', 'danger', { payload: 'wxp://f2f0abcdef' }), signal('payment-unlicensed-gateway', 'danger', { gateway: '码支付' })]);

  it('is the deciding signal\'s plain headline alone: no light label, no payload, no count chained on', () => {
    expect(headlineText('zh-CN', red)).toBe('收款码疑似是个人收款码，钱会直接进个人账户');
    expect(headlineText('en', red)).toBe('The payment code probably pays a private person');
    expect(headlineMore('zh-CN', red)).toBe('另有 1 项同类问题');
  });

  it('says nothing more when the deciding signal is alone', () => {
    expect(headlineMore('zh-CN', verdict([signal('icp-filing-missing', 'warn')]))).toBe('');
  });

  it('a trusted site with danger is the person\'s choice, with the number of dangers, never "verified"', () => {
    const trusted = verdict(red.signals, 'trusted');
    expect(headlineText('zh-CN', trusted)).toBe('你选择了信任（卡盾仍发现 2 项危险）');
    expect(headlineText('en', trusted)).toBe('You chose to trust it (KaDun still finds 2 danger(s))');
    expect(headlineMore('zh-CN', trusted)).toBe('');
    const clean = verdict([signal('refund-terms-shown', 'good')], 'trusted');
    expect(headlineText('zh-CN', clean)).not.toMatch(/已核实|已核验/);
    expect(headlineText('zh-CN', clean)).toContain('你选择了信任');
  });

  it('the light label of a trusted site is the person\'s choice; only verified evidence is 已核实', () => {
    expect(lightLabel('zh-CN', verdict([signal('refund-terms-shown', 'good')], 'trusted'))).toBe('你选择了信任');
    expect(lightLabel('zh-CN', verdict(red.signals, 'trusted'))).toBe('你选择了信任');
    expect(lightLabel('zh-CN', verdict([signal('official-vendor', 'good')]))).toBe('已核实');
    expect(lightLabel('en', red)).toBe('High risk');
  });
});
