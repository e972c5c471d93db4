// The popup's first requests, made by its entry script (main.tsx) before React, the view and zod are even loaded.
// The tab's verdict is read straight from storage.session, where the service worker keeps it (no message: the worker
// may be asleep, and waking it costs more than the popup's whole first screen); only when that read fails is the
// worker asked. The language setting is asked for at the same time; its answer travels while the first screen is
// painted (in the last language shown, ../_shared/locale.ts) and the view is loaded. Replies stay raw here (no zod in
// this chunk); ./first-load.ts checks them with zod/mini. Failures are kept as values, so nothing is an unhandled
// rejection while the rest of the popup loads.
import { browser } from 'wxt/browser';
import { decodePopupHash } from '../../lib/core/popup-hash';
import { tabDocKey, tabVerdictKey } from '../../lib/core/session-keys';
import { registerFirstScreen, type Locale } from '../../lib/i18n';
import { firstScreenTexts } from '../../lib/i18n/first-screen-texts';
import { MSG } from '../../lib/messaging/names';
import { lastLocale } from '../_shared/locale';
import { send, targetTabId } from '../_shared/runtime';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
export type Early = {
  /** The raw `settings/get` reply. */
  language: Promise<Settled<unknown>>;
  /** The tab and the raw `verdict/get` reply for it (null without a tab); from storage, in the reply's envelope. */
  verdict: Promise<Settled<{ tabId: number | null; raw: unknown }>>;
  /** For the first screen: the language it is painted in, and the stored verdict, unchecked. */
  first?: Promise<{ locale: Locale; tabId: number | null; stored: unknown } | null>;
};

const settle = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

/**
 * The stored verdict (undefined: none), or null when the worker must be asked: storage.session cannot be read, or the
 * stored verdict is not for the document the tab shows now. Ordinary pages never report (docs/no-wake.md), so after a
 * red shop the tab's entry stays until its next report: the tab's own content script says which document it shows
 * (`doc/sync`, answered at once by a page that has reported) — or the popup's URL does, which the browser resets when
 * the tab loads another document — and the verdict is used only when the tab's newest snapshot (`doc:N`) is that
 * document at the verdict's address. No KaDun script in the tab (a browser page): none.
 */
async function readStored(tabId: number, shown: Promise<string | undefined>): Promise<{ value: unknown } | null> {
  try {
    const keys = [tabVerdictKey(tabId), tabDocKey(tabId)];
    const [stored, doc] = await Promise.all([browser.storage.session.get(keys), shown]);
    if (doc === undefined) return { value: undefined };
    const value = stored[keys[0]!];
    const claim = stored[keys[1]!] as { id?: unknown; url?: unknown } | undefined;
    const url = (value as { url?: unknown } | undefined)?.url;
    return value !== undefined && claim?.id === doc && typeof url === 'string' && url === claim.url ? { value } : null;
  } catch {
    return null;
  }
}

/** The tab's document id from its content script, or undefined when none answers. */
const tabDocument = (tabId: number): Promise<string | undefined> =>
  browser.tabs.sendMessage(tabId, { type: MSG.docSync }, { frameId: 0 }).then(
    (r) => ((r as { doc?: unknown } | undefined)?.doc as string | undefined) ?? undefined,
    () => undefined,
  );

/** A step of the boot on the page's own timeline (`npm run bench -- --only popup --marks` prints them). */
const mark = <T>(name: string) => (value: T) => (performance.mark(`kadun:${name}`), value);

export function askEarly(): Early {
  mark('boot')(0);
  // The first screen's few texts are in this chunk (the language's whole table loads with React's view).
  const locale = lastLocale();
  registerFirstScreen(locale, firstScreenTexts[locale]);
  // The tab's own popup names its tab and document (lib/core/popup-hash.ts; popup-first.js painted the screen it
  // carries): the verdict is read for that document, with no message to the tab. Otherwise (a screen too large for the
  // URL, the popup opened in a tab with ?tabId=, an older worker): the tab, storage and the page are asked.
  const carried = location.search ? null : decodePopupHash(location.hash.slice(1));
  const stored = (carried
    ? readStored(carried.tabId, Promise.resolve(carried.doc)).then((s) => ({ tabId: carried.tabId as number | null, stored: s }))
    : targetTabId().then(async (tabId) => ({ tabId, stored: tabId === null ? null : await readStored(tabId, tabDocument(tabId)) }))).then(mark('stored'));
  return {
    language: settle(send({ type: MSG.settingsGet, payload: {} })),
    verdict: settle(stored.then(async ({ tabId, stored: s }) => ({
      tabId,
      // What the worker's `verdict/get` answers is this very value: the same envelope keeps one check (first-load).
      raw: tabId === null ? null : s ? { ok: true, data: s.value ?? null } : await send({ type: MSG.verdictGet, payload: { tabId } }),
    }))),
    first: stored.then(({ tabId, stored: s }) => (s ? { locale, tabId, stored: s.value } : null), () => null),
  };
}
