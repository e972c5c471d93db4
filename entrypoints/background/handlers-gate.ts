// The interstitial (docs/interstitial.md) and the link check. gate/check comes from the document_start content
// script only after its prefilter matched: the background decides from the list itself (allow entries, expiry) and
// the person's earlier 仍要访问, then sends the tab to blocked.html. The bypass can only be set from KaDun's own page.
import { siteKey } from '../../lib/core/domain';
import type { Settings } from '../../lib/core/settings';
import type { AppDb } from '../../lib/db/app-db';
import { gateBypassed, setGateBypass } from '../../lib/db/gate-bypass';
import type { Caller, Handlers } from '../../lib/messaging/server';
import type { ListAnswer } from '../../lib/pipeline/analyze';
import { checkLink, parseLinkInput } from '../../lib/pipeline/link-check';
import type { LookupSources } from '../../lib/pipeline/lookups';
import { listSignals } from '../../lib/risk-list/signals';

export type GateDeps = {
  db: AppDb;
  now: () => number;
  settings: () => Promise<Settings>;
  /** The data sources the person enabled. Absent: nothing is asked. */
  sources?: (settings: Settings) => Promise<LookupSources>;
  listLookup: (url: string, now: number) => Promise<ListAnswer>;
  /** Sends the tab to the interstitial page for `url` (tabs.update: no tabs permission needed). */
  showInterstitial: (tabId: number, url: string) => Promise<void>;
};

export type GateHandlers = Pick<Handlers, 'gate/check' | 'gate/info' | 'gate/bypass' | 'link/check'>;

/** The confirmed entry the list holds for `url`, as its list-confirmed signal; null when there is none. */
async function confirmedSignal(deps: GateDeps, url: string) {
  const answer = await deps.listLookup(url, deps.now()).catch(() => null);
  if (!answer || !('match' in answer) || answer.match.entry?.status !== 'confirmed') return null;
  return listSignals({ entry: answer.match.entry }, answer.info)[0] ?? null;
}

export const interstitialPath = (url: string) => `/blocked.html?url=${encodeURIComponent(url)}`;

export function createGateHandlers(deps: GateDeps) {
  return {
    async 'gate/check'(_req, caller: Caller) {
      if (caller.kind !== 'content') throw new Error('content only');
      const domain = siteKey(caller.url)?.domain;
      if (!domain || (await gateBypassed(deps.db, domain))) return { blocked: false };
      if (!(await confirmedSignal(deps, caller.url))) return { blocked: false };
      await deps.showInterstitial(caller.tabId, caller.url);
      return { blocked: true };
    },
    async 'gate/info'({ url }) {
      const domain = siteKey(url)?.domain;
      const signal = domain ? await confirmedSignal(deps, url) : null;
      return domain && signal ? { domain, signal, bypassed: await gateBypassed(deps.db, domain) } : null;
    },
    async 'gate/bypass'({ url }) {
      const domain = siteKey(url)?.domain;
      if (!domain) throw new Error('not a web address');
      await setGateBypass(deps.db, domain, deps.now());
      return { domain };
    },
    async 'link/check'({ input }) {
      const parsed = parseLinkInput(input);
      if (!parsed.ok) return parsed;
      const now = deps.now();
      const settings = await deps.settings();
      const sources = deps.sources ? await deps.sources(settings) : { icp: [], rdap: [] };
      const list = await deps.listLookup(parsed.url, now).catch(() => ({ unavailable: 'source-error' }));
      const result = await checkLink({ url: parsed.url, now, sources, list });
      return { ok: true as const, ...result };
    },
  } satisfies GateHandlers;
}
