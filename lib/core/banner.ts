// When the in-page banner shows (design: issue "warn at the moment of paying"): a red shop page on load, or a red
// or amber shop page that is asking for money now. Never on pages that are not shops, never after the person
// said "我已了解" for this site within the last day.
import type { Verdict } from './types';

export const BANNER_DISMISS_MS = 24 * 60 * 60 * 1000;

export type BannerDecision = { show: false } | { show: true; tone: 'red' | 'amber'; paymentStep: boolean };

export function bannerDecision(verdict: Pick<Verdict, 'isShop' | 'light' | 'signals' | 'rule'>, dismissedUntil: number | null, now: number): BannerDecision {
  if (!verdict.isShop) return { show: false };
  const paymentStep = verdict.signals.some((s) => s.id === 'payment-step');
  // A site the person trusts (or blocked) gets no banner, except a trusted site that still shows danger at the moment
  // it asks for money: the person's trust may have been talked into them ("插件误报，点信任就行").
  if (verdict.rule === 'user-override') {
    const trustedWithDanger = verdict.light === 'amber' && verdict.signals.some((s) => s.severity === 'danger');
    return trustedWithDanger && paymentStep ? { show: true, tone: 'amber', paymentStep } : { show: false };
  }
  if (dismissedUntil !== null && dismissedUntil > now) return { show: false };
  if (verdict.light === 'red') return { show: true, tone: 'red', paymentStep };
  if (verdict.light === 'amber' && paymentStep) return { show: true, tone: 'amber', paymentStep };
  return { show: false };
}
