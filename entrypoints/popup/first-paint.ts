// The popup's first screen when its URL carries none (a popup opened in a tab with ?tabId=, a screen too large for the
// URL): the stored verdict checked by hand (lib/core/verdict-peek.ts, no zod here) and painted in plain DOM
// (./first-screen.ts, worded by lib/i18n/first-frame.ts) in the language the pages last showed, before React's view is
// even fetched; then it waits until those pixels are on screen, so React's chunk (fetched, parsed and run on this
// thread) does not hold that frame back. `data-kadun-first` on <html> says what happened ('painted' | 'none'),
// `data-kadun-first-light` which light. The carried screen is popup-first.js's (entrypoints/popup-first/), which shares
// ./paint-clock.ts with this.
import { firstFrame } from '../../lib/i18n/first-frame';
import { FIRST_FRAME_CARDS } from '../../lib/core/frame-texts';
import { peekVerdict } from '../../lib/core/verdict-peek';
import type { Locale } from '../../lib/i18n';
import type { Early } from './early';
import { paintFirstScreen } from './first-screen';
import { painted, shownMarks } from './paint-clock';

export type FirstInput = { locale: Locale; tabId: number | null; stored: unknown };

/** The full first screen, drawn once the first frame is on screen (set by paintNow). */
let rest: (() => void) | null = null;

/**
 * Paints `first` at once when it is a verdict — the header, the advice, the primary action and the first reason card
 * only — and keeps the rest for paintRest; false (and `data-kadun-first="none"`) when there is nothing to paint.
 */
export function paintNow(first: FirstInput | null): boolean {
  const verdict = first ? peekVerdict(first.stored) : null;
  const root = document.getElementById('root');
  if (!first || !verdict || !root) {
    document.documentElement.setAttribute('data-kadun-first', 'none');
    return false;
  }
  const params = new URLSearchParams(location.search);
  const opts = { forTab: params.has('tabId'), canShow: first.tabId !== null, hidden: params.get('hidden') === '1' };
  paintFirstScreen(root, first.locale, firstFrame(first.locale, verdict, { ...opts, cards: FIRST_FRAME_CARDS }));
  rest = () => paintFirstScreen(root, first.locale, firstFrame(first.locale, verdict, opts));
  shownMarks(verdict.light, 'storage');
  return true;
}

/** The rest of the first screen (every danger and warn card), once the first frame is on screen; then nothing. */
export function paintRest(): void {
  const draw = rest;
  rest = null;
  draw?.();
}

/**
 * After popup-first.js painted the first frame the URL carries (one reason card): every danger and warn card, worded
 * from the stored verdict, while React's view loads. Only while that frame is still shown, in its language and light
 * (a newer verdict of another light waits for React's view rather than changing colour twice).
 */
export async function paintCarriedRest(early: Early): Promise<void> {
  const first = await early.first;
  const verdict = first ? peekVerdict(first.stored) : null;
  const root = document.getElementById('root');
  const html = document.documentElement;
  if (!first || !verdict || !root?.querySelector(':scope > main.first-screen')) return;
  if (html.lang !== first.locale || html.getAttribute('data-kadun-first-light') !== verdict.light) return;
  paintFirstScreen(root, first.locale, firstFrame(first.locale, verdict, { forTab: false, canShow: first.tabId !== null, hidden: false }));
}

/** The module's path: the stored verdict once read, painted, its pixels on screen, then the rest of its cards. */
export async function paintFirst(early: Early): Promise<void> {
  if (paintNow((await early.first) ?? null)) {
    await painted();
    paintRest();
  }
}
