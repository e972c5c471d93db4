// What the popup shows first — the tab's cached verdict in the person's language — from the replies its boot asked
// for before React was loaded (./early.ts), checked with zod/mini; and the same verdict again after "重新检查".
import type { Verdict } from '../../lib/core/types';
import type { Locale } from '../../lib/i18n';
import { getVerdict, verdictFrom } from '../../lib/messaging/first-paint';
import { pageLocale, send, targetTabId } from '../_shared/page-env';
import type { Early } from './early';

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
    return failed(err);
  }
}

export type FirstLoad = { locale: Locale; state: Exclude<State, { phase: 'loading' }> };

const failed = (err: unknown) => ({ phase: 'error' as const, message: err instanceof Error ? err.message : String(err) });

/** The boot's verdict reply, checked. */
async function earlyVerdict(early: Early): Promise<FirstLoad['state']> {
  const got = await early.verdict;
  if (!got.ok) return failed(got.error);
  try {
    const verdict = got.value.tabId === null ? null : verdictFrom(got.value.raw);
    return { phase: 'ready', tabId: got.value.tabId, verdict, override: overrideOf(verdict) };
  } catch (err) {
    return failed(err);
  }
}

/** The language and the verdict from the boot's replies (both were asked for at the same time). */
export async function firstLoad(early: Early): Promise<FirstLoad> {
  const language = early.language.then((r) => (r.ok ? r.value : Promise.reject(r.error)));
  const [locale, state] = await Promise.all([pageLocale(language), earlyVerdict(early)]);
  document.documentElement.lang = locale;
  return { locale, state };
}
