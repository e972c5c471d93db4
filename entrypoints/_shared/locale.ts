// The browser's language: platform code, so it lives beside the entrypoints rather than in the pure lib/i18n.
import { pickLocale, type Locale } from '../../lib/i18n';

/**
 * The browser's language, the same in the service worker and in pages. (`i18n.getUILanguage()` disagrees between
 * the two in Chromium's headless mode; `navigator.language` does not.)
 */
export function browserLocale(): Locale {
  return pickLocale(globalThis.navigator?.language);
}
