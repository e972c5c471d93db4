// Which tab's stored verdict is for a URL, read from a dump of storage.session (`tab:<id>` keys, lib/db/tab-verdicts.ts):
// shared by the Chromium tests (tests/e2e/extension.ts) and the Firefox driver (scripts/firefox.ts), which each read the
// dump their own way. A closed tab's entry may linger until the worker's next start, so the newest tab wins, and
// `since` keeps only verdicts checked at or after it.
import type { Verdict } from '../lib/core/types';

export function newestTabVerdict(all: Record<string, unknown>, url: string, since = 0): { tabId: number; verdict: Verdict } | null {
  let best: { tabId: number; verdict: Verdict } | null = null;
  for (const [key, v] of Object.entries(all)) {
    if (!/^tab:\d+$/.test(key)) continue;
    const tabId = Number(key.slice(4));
    const e = v as { url?: string; checkedAt?: number };
    if (e.url === url && (e.checkedAt ?? 0) >= since && (!best || tabId > best.tabId)) best = { tabId, verdict: v as Verdict };
  }
  return best;
}
