import type { Light, Verdict } from './types';

/**
 * Advice keys (texts in lib/i18n) for a verdict. The seeds of every piece: pay only through licensed merchant
 * channels or escrow, test with a small order, keep records, report (design.md "Verdict rules").
 */
export function adviceFor(light: Light, rule: Verdict['rule']): string[] {
  if (rule === 'not-shop') return [];
  if (light === 'red') return ['advice.do-not-pay', 'advice.licensed-channels', 'advice.keep-records', 'advice.report'];
  if (light === 'amber') return ['advice.licensed-channels', 'advice.small-order', 'advice.keep-records', 'advice.report'];
  if (light === 'green') return ['advice.still-careful', 'advice.keep-records'];
  return [];
}

/**
 * The one line "现在怎么做" under the popup's headline (an i18n key), or null when there is nothing to do (grey).
 * It follows the deciding rule, not only the light: a trusted site is the person's choice, never "verified".
 */
export function nowAdviceFor(light: Light, rule: Verdict['rule']): string | null {
  if (light === 'red') return 'popup.now.red';
  if (rule === 'user-override') return light === 'green' ? 'popup.now.trusted' : 'popup.now.trusted-danger';
  if (light === 'amber') return rule === 'unverified' ? 'popup.now.unverified' : 'popup.now.warn';
  if (light === 'green') return 'popup.now.green';
  return null;
}
