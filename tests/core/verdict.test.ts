// Table-driven cases for the ordered verdict rules of design.md.
import { describe, expect, it } from 'vitest';
import type { Severity, Signal } from '../../lib/core/types';
import type { SignalId } from '../../lib/core/signal-ids';
import { buildVerdict, type Override } from '../../lib/core/verdict';

const sig = (id: SignalId, severity: Severity): Signal => ({ id, severity, evidence: [], source: { kind: 'page' }, params: {} });
const off = { state: 'off' as const };
const sources = { page: { state: 'ok' as const }, icp: off, rdap: off, list: off };

type Case = { name: string; isShop: boolean; signals: Signal[]; override?: Override; light: string; rule: string };
const CASES: Case[] = [
  { name: 'trusting a site with danger is amber, never green', isShop: true, signals: [sig('icp-filing-invalid', 'danger')], override: 'trusted', light: 'amber', rule: 'user-override' },
  { name: 'trusting a site without danger is green', isShop: true, signals: [sig('icp-filing-missing', 'warn')], override: 'trusted', light: 'green', rule: 'user-override' },
  { name: 'blocked override beats verified', isShop: true, signals: [sig('icp-record-verified', 'good')], override: 'blocked', light: 'red', rule: 'user-override' },
  { name: 'confirmed list entry on a non-shop page', isShop: false, signals: [sig('list-confirmed', 'danger')], light: 'red', rule: 'list-confirmed' },
  { name: 'danger signal', isShop: true, signals: [sig('shop-detected', 'info'), sig('icp-filing-invalid', 'danger')], light: 'red', rule: 'danger' },
  { name: 'danger beats good evidence', isShop: true, signals: [sig('icp-record-verified', 'good'), sig('payment-personal-qr', 'danger')], light: 'red', rule: 'danger' },
  { name: 'warn signal', isShop: true, signals: [sig('icp-filing-missing', 'warn')], light: 'amber', rule: 'warn' },
  { name: 'warn beats good evidence', isShop: true, signals: [sig('official-vendor', 'good'), sig('domain-young', 'warn')], light: 'amber', rule: 'warn' },
  { name: 'not a shop, nothing listed', isShop: false, signals: [], light: 'grey', rule: 'not-shop' },
  { name: 'not a shop but on the allow list', isShop: false, signals: [sig('list-allowed', 'good')], light: 'green', rule: 'verified' },
  { name: 'verified ICP record', isShop: true, signals: [sig('shop-detected', 'info'), sig('icp-record-verified', 'good')], light: 'green', rule: 'verified' },
  { name: 'official vendor', isShop: true, signals: [sig('official-vendor', 'good')], light: 'green', rule: 'verified' },
  { name: 'good page signals alone are not proof', isShop: true, signals: [sig('refund-terms-shown', 'good'), sig('company-identity-shown', 'good')], light: 'amber', rule: 'unverified' },
  { name: 'a shop with nothing at all is amber, never green', isShop: true, signals: [sig('shop-detected', 'info')], light: 'amber', rule: 'unverified' },
];

describe('buildVerdict: ordered rules', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s', (_n, c) => {
    const v = buildVerdict({ url: 'https://shop.example/', domain: 'shop.example', isShop: c.isShop, signals: c.signals, sources, override: c.override ?? null, checkedAt: 1, truncated: false });
    expect(v.light).toBe(c.light);
    expect(v.rule).toBe(c.rule);
  });

  it('keeps every signal, sorted danger → warn → good → info, and names the deciding one in the headline', () => {
    const v = buildVerdict({
      url: 'https://shop.example/', domain: 'shop.example', isShop: true, override: null, checkedAt: 1, truncated: false, sources,
      signals: [sig('shop-detected', 'info'), sig('refund-terms-shown', 'good'), sig('icp-filing-missing', 'warn'), sig('icp-filing-invalid', 'danger'), sig('uscc-invalid', 'warn')],
    });
    expect(v.signals.map((s) => s.severity)).toEqual(['danger', 'warn', 'warn', 'good', 'info']);
    expect(v.headline).toEqual({ key: 'headline.danger', params: { signal: 'icp-filing-invalid', more: 0 } });
    expect(v.advice).toContain('advice.do-not-pay');
  });

  it('adds the user override as a visible signal', () => {
    const v = buildVerdict({ url: 'https://shop.example/', domain: 'shop.example', isShop: true, signals: [], sources, override: 'blocked', checkedAt: 1, truncated: false });
    expect(v.signals.map((s) => s.id)).toEqual(['user-blocked']);
  });
});
