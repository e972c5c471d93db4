// "复制警告": a short, hedged text for a chat group (issue 11 item 10). Pure: the words come from lib/i18n, the facts
// from the verdict. Only the registrable domain is named — never the URL, its path or query (a shop's order page can
// carry an order number or a token) — with the light, at most three top reasons and the day it was checked.
import type { Light, Signal, Verdict } from './types';

export type ShareWords = {
  /** The first line, e.g. "【卡盾提醒】{domain} 疑似高风险（{date} 检查）", filled by the caller's i18n. */
  heading: (light: Light, params: { domain: string; date: string }) => string;
  /** A signal's plain headline (no payload). */
  reason: (id: string) => string;
  footer: string;
};

export const SHARE_MAX_REASONS = 3;

/** The day `at` falls on in UTC+8 (mainland China), as YYYY-MM-DD: the same date whoever reads the chat. */
export function shareDate(at: number): string {
  return new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The reasons worth sharing: danger, then warn; on a green verdict, its positive evidence. The person's own marks are left out. */
function reasonsOf(light: Light, signals: readonly Pick<Signal, 'id' | 'severity'>[]): string[] {
  const wanted = light === 'green' ? ['good'] : light === 'grey' ? [] : ['danger', 'warn'];
  const ids = signals.filter((s) => wanted.includes(s.severity) && !s.id.startsWith('user-')).map((s) => s.id);
  return [...new Set(ids)];
}

export function shareText(verdict: Pick<Verdict, 'domain' | 'light' | 'signals' | 'checkedAt'>, words: ShareWords): string {
  const reasons = [...new Set(reasonsOf(verdict.light, verdict.signals).map(words.reason))].slice(0, SHARE_MAX_REASONS);
  return [
    words.heading(verdict.light, { domain: verdict.domain, date: shareDate(verdict.checkedAt) }),
    ...reasons.map((r) => `· ${r}`),
    words.footer,
  ].join('\n');
}
