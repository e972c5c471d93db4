// What every extension page (popup, report, history, options) needs from the browser: a message sender for the
// contracts client, and the UI language (the person's setting, else the browser's). Both first-paint requests go
// through lib/messaging/first-paint.ts (zod/mini), so a page can show something before zod's full API is parsed.
import { browser } from 'wxt/browser';
import { loadLocale, type Locale } from '../../lib/i18n';
import { getLanguage } from '../../lib/messaging/first-paint';
import { browserLocale } from './locale';

export const send = (m: unknown) => browser.runtime.sendMessage(m);

/** The language to show, once its texts are loaded (lib/i18n loadLocale: the popup loads only that one). */
export async function pageLocale(): Promise<Locale> {
  const fallback = browserLocale();
  // Fetched while the setting is asked for: it is the language unless the person chose another one in the options.
  const likely = loadLocale(fallback);
  let locale: Locale;
  try {
    const language = await getLanguage(send);
    locale = language === 'auto' ? fallback : language;
  } catch {
    locale = fallback;
  }
  await likely;
  await loadLocale(locale);
  return locale;
}

/** `?tabId=N` (tests, the banner's "查看原因") or the active tab. */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
