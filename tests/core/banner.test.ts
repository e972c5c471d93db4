import { describe, expect, it } from 'vitest';
import { bannerDecision } from '../../lib/core/banner';
import type { Signal, Verdict } from '../../lib/core/types';
import type { SignalId } from '../../lib/core/signal-ids';

const s = (id: SignalId, severity: Signal['severity'] = 'info'): Signal => ({ id, severity, evidence: [], source: { kind: 'page' }, params: {} });
const v = (light: Verdict['light'], ids: SignalId[], isShop = true, rule: Verdict['rule'] = 'danger') => ({ light, isShop, rule, signals: ids.map((id) => s(id)) });

describe('bannerDecision', () => {
  it.each([
    ['red shop on load', v('red', ['icp-filing-invalid']), true],
    ['red shop asking for money', v('red', ['payment-step']), true],
    ['amber shop asking for money', v('amber', ['payment-step'], true, 'warn'), true],
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
      expect(d).toEqual({ show: true, tone: 'amber', paymentStep: true });
    });
    it('stays quiet on its product pages, and when nothing dangerous is found', () => {
      expect(bannerDecision(trusted('amber', [danger, s('user-trusted', 'good')]), null, 1000).show).toBe(false);
      expect(bannerDecision(trusted('green', [s('payment-step'), s('user-trusted', 'good')]), null, 1000).show).toBe(false);
    });
  });

  it('stays away for a day after "我已了解"', () => {
    const red = v('red', ['payment-step']);
    expect(bannerDecision(red, 5000, 1000).show).toBe(false);
    expect(bannerDecision(red, 500, 1000).show).toBe(true);
  });
});
