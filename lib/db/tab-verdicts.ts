// Per-tab verdicts, tied to the document they describe. The service worker dies between events, so they live in a
// session storage area (browser.storage.session, passed in), never in module variables.
//
// The race this prevents: page A's lookups are slow, the tab moves on to page B, B's verdict (red) is stored, then A's
// lookups finish and A's verdict (amber) would overwrite it. So every snapshot carries its document's id and a
// sequence number (the content script makes both); when it arrives, the background `claim`s the tab for it, and a
// verdict is `commit`ted only while that claim is still the tab's newest. A newer snapshot of the same document
// wins over an older one; any snapshot of another document replaces the claim and drops the old document's verdict
// (no navigation listener does that: it would wake the worker on every page, docs/no-wake.md).
import { z } from 'zod';
import { verdictSchema } from '../core/schemas';
import { tabDocKey, tabVerdictKey } from '../core/session-keys';
import type { Verdict } from '../core/types';

/** The storage area's calls this module needs (browser.storage.session, or a Map in tests). */
export type SessionArea = {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

/** Which document a snapshot came from (the page/snapshot message's `doc`, lib/messaging/contracts.ts). */
export type DocumentRef = { id: string; seq: number };

const claimSchema = z.object({ id: z.string(), seq: z.number(), url: z.string() });
type Claim = z.infer<typeof claimSchema>;

const verdictKey = tabVerdictKey;
const claimKey = tabDocKey;

export function createTabVerdicts(area: SessionArea) {
  // Claim and commit read then write: one queue per tab keeps each pair atomic within the worker.
  const queues = new Map<number, Promise<unknown>>();
  const serial = <T>(tabId: number, fn: () => Promise<T>): Promise<T> => {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(fn, fn);
    queues.set(tabId, run.catch(() => undefined));
    return run;
  };
  const readClaim = async (tabId: number): Promise<Claim | null> => {
    const parsed = claimSchema.safeParse((await area.get(claimKey(tabId)))[claimKey(tabId)]);
    return parsed.success ? parsed.data : null;
  };
  const same = (a: Claim | null, doc: DocumentRef) => a !== null && a.id === doc.id && a.seq === doc.seq;

  return {
    /** A snapshot of `doc` at `url` arrived. False when the tab already holds a newer snapshot of the same document. */
    claim: (tabId: number, doc: DocumentRef, url: string) => serial(tabId, async () => {
      const current = await readClaim(tabId);
      if (current && current.id === doc.id && current.seq > doc.seq) return false;
      if (current && current.id !== doc.id) await area.remove(verdictKey(tabId));
      await area.set({ [claimKey(tabId)]: { ...doc, url } satisfies Claim });
      return true;
    }),
    /** Stores `verdict` only while `doc`'s claim is the tab's current one; false = outdated, nothing stored. */
    commit: (tabId: number, doc: DocumentRef, verdict: Verdict) => serial(tabId, async () => {
      if (!same(await readClaim(tabId), doc)) return false;
      await area.set({ [verdictKey(tabId)]: verdict });
      return true;
    }),
    async load(tabId: number): Promise<Verdict | null> {
      const parsed = verdictSchema.safeParse((await area.get(verdictKey(tabId)))[verdictKey(tabId)]);
      return parsed.success ? parsed.data : null;
    },
    /** The document whose snapshot the tab's verdict (if any) belongs to; null when none has reported. */
    documentOf: async (tabId: number): Promise<string | null> => (await readClaim(tabId))?.id ?? null,
    /** The tab shows a new document (or closed): its verdict and claim no longer hold. */
    clear: (tabId: number) => serial(tabId, () => area.remove([verdictKey(tabId), claimKey(tabId)])),
    /**
     * Forgets closed tabs (no onRemoved listener wakes the worker for them). The keys are read before the open tabs
     * are asked for, so a tab opened meanwhile, whose first snapshot may be landing, is never taken for a closed one.
     */
    async retain(openTabs: () => Promise<readonly number[]>): Promise<void> {
      const keys = Object.keys(await area.get(null));
      const keep = new Set(await openTabs());
      const stale = keys.filter((key) => /^(tab|doc):\d+$/.test(key) && !keep.has(Number(key.slice(4))));
      if (stale.length) await area.remove(stale);
    },
    /** Tabs whose current verdict is for `domain` (after an override changes, they are checked again). */
    async tabsShowing(domain: string): Promise<number[]> {
      const all = await area.get(null);
      return Object.entries(all)
        .filter(([key, v]) => key.startsWith('tab:') && verdictSchema.safeParse(v).data?.domain === domain)
        .map(([key]) => Number(key.slice(4)));
    },
  };
}
export type TabVerdicts = ReturnType<typeof createTabVerdicts>;
