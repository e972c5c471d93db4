// One GET for the list updater over the one bounded fetch (lib/net): the list host only, no cookies, no referrer,
// no HTTP cache; a failure becomes an UpdateFailure whose message is what list/status shows.
import { boundedFetch, type BoundedResponse, type NetDeps } from '../net/bounded-fetch';
import { hostOf, LIST_UPDATE, UpdateFailure } from './updater-state';

export async function getListFile(deps: NetDeps, url: string, headers: Record<string, string>, cap: number, timeoutMs: number): Promise<BoundedResponse> {
  const r = await boundedFetch(deps, url, { timeoutMs, maxBytes: cap, headers, cache: 'no-store', maxRedirects: LIST_UPDATE.maxRedirects });
  if (r.ok) return r;
  switch (r.reason) {
    case 'too-large':
      throw new UpdateFailure('too-large', `more than ${cap} bytes`);
    case 'timeout':
    case 'aborted':
      throw new UpdateFailure('timeout', `no complete answer from ${hostOf(url)} within ${timeoutMs / 1000} s`);
    case 'redirect-loop':
      throw new UpdateFailure('redirect-loop', `more than ${LIST_UPDATE.maxRedirects} redirects from ${hostOf(url)}`);
    case 'insecure-redirect':
      throw new UpdateFailure('redirect-loop', `${hostOf(url)} redirected away from https`);
    default:
      throw new UpdateFailure('network', `${hostOf(url)} unreachable or refused by CORS`);
  }
}
