// The first screen travels with the tab's popup (issue 11: the popup paints a cached verdict within 1.3× an empty
// extension page). When the background publishes a tab's verdict it words the popup's first frame in the person's
// language (lib/i18n/first-frame.ts: the header, the advice, the primary action and the first reason card) and sets
// that tab's popup to `popup.html#f=<this>`, so the popup's first script has the frame the moment it runs: no tab
// query, no storage read, no message, no language table. React's view then reads the whole verdict from storage.session
// for the tab and document named here (entrypoints/popup/early.ts). Only those words are carried, not the verdict, and
// base64url keeps Chinese at 4 bytes a character where percent-encoding takes 9: measured in real Chromium
// (docs/budgets.md), a longer popup URL delays the fetch of the popup's first script, and so its paint (about 10 ms for
// 2 KB more). Browsers reset a tab's own popup when the tab loads another document, and the background then asks the
// tab which document it shows and puts the plain popup back when it is not the verdict's
// (entrypoints/background/handlers.ts), so the popup never shows the previous page's screen. A screen too large for a
// comfortable URL is not carried: the popup paints from storage.session as before.
import { isFrameTexts, type FrameTexts } from './frame-texts';

/** popup.html's <meta name> that names its module script, which popup-first.js loads after the first paint. */
export const POPUP_VIEW_META = 'kadun-view';

/** Encoded size above which the first frame stays out of the URL (typical: under 1.5 KB). */
export const POPUP_HASH_MAX = 8_000;

export type PopupHash = { tabId: number; doc: string; locale: string; frame: FrameTexts };

function toBase64Url(text: string): string {
  let bin = '';
  for (const byte of new TextEncoder().encode(text)) bin += String.fromCharCode(byte);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64Url(b64: string): string {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `f=<base64url JSON>` for the fragment, or null when it would be larger than POPUP_HASH_MAX. */
export function encodePopupHash(p: PopupHash): string | null {
  const out = `f=${toBase64Url(JSON.stringify({ t: p.tabId, d: p.doc, g: p.locale, f: p.frame }))}`;
  return out.length <= POPUP_HASH_MAX ? out : null;
}

/** The fragment's content (without `#`) back, or null for anything that is not one. */
export function decodePopupHash(fragment: string): PopupHash | null {
  if (!fragment.startsWith('f=') || fragment.length > POPUP_HASH_MAX || !/^[\w-]*$/.test(fragment.slice(2))) return null;
  try {
    const raw = JSON.parse(fromBase64Url(fragment.slice(2))) as { t?: unknown; d?: unknown; g?: unknown; f?: unknown };
    if (!Number.isInteger(raw.t) || (raw.t as number) < 0 || typeof raw.d !== 'string' || raw.d.length > 100) return null;
    if (typeof raw.g !== 'string' || !/^[a-zA-Z-]{2,10}$/.test(raw.g) || !isFrameTexts(raw.f)) return null;
    return { tabId: raw.t as number, doc: raw.d, locale: raw.g, frame: raw.f };
  } catch {
    return null;
  }
}
