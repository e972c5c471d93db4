// What every extension page (popup, report, history, options) needs from the browser: a message sender for the
// contracts client, and the UI language (the person's setting, else the browser's). The language is read through
// lib/messaging/first-paint.ts (zod/mini), so a page can show something before zod's full API is parsed.
import { loadLocale, type Locale } from '../../lib/i18n';
import { languageFrom } from '../../lib/messaging/first-paint';
import { browserLocale, rememberLocale } from './locale';
import { send } from './runtime';

export { send, targetTabId } from './runtime';

/**
 * The language to show, once its texts are loaded (lib/i18n loadLocale: the popup loads only that one). `raw`: a
 * `settings/get` reply already asked for (the popup's boot); otherwise it is asked for here.
 */
export async function pageLocale(raw?: Promise<unknown>): Promise<Locale> {
  const fallback = browserLocale();
  // Fetched while the setting is asked for: it is the language unless the person chose another one in the options.
  const likely = loadLocale(fallback);
  let locale: Locale;
  try {
    const language = languageFrom(await (raw ?? send({ type: 'settings/get', payload: {} })));
    locale = language === 'auto' ? fallback : language;
  } catch {
    locale = fallback;
  }
  await likely;
  await loadLocale(locale);
  rememberLocale(locale);
  return locale;
}
