// When the in-page banner shows (design: issue "warn at the moment of paying"): a red shop page on load, or a red
// or amber shop page that is asking for money now. Never on pages that are not shops; never for an amber that only
// means "could not verify" (no warn signal: issue 11 item 5 — there is nothing to warn about, only a next step in the
// popup). "我已了解" hides it for THAT PAGE (its URL without the fragment) for a day, never for the whole site, and
// never at a payment step (issue 11 item 2): dismissing the warning on a goods list must not silence it at the QR code.
import type { Verdict } from './types';

export const BANNER_DISMISS_MS = 24 * 60 * 60 * 1000;

export type BannerDecision = { show: false } | { show: true; tone: 'red' | 'amber'; paymentStep: boolean; trusted?: true };

/** The page a dismissal is remembered for: the URL without its fragment (an in-page anchor is the same page). */
export function bannerPageKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href.slice(0, 2048);
  } catch {
    return null;
  }
}

/**
 * `dismissedUntil`: until when the person dismissed the banner on this page (bannerPageKey), or null. It never
 * applies to a payment step: the payment-step warning shows on every load of a payment page.
 */
export function bannerDecision(verdict: Pick<Verdict, 'isShop' | 'light' | 'signals' | 'rule'>, dismissedUntil: number | null, now: number): BannerDecision {
  if (!verdict.isShop) return { show: false };
  const paymentStep = verdict.signals.some((s) => s.id === 'payment-step');
  // A site the person trusts (or blocked) gets no banner, except a trusted site that still shows danger at the moment
  // it asks for money: the person's trust may have been talked into them ("插件误报，点信任就行").
  if (verdict.rule === 'user-override') {
    const trustedWithDanger = verdict.light === 'amber' && verdict.signals.some((s) => s.severity === 'danger');
    return trustedWithDanger && paymentStep ? { show: true, tone: 'amber', paymentStep, trusted: true } : { show: false };
  }
  if (!paymentStep && dismissedUntil !== null && dismissedUntil > now) return { show: false };
  if (verdict.light === 'red') return { show: true, tone: 'red', paymentStep };
  const warned = verdict.signals.some((s) => s.severity === 'warn' || s.severity === 'danger');
  if (verdict.light === 'amber' && paymentStep && warned) return { show: true, tone: 'amber', paymentStep };
  return { show: false };
}
