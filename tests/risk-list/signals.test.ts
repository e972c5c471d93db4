import { describe, expect, it } from 'vitest';
import { signalSchema } from '../../lib/core/schemas';
import { LIST_SIGNAL_IDS } from '../../lib/core/signal-ids';
import { buildVerdict } from '../../lib/core/verdict';
import { fill } from '../../lib/i18n';
import type { SignalTextPart } from '../../lib/i18n/signals/types';
import { listTexts, withListLabels } from '../../lib/i18n/signals/list';
import { compileList } from '../../lib/risk-list/lookup';
import { listSignals } from '../../lib/risk-list/signals';
import { allowed, confirmed, entry, list, NOW } from './helpers';

const sample = list({
  version: 9,
  entries: [confirmed('scam.example', { evidence: ['https://evidence.example/1', 'https://evidence.example/2'] }), entry('reported.test')],
  allow: [allowed('vendor.example')],
});
const c = compileList(sample, NOW);
const info = { version: c.version, generatedAt: c.generatedAt };
const off = { state: 'off' as const };
const verdictOf = (domain: string) => buildVerdict({
  url: `https://${domain}/`, domain, isShop: true, signals: listSignals(c.match(domain), info), override: null, checkedAt: NOW, truncated: false,
  sources: { page: { state: 'ok' }, icp: off, rdap: off, list: { state: 'ok' } },
});

describe('listSignals', () => {
  it('turns a confirmed entry into list-confirmed (danger) with the evidence links and the list as source', () => {
    const [s, ...rest] = listSignals(c.match('www.scam.example'), info);
    expect(rest).toEqual([]);
    expect(signalSchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      id: 'list-confirmed', severity: 'danger',
      source: { kind: 'provider', provider: 'risk-list', fetchedAt: Date.parse('2026-11-20T00:00:00Z'), version: '9' },
      params: { domain: 'scam.example', category: 'personal-payment', firstSeen: '2026-10-01', lastSeen: '2026-11-01' },
      evidence: [{ quote: 'https://evidence.example/1', where: 'list' }, { quote: 'https://evidence.example/2', where: 'list' }],
    });
  });

  it('reported → list-reported (warn); allow → list-allowed (good); nothing → no signal', () => {
    expect(listSignals(c.match('reported.test'), info).map((s) => [s.id, s.severity])).toEqual([['list-reported', 'warn']]);
    expect(listSignals(c.match('pay.vendor.example'), info).map((s) => [s.id, s.severity])).toEqual([['list-allowed', 'good']]);
    expect(listSignals(c.match('other.example'), info)).toEqual([]);
  });

  it('drives the verdict rules: confirmed → red, reported → amber, allowed → green evidence', () => {
    expect(verdictOf('scam.example')).toMatchObject({ light: 'red', rule: 'list-confirmed' });
    expect(verdictOf('reported.test')).toMatchObject({ light: 'amber', rule: 'warn' });
    expect(verdictOf('vendor.example')).toMatchObject({ light: 'green', rule: 'verified' });
  });
});

describe('list texts', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('zh and en describe every list id with the same placeholders, each one a param the signal has', () => {
    const params = new Set(['domain', 'category', 'note', 'firstSeen', 'lastSeen', 'expires', 'evidenceCount', 'listVersion', 'kind', 'reason']);
    expect(Object.keys(listTexts.zh).sort()).toEqual([...LIST_SIGNAL_IDS].sort());
    expect(Object.keys(listTexts.en).sort()).toEqual([...LIST_SIGNAL_IDS].sort());
    for (const id of LIST_SIGNAL_IDS) {
      const zh = listTexts.zh[id]!;
      const en = listTexts.en[id]!;
      for (const k of ['title', 'explain', 'action'] as const) {
        expect(placeholders(en[k] ?? ''), `${id}.${k}`).toEqual(placeholders(zh[k] ?? ''));
        for (const p of placeholders(zh[k] ?? '')) expect(params.has(p!), `${id}: {${p}}`).toBe(true);
      }
    }
  });

  it('is hedged and says how to appeal', () => {
    for (const id of ['list-confirmed', 'list-reported'] as const) {
      expect(listTexts.zh[id]!.explain).toMatch(/误报申诉/);
      expect(listTexts.zh[id]!.explain).toMatch(/可能/);
      expect(listTexts.en[id]!.explain).toMatch(/误报申诉/);
    }
  });

  it('fills every placeholder of a real signal, with category names', () => {
    for (const domain of ['scam.example', 'reported.test', 'vendor.example']) {
      for (const lang of ['zh', 'en'] as const) {
        const s = listSignals(c.match(domain), info)[0]!;
        const t = (listTexts[lang] as SignalTextPart)[s.id]!;
        const params = withListLabels(lang, s.params);
        for (const text of [t.title, t.explain, t.action ?? '']) expect(fill(text, params)).not.toMatch(/\{\w+\}/);
      }
    }
    expect(withListLabels('zh', { category: 'personal-payment' }).category).toBe('个人收款');
  });
});
