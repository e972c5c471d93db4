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
