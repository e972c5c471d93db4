// Per-tab verdicts live in storage.session, not in module variables: the service worker dies between events,
// and a tab's verdict must outlive it (but not the browser session).
import { browser } from 'wxt/browser';
import { verdictSchema } from '../../lib/core/schemas';
import type { Verdict } from '../../lib/core/types';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabVerdict(tabId: number, verdict: Verdict): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: verdict });
}

export async function loadTabVerdict(tabId: number): Promise<Verdict | null> {
  const got = await browser.storage.session.get(key(tabId));
  const parsed = verdictSchema.safeParse(got[key(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function clearTabVerdict(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Tabs whose current verdict is for `domain` (after an override changes, they are checked again). */
export async function tabsShowingDomain(domain: string): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([key, v]) => key.startsWith('tab:') && (v as { domain?: string } | null)?.domain === domain)
    .map(([key]) => Number(key.slice(4)));
}
