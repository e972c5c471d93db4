// The browser's language: platform code, so it lives beside the entrypoints rather than in the pure lib/i18n.
import { LOCALES, pickLocale, type Locale } from '../../lib/i18n';
import { LAST_LOCALE } from './locale-key';

/**
 * The browser's language, the same in the service worker and in pages. (`i18n.getUILanguage()` disagrees between
 * the two in Chromium's headless mode; `navigator.language` does not.)
 */
export function browserLocale(): Locale {
  return pickLocale(globalThis.navigator?.language);
}

// The language the pages last showed, kept in the extension's own localStorage (read synchronously, no worker): the
// popup paints its first screen in it before the person's setting arrives from the service worker. Only a hint —
// the setting decides, and a page that learns it writes it here (./page-env.ts pageLocale), under ./locale-key.ts.
export function lastLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(LAST_LOCALE);
    return (LOCALES as readonly (string | null | undefined)[]).includes(saved) ? (saved as Locale) : browserLocale();
  } catch {
    return browserLocale();
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LAST_LOCALE, locale);
  } catch {
    // No localStorage (a test in Node, storage disabled): the first screen falls back to the browser's language.
  }
}
