// The message sender and the tab a page is about: nothing but the browser API, so the popup's boot (which asks for
// the verdict before React and zod are loaded) can use them without pulling anything else in.
import { browser } from 'wxt/browser';
import { decodePopupHash } from '../../lib/core/popup-hash';

export const send = (m: unknown) => browser.runtime.sendMessage(m);

/** `?tabId=N` (tests, the banner's "查看原因") or the active tab. */
export async function targetTabId(): Promise<number | null> {
  // The tab's own popup names its tab beside the screen it carries (lib/core/popup-hash.ts).
  const carried = location.search ? null : decodePopupHash(location.hash.slice(1));
  if (carried) return carried.tabId;
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
