// The one "time ago" rule: how old something is, in the largest unit that reads naturally. The source line's
// "5 分钟前的数据" (ageText in ./index) and the options page's "3 天前" (relativeAge) both come from ageUnit.
import type { Locale } from './index';

export type AgeUnit = { unit: 'now' | 'minute' | 'hour' | 'day'; n: number };

/** Under a minute → now; minutes under an hour; hours under two days; days after. Future times read as now. */
export function ageUnit(ms: number): AgeUnit {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return { unit: 'now', n: 0 };
  if (minutes < 60) return { unit: 'minute', n: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { unit: 'hour', n: hours };
  return { unit: 'day', n: Math.round(hours / 24) };
}

/** "3 天前" / "3 days ago" / "this minute", in the locale's own words (Intl.RelativeTimeFormat). */
export function relativeAge(locale: Locale, then: number, now: number): string {
  const { unit, n } = ageUnit(now - then);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-n, unit === 'now' ? 'minute' : unit);
}
