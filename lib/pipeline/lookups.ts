// Asks the data sources about one page's site — the same code in the background and the CLI. Only the registrable
// domain (and, for a number-capable local source, the filing number the page itself shows) is ever asked about,
// only for lookupable sites, and only for shop pages unless the person asked for the check.
import type { IcpRecord, LookupResult } from '../core/types';
import type { Provider, RdapSummary } from '../providers/types';
import type { PageStage, SourceAnswers } from './analyze';

export type LookupSources = {
  /** ICP sources in the person's chosen order; the first that knows (found / not-found) answers. */
  icp: readonly Provider<IcpRecord>[];
  /** Sources that can say whose a filing number is (local records only: nothing is sent for this). */
  icpByNumber?: (number: string, domain: string) => LookupResult<IcpRecord> | undefined;
  /** Registration sources in order (local records first, then RDAP); the first that knows answers. */
  rdap: readonly Provider<RdapSummary>[];
};

export async function lookupAll(stage: PageStage, sources: LookupSources, opts: { requested?: boolean; signal?: AbortSignal } = {}): Promise<SourceAnswers> {
  const site = stage.site;
  if (!site) return {};
  // Local sources (records, list records) may answer for any site; remote ones only for a lookupable domain of a
  // shop page, or when the person asked.
  const remoteAllowed = site.lookupable && (stage.isShop || Boolean(opts.requested));
  const allowed = <T>(p: Provider<T>) => p.local === true || remoteAllowed;
  const domain = site.domain;
  const [icp, rdap] = await Promise.all([
    firstAnswer(sources.icp.filter(allowed), domain, opts.signal),
    firstAnswer(sources.rdap.filter(allowed), domain, opts.signal),
  ]);
  const answers: SourceAnswers = {};
  if (icp) {
    answers.icp = icp.result;
    answers.icpProvider = icp.provider;
  }
  if (rdap) answers.rdap = rdap.result;
  if (stage.icpNumber && sources.icpByNumber) {
    const byNumber = sources.icpByNumber(stage.icpNumber, domain);
    if (byNumber) answers.icpByNumber = byNumber;
  }
  return answers;
}

/** "No local data" and "not asked" are weaker than a real failure: a failing service must not hide behind them. */
const NOT_A_FAILURE = new Set(['not-in-records', 'not-configured', 'not-lookupable']);

async function firstAnswer<T>(providers: readonly Provider<T>[], domain: string, signal?: AbortSignal) {
  let shown: { provider: string; result: LookupResult<T> } | undefined;
  for (const p of providers) {
    const result = await safeLookup(p, domain, signal);
    if (result.status !== 'unavailable') return { provider: p.id, result };
    const failure = !NOT_A_FAILURE.has(result.reason);
    if (!shown || (failure && shown.result.status === 'unavailable' && NOT_A_FAILURE.has(shown.result.reason))) {
      shown = { provider: p.id, result };
    }
  }
  return shown;
}

/** A provider that throws is a bug, but for the verdict it is simply unavailable. */
async function safeLookup<T>(p: Provider<T>, domain: string, signal?: AbortSignal): Promise<LookupResult<T>> {
  try {
    return await p.lookup(domain, { signal });
  } catch {
    return { status: 'unavailable', reason: 'source-error' };
  }
}
