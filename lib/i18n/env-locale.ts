// The one locale rule for a process (the CLI, the demo): POSIX precedence over pickLocale. The browser's side is
// entrypoints/_shared/locale.ts (navigator.language through the same pickLocale).
import { pickLocale, type Locale } from './index';

/** LC_ALL, then LC_MESSAGES, then LANG; `zh_CN.UTF-8` → zh-CN. Unset or empty → `fallback`. */
export function envLocale(env: Record<string, string | undefined>, fallback: Locale): Locale {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return raw ? pickLocale(raw) : fallback;
}
