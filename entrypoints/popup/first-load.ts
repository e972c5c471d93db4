// What the popup shows first — the tab's cached verdict in the person's language — fetched as soon as the popup's
// script runs, before React renders anything (main.tsx): the requests to the service worker overlap React's start
// instead of waiting for a first empty render and its effects (issue 12 item 4).
import type { Verdict } from '../../lib/core/types';
import type { Locale } from '../../lib/i18n';
import { getVerdict } from '../../lib/messaging/first-paint';
import { pageLocale, send, targetTabId } from '../_shared/page-env';

export type Ready = { phase: 'ready'; tabId: number | null; verdict: Verdict | null; override: 'trusted' | 'blocked' | null };
export type State = { phase: 'loading' } | Ready | { phase: 'error'; message: string };

/** The person's own decision about the site is part of the verdict (user-trusted / user-blocked signals). */
function overrideOf(verdict: Verdict | null): 'trusted' | 'blocked' | null {
  if (verdict?.signals.some((s) => s.id === 'user-trusted')) return 'trusted';
  if (verdict?.signals.some((s) => s.id === 'user-blocked')) return 'blocked';
  return null;
}

/**
 * The tab's verdict. `after` (a checkedAt): after "重新检查" the content script answers asynchronously, so wait
 * (briefly) for a verdict newer than that.
 */
export async function loadVerdict(after = 0): Promise<Exclude<State, { phase: 'loading' }>> {
  try {
    const tabId = await targetTabId();
    let verdict = tabId === null ? null : await getVerdict(send, tabId);
    for (let i = 0; after && tabId !== null && i < 25 && (verdict?.checkedAt ?? 0) <= after; i++) {
      await new Promise((r) => setTimeout(r, 200));
      verdict = await getVerdict(send, tabId);
    }
    return { phase: 'ready', tabId, verdict, override: overrideOf(verdict) };
  } catch (err) {
    return { phase: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

export type FirstLoad = { locale: Locale; state: Exclude<State, { phase: 'loading' }> };

/** The language and the verdict, asked for at the same time. */
export async function firstLoad(): Promise<FirstLoad> {
  const [locale, state] = await Promise.all([pageLocale(), loadVerdict()]);
  document.documentElement.lang = locale;
  return { locale, state };
}
