// What every extension page (popup, report, history, options) needs from the browser: a message sender for the
// contracts client, and the UI language (the person's setting, else the browser's).
import { browser } from 'wxt/browser';
import type { Locale } from '../../lib/i18n';
import { browserLocale } from './locale';
import { request } from '../../lib/messaging/client';

export const send = (m: unknown) => browser.runtime.sendMessage(m);

export async function pageLocale(): Promise<Locale> {
  const fallback = browserLocale();
  try {
    const s = await request(send, 'settings/get', {});
    return s.language === 'auto' ? fallback : s.language;
  } catch {
    return fallback;
  }
}

/** `?tabId=N` (tests, the banner's "查看原因") or the active tab. */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
