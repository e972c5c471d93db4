// Verdict → what the CLI prints: one JSON object (design.md "CLI contract"), or a short report for people.
import { SEVERITIES } from '../../lib/core/schemas';
import type { Light, SourceStatus, Verdict } from '../../lib/core/types';
import { headlineText, LIGHT_SHAPE, lightLabel, reasonText, signalText, t, type Locale } from '../../lib/i18n';
import { envLocale } from '../../lib/i18n/env-locale';
import '../../lib/i18n/all';
import { uiZh, type UiKey } from '../../lib/i18n/ui.zh-CN';

export function toJson(v: Verdict): Record<string, unknown> {
  return {
    url: v.url,
    domain: v.domain,
    isShop: v.isShop,
    light: v.light,
    rule: v.rule,
    signals: v.signals.map(({ id, severity, evidence, source, params }) => ({ id, severity, evidence, source, params })),
    sources: v.sources,
    headline: headlineText('zh-CN', v),
    headlineKey: v.headline.key,
    headlineParams: v.headline.params,
    advice: v.advice,
    checkedAt: v.checkedAt,
    rulesetVersion: v.rulesetVersion,
    truncated: v.truncated,
  };
}

/** POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG. `zh_CN.UTF-8` → zh-CN; anything else, or nothing, → en. */
export function terminalLocale(env: Record<string, string | undefined>): Locale {
  // An unset or C/POSIX locale is not a Chinese terminal: English there.
  return envLocale(env, 'en');
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  return isTTY && !env.NO_COLOR;
}

// The light is always a word and a symbol; colour only repeats it.
const COLOR: Record<Light, number> = { red: 31, amber: 33, green: 32, grey: 90 };

export function renderReport(v: Verdict, locale: Locale, color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[0m` : s);
  const colon = t(locale, 'ui.colon');
  const lines: string[] = [];
  lines.push(`${t(locale, 'app.name')}${colon}${paint(COLOR[v.light], `${LIGHT_SHAPE[v.light]} ${lightLabel(locale, v)}`)}`);
  lines.push(bold(headlineText(locale, v)));
  lines.push(`${t(locale, 'ui.domain')}${colon}${v.domain || v.url}`);
  if (v.truncated) lines.push(t(locale, 'ui.truncated'));

  lines.push('', bold(t(locale, 'ui.reasons')));
  if (v.signals.length === 0) lines.push(`  ${t(locale, 'ui.no-signals')}`);
  for (const severity of SEVERITIES) {
    const group = v.signals.filter((s) => s.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${t(locale, `severity.${severity}`)}`);
    for (const s of group) {
      lines.push(`    • ${signalText(locale, s).title}`);
      const first = s.evidence[0];
      if (first) lines.push(`      “${first.quote}”${first.where ? ` (${first.where})` : ''}`);
    }
  }

  lines.push('', bold(t(locale, 'ui.sources')));
  for (const id of ['page', 'icp', 'rdap', 'list'] as const) {
    lines.push(`  ${t(locale, `source.${id}`)}${colon}${sourceLine(locale, v.sources[id])}`);
  }

  if (v.advice.length > 0) {
    lines.push('', bold(t(locale, 'ui.advice')));
    for (const key of v.advice) lines.push(`  • ${isUiKey(key) ? t(locale, key) : key}`);
  }
  return lines.join('\n') + '\n';
}

function sourceLine(locale: Locale, s: SourceStatus): string {
  const state = t(locale, `source.state.${s.state}`);
  if (!s.reason) return state;
  const reason = reasonText(locale, s.reason);
  return locale === 'en' ? `${state} (${reason})` : `${state}（${reason}）`;
}

function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(uiZh, key);
}
