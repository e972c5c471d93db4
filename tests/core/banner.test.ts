import { describe, expect, it } from 'vitest';
import { bannerDecision, bannerPageKey } from '../../lib/core/banner';
import type { Signal, Verdict } from '../../lib/core/types';
import type { SignalId } from '../../lib/core/signal-ids';

const s = (id: SignalId, severity: Signal['severity'] = 'info'): Signal => ({ id, severity, evidence: [], source: { kind: 'page' }, params: {} });
const v = (light: Verdict['light'], ids: SignalId[], isShop = true, rule: Verdict['rule'] = 'danger') => ({ light, isShop, rule, signals: ids.map((id) => s(id)) });
const warnOf = (id: SignalId) => s(id, 'warn');

describe('bannerDecision', () => {
  it.each([
    ['red shop on load', v('red', ['icp-filing-invalid']), true],
    ['red shop asking for money', v('red', ['payment-step']), true],
    ['amber shop asking for money, with a warning', { ...v('amber', ['payment-step'], true, 'warn'), signals: [warnOf('payment-unlicensed-gateway'), s('payment-step')] }, true],
    // Issue 11 item 5: amber that only means "could not verify" has nothing to warn about.
    ['amber "unverified" shop asking for money, no warning at all', v('amber', ['payment-step', 'shop-detected'], true, 'unverified'), false],
    ['amber shop product list', v('amber', ['icp-filing-missing'], true, 'warn'), false],
    ['green shop asking for money', v('green', ['payment-step'], true, 'verified'), false],
    ['not a shop, even if red', v('red', ['impersonation'], false), false],
    ['the person blocked it themselves', v('red', ['user-blocked'], true, 'user-override'), false],
  ])('%s', (_n, verdict, show) => {
    expect(bannerDecision(verdict, null, 1000).show).toBe(show);
  });

  describe('a site the person trusts', () => {
    const trusted = (light: Verdict['light'], signals: Signal[]) => ({ light, isShop: true, rule: 'user-override' as const, signals });
    const danger = s('payment-personal-qr', 'danger');
    it('still warns at the payment step when KaDun finds danger, even after 我已了解', () => {
      const d = bannerDecision(trusted('amber', [danger, s('payment-step'), s('user-trusted', 'good')]), 5000, 1000);
      expect(d).toEqual({ show: true, tone: 'amber', paymentStep: true, trusted: true });
    });
    it('stays quiet on its product pages, and when nothing dangerous is found', () => {
      expect(bannerDecision(trusted('amber', [danger, s('user-trusted', 'good')]), null, 1000).show).toBe(false);
      expect(bannerDecision(trusted('green', [s('payment-step'), s('user-trusted', 'good')]), null, 1000).show).toBe(false);
    });
  });

  it('stays away from that page for a day after "我已了解"', () => {
    const red = v('red', ['icp-filing-invalid']);
    expect(bannerDecision(red, 5000, 1000).show).toBe(false);
    expect(bannerDecision(red, 500, 1000).show).toBe(true);
  });

  it('a dismissal never mutes a payment step (issue 11 item 2)', () => {
    expect(bannerDecision(v('red', ['icp-filing-invalid', 'payment-step']), 5000, 1000)).toEqual({ show: true, tone: 'red', paymentStep: true });
    const amber = { ...v('amber', ['payment-step'], true, 'warn'), signals: [warnOf('payment-unlicensed-gateway'), s('payment-step')] };
    expect(bannerDecision(amber, 5000, 1000)).toEqual({ show: true, tone: 'amber', paymentStep: true });
  });
});

describe('bannerPageKey: a dismissal is for one page', () => {
  it.each([
    ['https://shop.example/goods/1#buy', 'https://shop.example/goods/1'],
    ['https://shop.example/goods/1?id=2', 'https://shop.example/goods/1?id=2'],
    ['http://shop.example', 'http://shop.example/'],
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
  ])('%s → %s', (url, key) => {
    expect(bannerPageKey(url)).toBe(key);
  });
});
