// The assisted official check (design.md "ICP and registration data"): the person looks the domain up on the MIIT
// query page themselves (they solve the captcha; KaDun never does), a content script there reads the record shown,
// and the background keeps it here. This provider only reads what was captured: local, nothing is sent anywhere.
// A domain nobody looked up is unavailable, never not-found (domain-facts.md §2). Its reason is 'not-in-records'
// ("the local data does not cover this site"), which the source-unavailable detector rightly treats as no failure:
// every site the person has not checked by hand would otherwise carry a "could not query" signal.
import { icpRecordSchema, lookupResultSchema } from '../core/schemas';
import type { IcpRecord } from '../core/types';
import type { LookupStore } from './cached';
import { lookupDomain, normaliseDomainKey } from './domain-input';
import { recordDateProblem } from './icp-dates';
import { unavailable } from './reasons';
import type { CachePolicy, LookupResult, Provider } from './types';

export const ICP_ASSISTED_ID = 'icp-assisted';

const DAY = 24 * 60 * 60 * 1000;
/**
 * A record the person saw on the official page is good for a long time (filings change rarely, and a re-check is
 * one click). "No record" is never kept (an IP ban shows the same 暂无数据), so notFoundMs is never used.
 */
export const ICP_ASSISTED_POLICY: CachePolicy = { foundMs: 90 * DAY, notFoundMs: 3 * DAY, unavailableMs: 0, staleWhileRevalidateMs: 0 };

const rowSchema = lookupResultSchema(icpRecordSchema);
const siteOf = (domain: string) => lookupDomain(domain) ?? normaliseDomainKey(domain);
export const assistedKey = (domain: string) => `${ICP_ASSISTED_ID}:${siteOf(domain)}`;

/** Keeps the record the person's own query on the official page showed. */
export async function saveAssistedAnswer(
  store: LookupStore,
  domain: string,
  answer: { status: 'found'; data: IcpRecord },
  capturedAt: number,
): Promise<void> {
  const result: LookupResult<IcpRecord> = { status: 'found', data: answer.data, fetchedAt: capturedAt };
  const ttl = ICP_ASSISTED_POLICY.foundMs;
  await store.put({ key: assistedKey(domain), source: ICP_ASSISTED_ID, domain: siteOf(domain), result, storedAt: capturedAt, expiresAt: capturedAt + ttl });
}

export function createAssistedProvider(opts: { store: LookupStore; now: () => number }): Provider<IcpRecord> {
  return {
    id: ICP_ASSISTED_ID,
    local: true,
    async lookup(domain): Promise<LookupResult<IcpRecord>> {
      const row = await opts.store.get(assistedKey(domain)).catch(() => undefined);
      if (!row || opts.now() >= row.expiresAt) return unavailable('not-in-records');
      const parsed = rowSchema.safeParse(row.result);
      // A "not-found" row was written by versions before issue 10 from MIIT's empty table: not an answer either.
      if (!parsed.success || parsed.data.status !== 'found') return unavailable('not-in-records');
      // What the page showed may be garbled or forged: a future or impossible approval time is no evidence.
      if (recordDateProblem(parsed.data.data, opts.now())) return unavailable('malformed');
      return parsed.data as LookupResult<IcpRecord>;
    },
  };
}
