// The data sources the person enabled, built once per worker (their rate limiters and back-off live inside) and
// rebuilt when the settings that shape them change. Off by default: nothing leaves the browser until enabled.
import type { Settings } from '../../lib/core/settings';
import type { IcpRecord, LookupResult } from '../../lib/core/types';
import type { AppDb } from '../../lib/db/app-db';
import type { LookupSources } from '../../lib/pipeline/lookups';
import { settingStore } from '../../lib/db/settings-store';
import { cached, type LookupStore } from '../../lib/providers/cached';
import { createIcpHttpProvider, ICP_HTTP_CACHE_POLICY } from '../../lib/providers/icp-http';
import { createBootstrapSource, createRdapProvider, RDAP_CACHE_POLICY, rdapSummarySchema } from '../../lib/providers/rdap';
import type { Provider } from '../../lib/providers/types';
import { icpRecordInDb } from '../../lib/risk-list/store';
import { icpRecordSchema } from '../../lib/core/schemas';

export type SourceDeps = {
  db: AppDb;
  /** The Dexie lookup cache every remote source is wrapped in. */
  store: LookupStore;
  fetch: typeof fetch;
  now: () => number;
  bundledBootstrap: () => Promise<unknown>;
  /** Extra ICP sources by id (the assisted official check registers 'assisted'). */
  extraIcp?: Partial<Record<'assisted', Provider<IcpRecord>>>;
};

/** ICP records shipped in the community list (local: nothing is sent). */
export function listRecordsProvider(db: AppDb): Provider<IcpRecord> {
  return {
    id: 'risk-list',
    local: true,
    async lookup(domain): Promise<LookupResult<IcpRecord>> {
      const hit = await icpRecordInDb(db, domain);
      if (!hit || hit.record === undefined) return { status: 'unavailable', reason: 'not-in-records' };
      return hit.record === null
        ? { status: 'not-found', fetchedAt: hit.info.generatedAt }
        : { status: 'found', data: hit.record, fetchedAt: hit.info.generatedAt };
    },
  };
}

export function createSourceFactory(deps: SourceDeps) {
  let key = '';
  let built: LookupSources | null = null;
  const { store } = deps;
  const providerDeps = { fetch: (...a: Parameters<typeof fetch>) => deps.fetch(...a), now: deps.now };
  const bootstrap = createBootstrapSource({ deps: providerDeps, bundled: deps.bundledBootstrap, store: settingStore(deps.db, 'rdapBootstrap') });

  return async function sources(settings: Settings): Promise<LookupSources> {
    const nextKey = JSON.stringify(settings.sources);
    if (built && key === nextKey) return built;
    key = nextKey;
    const byId: Record<string, Provider<IcpRecord> | undefined> = {
      records: listRecordsProvider(deps.db),
      http: settings.sources.icpHttp
        ? cached(createIcpHttpProvider({ deps: providerDeps, config: settings.sources.icpHttp }), ICP_HTTP_CACHE_POLICY, store, deps.now, { dataSchema: icpRecordSchema })
        : undefined,
      assisted: deps.extraIcp?.assisted,
    };
    built = {
      icp: settings.sources.icpOrder.map((id) => byId[id]).filter((p): p is Provider<IcpRecord> => p !== undefined),
      rdap: settings.sources.rdap
        ? [cached(createRdapProvider({ deps: providerDeps, bootstrap: bootstrap.get }), RDAP_CACHE_POLICY, store, deps.now, { dataSchema: rdapSummarySchema })]
        : [],
    };
    return built;
  };
}
