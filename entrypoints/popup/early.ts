// The popup's first requests, sent by its entry script (main.tsx) before React, the view and zod are even loaded:
// the service worker's answers travel while that code is fetched and parsed (issue 12 item 4). Replies stay raw here
// (no zod in this chunk); ./first-load.ts checks them with zod/mini. Failures are kept as values, so nothing is an
// unhandled rejection while the rest of the popup loads.
import { loadLocale } from '../../lib/i18n';
import { MSG } from '../../lib/messaging/names';
import { browserLocale } from '../_shared/locale';
import { send, targetTabId } from '../_shared/runtime';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
export type Early = {
  /** The raw `settings/get` reply. */
  language: Promise<Settled<unknown>>;
  /** The tab and the raw `verdict/get` reply for it (null without a tab). */
  verdict: Promise<Settled<{ tabId: number | null; raw: unknown }>>;
};

const settle = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

export function askEarly(): Early {
  // The browser's language is the likely one: its texts start loading now too (pageLocale awaits the same promise).
  void loadLocale(browserLocale()).catch(() => undefined);
  return {
    language: settle(send({ type: MSG.settingsGet, payload: {} })),
    verdict: settle(targetTabId().then(async (tabId) => ({ tabId, raw: tabId === null ? null : await send({ type: MSG.verdictGet, payload: { tabId } }) }))),
  };
}
