// The verdict travels with the tab's popup (issue 11/12: the popup paints a cached verdict within ~1.2× an empty page).
// When the background publishes a tab's verdict it also sets that tab's popup to `popup.html#<this>`, so the popup's
// first screen has the verdict the moment its script runs: no tab query, no storage read, no message to the page.
// Browsers reset a tab's own popup when the tab loads another document, and the background then asks the tab which
// document it shows and puts the plain popup back when it is not the verdict's (entrypoints/background/handlers.ts),
// so the popup never shows the previous page's verdict. A verdict too large for a comfortable URL is not carried:
// the popup reads it from storage.session as before. Checked by hand on the popup side (verdict-peek.ts).

/** popup.html's <meta name> that names its module script, which popup-first.js loads after the first paint. */
export const POPUP_VIEW_META = 'kadun-view';

/** Encoded size above which the verdict stays in storage only (typical verdicts are 1–6 KB encoded). */
export const POPUP_HASH_MAX = 48_000;

export type PopupHash = { tabId: number; doc: string; verdict: unknown };

/** `k=<json>` for the fragment, or null when it would be larger than POPUP_HASH_MAX. */
export function encodePopupHash(p: PopupHash): string | null {
  const out = `k=${encodeURIComponent(JSON.stringify({ t: p.tabId, d: p.doc, v: p.verdict }))}`;
  return out.length <= POPUP_HASH_MAX ? out : null;
}

/** The fragment's content (without `#`) back, or null for anything that is not one. The verdict is left unchecked. */
export function decodePopupHash(fragment: string): PopupHash | null {
  if (!fragment.startsWith('k=') || fragment.length > POPUP_HASH_MAX) return null;
  try {
    const raw = JSON.parse(decodeURIComponent(fragment.slice(2))) as { t?: unknown; d?: unknown; v?: unknown };
    if (!Number.isInteger(raw.t) || (raw.t as number) < 0 || typeof raw.d !== 'string' || raw.d.length > 100 || raw.v === undefined) return null;
    return { tabId: raw.t as number, doc: raw.d, verdict: raw.v };
  } catch {
    return null;
  }
}
