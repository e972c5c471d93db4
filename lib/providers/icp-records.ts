// ICP records known locally: the CLI's `--records` `icp` section, or records shipped in the community list.
// A record → found; null → "looked up: none exists" → not-found; absent → unavailable (we simply do not know).
import { siteKey } from '../core/domain';
import { icpRecordSchema } from '../core/schemas';
import type { IcpRecord } from '../core/types';
import { localTable, normaliseDomainKey } from './domain-input';
import { recordDateProblem } from './icp-dates';
import { unavailable } from './reasons';
import type { LookupResult, Provider } from './types';

export type IcpRecordsMap = Readonly<Record<string, unknown>>;

export type IcpRecordsProvider = Provider<IcpRecord> & {
  /**
   * The record whose serviceLicence (网站备案号) or mainLicence (主体备案号) is `number`, for the "this number belongs
   * to another site" check. Several sites of one subject share a mainLicence: `preferDomain` picks this site's
   * record when it is among them. A number the records do not hold is unavailable, not "unregistered".
   */
  lookupByLicence(number: string, opts?: { preferDomain?: string }): LookupResult<IcpRecord>;
};

type Licence = { base: string; suffix?: string };

/** 京ICP备12345678号-1 → { base: 京ICP备12345678, suffix: 1 }: NFKC (full-width forms), no spaces, 号 and -N optional. */
export function normaliseLicence(text: string): Licence | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/[‐-―−]/g, '-').toUpperCase();
  const m = /^(.+?)号?(?:-(\d+))?$/.exec(t);
  if (!m) return null;
  return m[2] === undefined ? { base: m[1]! } : { base: m[1]!, suffix: String(Number(m[2])) };
}

/** Does a record's 网站域名 name the same registrable domain as `key` (MIIT lists `www.` forms and bare ones)? */
function sameSite(recordDomain: string, key: string): boolean {
  const d = normaliseDomainKey(recordDomain.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#\s]/)[0] ?? '');
  const site = (name: string) => siteKey(`https://${name}/`)?.domain ?? name;
  return d !== '' && site(d) === site(key);
}

export function createIcpRecordsProvider(opts: {
  records: IcpRecordsMap;
  now: () => number;
  /** When the records were made (list version time); `now()` at lookup time otherwise. */
  fetchedAt?: number;
  id?: string;
}): IcpRecordsProvider {
  // 'invalid' = present but not a record: we cannot say what it means, so it reads as unavailable.
  const entries: Record<string, IcpRecord | null | 'invalid'> = {};
  const byBase = new Map<string, Array<{ record: IcpRecord; service: Licence | null }>>();
  for (const [key, value] of Object.entries(opts.records)) {
    const parsed = value === null ? null : icpRecordSchema.safeParse(value);
    const entry = parsed === null ? null : parsed.success ? parsed.data : 'invalid';
    entries[key] = entry;
    if (entry === null || entry === 'invalid') continue;
    const service = normaliseLicence(entry.serviceLicence);
    const bases = new Set([service?.base, normaliseLicence(entry.mainLicence)?.base]);
    for (const base of bases) if (base) byBase.set(base, [...(byBase.get(base) ?? []), { record: entry, service }]);
  }
  const byDomain = localTable(entries);
  const fetchedAt = () => opts.fetchedAt ?? opts.now();

  return {
    id: opts.id ?? 'icp-records',
    local: true,
    lookup: async (domain) => {
      const found = byDomain(domain);
      const hit = found?.value;
      if (hit === undefined || hit === 'invalid') return unavailable(hit === 'invalid' ? 'malformed' : 'not-in-records');
      if (hit === null) return { status: 'not-found', fetchedAt: fetchedAt() };
      // A record filed under this key but naming another site (or none) is not an answer about this one.
      // Nor is a record dated in the future or with no real date (icp-dates.ts): no evidence either way.
      if (!sameSite(hit.domain, found!.key) || recordDateProblem(hit, opts.now())) return unavailable('malformed');
      return { status: 'found', data: hit, fetchedAt: fetchedAt() };
    },
    lookupByLicence: (number, lo = {}) => {
      const q = normaliseLicence(number);
      const candidates = (q && byBase.get(q.base)) || [];
      // With a site suffix (-N) only that exact 网站备案号 matches; without one, the subject's number matches all its sites.
      const matches = (q?.suffix === undefined ? candidates : candidates.filter((c) => c.service?.base === q.base && c.service.suffix === q.suffix))
        .filter((c) => !recordDateProblem(c.record, opts.now()));
      const prefer = lo.preferDomain === undefined ? undefined : normaliseDomainKey(lo.preferDomain);
      const best = matches.find((c) => normaliseDomainKey(c.record.domain) === prefer) ?? matches[0];
      return best ? { status: 'found', data: best.record, fetchedAt: fetchedAt() } : unavailable('not-in-records');
    },
  };
}
