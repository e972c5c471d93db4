// Registration data over RDAP (RFC 9082 query, RFC 9083 response), server found through the IANA bootstrap.
// One request at a time and ≥1 s apart per server (rate limits are unpublished; ~1/s is the practical ceiling,
// domain-facts §4); 429/5xx back off. `.cn` and friends have no RDAP: unavailable without a request.
import { z } from 'zod';
import { localTable, lookupDomain } from './domain-input';
import { createBackoff, createSourceGuard, DEFAULT_TIMEOUT_MS, type Backoff, type FetchJsonResult } from './http';
import { findRdapBase, type RdapBootstrap } from './rdap-bootstrap';
import { unavailable } from './reasons';
import type { CachePolicy, LookupResult, Provider, ProviderDeps, RdapSummary } from './types';

export { createBootstrapSource, findRdapBase, IANA_RDAP_DNS_URL, rdapBootstrapSchema } from './rdap-bootstrap';
export type { BootstrapSource, BootstrapStore, RdapBootstrap, StoredBootstrap } from './rdap-bootstrap';

const HOUR = 3_600_000;
/** Registration data changes slowly; a missing domain may be registered soon; a failure is retried soon. */
export const RDAP_CACHE_POLICY: CachePolicy = {
  foundMs: 72 * HOUR,
  notFoundMs: 6 * HOUR,
  unavailableMs: 10 * 60_000,
  staleWhileRevalidateMs: 7 * 24 * HOUR,
};

/** The RFC 9083 members we read; everything else is ignored, a wrong type in these is 'malformed'. */
export const rdapDomainSchema = z.object({
  objectClassName: z.literal('domain').optional(),
  ldhName: z.string(),
  status: z.array(z.string()).default([]),
  events: z.array(z.object({ eventAction: z.string(), eventDate: z.string().optional() })).default([]),
  entities: z.array(z.object({ roles: z.array(z.string()).default([]), vcardArray: z.unknown().optional() })).default([]),
  nameservers: z.array(z.object({ ldhName: z.string().optional() })).default([]),
});
export type RdapDomain = z.infer<typeof rdapDomainSchema>;

/** RdapSummary as stored in the cache: pass as cached()'s `dataSchema`. */
export const rdapSummarySchema: z.ZodType<RdapSummary> = z.object({
  registeredAt: z.number().optional(),
  expiresAt: z.number().optional(),
  lastChangedAt: z.number().optional(),
  registrar: z.string().optional(),
  status: z.array(z.string()),
  nameservers: z.array(z.string()),
});

/** jCard (RFC 7095): ["vcard", [[name, params, type, value], …]]. */
const vcardSchema = z.tuple([z.literal('vcard'), z.array(z.tuple([z.string(), z.unknown(), z.unknown(), z.unknown()]).rest(z.unknown()))]);

function vcardFn(vcard: unknown): string | undefined {
  const parsed = vcardSchema.safeParse(vcard);
  const fn = parsed.success ? parsed.data[1].find((p) => p[0].toLowerCase() === 'fn')?.[3] : undefined;
  return typeof fn === 'string' && fn.trim() ? fn.trim() : undefined;
}

/** Before the first .com registrations (1985) an RDAP date is a placeholder (1970, year −271821), not a fact. */
export const EARLIEST_RDAP_DATE = Date.UTC(1985, 0, 1);
const DAY = 86_400_000;
/** Expiry may lie ahead (registrations run up to 10 years); nothing else that happened can be in the future. */
const LATEST_AHEAD: Record<string, number> = { expiration: 11 * 366 * DAY };

function eventTime(domain: RdapDomain, action: string, now: number): number | undefined {
  const date = domain.events.find((e) => e.eventAction.toLowerCase() === action)?.eventDate;
  const t = date === undefined ? NaN : Date.parse(date);
  // A day of slack for clocks and time zones; anything further out is a server's bug, not a registration.
  const latest = now + (LATEST_AHEAD[action] ?? DAY);
  return Number.isNaN(t) || t < EARLIEST_RDAP_DATE || t > latest ? undefined : t;
}

/** RFC 9083 domain object → what the domain detectors use. */
export function summariseRdap(domain: RdapDomain, now: number): RdapSummary {
  const registrar = domain.entities.find((e) => e.roles.some((r) => r.toLowerCase() === 'registrar'));
  const summary: RdapSummary = {
    status: domain.status.map((s) => s.toLowerCase()),
    nameservers: domain.nameservers.flatMap((n) => (n.ldhName ? [n.ldhName.toLowerCase().replace(/\.$/, '')] : [])),
  };
  const registeredAt = eventTime(domain, 'registration', now);
  const expiresAt = eventTime(domain, 'expiration', now);
  const lastChangedAt = eventTime(domain, 'last changed', now);
  const name = registrar && vcardFn(registrar.vcardArray);
  if (registeredAt !== undefined) summary.registeredAt = registeredAt;
  if (expiresAt !== undefined) summary.expiresAt = expiresAt;
  if (lastChangedAt !== undefined) summary.lastChangedAt = lastChangedAt;
  if (name) summary.registrar = name;
  return summary;
}

/** A 200 body → found, or 'malformed' when it is not a domain object for exactly this domain. */
export function parseRdapDomain(json: unknown, domain: string, fetchedAt: number): LookupResult<RdapSummary> {
  const parsed = rdapDomainSchema.safeParse(json);
  if (!parsed.success || parsed.data.ldhName.toLowerCase().replace(/\.$/, '') !== domain) return unavailable('malformed');
  return { status: 'found', data: summariseRdap(parsed.data, fetchedAt), fetchedAt };
}

/** RFC 9083 §6: the error object a server sends for "no such domain". */
const rdapErrorSchema = z.object({ errorCode: z.literal(404) });

/**
 * Not-found is established positively: a 404, not redirected (a redirect may have led to a proxy or to another
 * registry), labelled RDAP or JSON, whose body is the RFC 9083 error object for 404. A plain-text, empty, HTML or
 * foreign JSON 404 is a proxy, a wrong base URL or a block, and says nothing about the domain.
 */
export function rdapNotFound(r: FetchJsonResult): boolean {
  if (r.ok || r.status !== 404 || r.reason !== 'http-error' || r.redirected !== false) return false;
  if (!/^application\/(rdap\+)?json\s*(;|$)/.test(r.contentType ?? '')) return false;
  return rdapErrorSchema.safeParse(r.json).success;
}

export type RdapProviderOptions = {
  deps: ProviderDeps;
  bootstrap: () => Promise<RdapBootstrap>;
  /** Per server; 1000 in the extension, 0 in tests. */
  minIntervalMs?: number;
  backoff?: Backoff;
};

export function createRdapProvider(opts: RdapProviderOptions): Provider<RdapSummary> {
  const { deps } = opts;
  const guard = createSourceGuard({ concurrency: 1, minIntervalMs: opts.minIntervalMs ?? 1_000, backoff: opts.backoff ?? createBackoff({ now: deps.now }) });
  return {
    id: 'rdap',
    async lookup(input, lookupOpts = {}) {
      try {
        const domain = lookupDomain(input);
        if (!domain) return unavailable('not-lookupable');
        let boot: RdapBootstrap;
        try {
          boot = await opts.bootstrap();
        } catch {
          return unavailable('no-bootstrap');
        }
        const base = findRdapBase(boot, domain);
        if (!base) return unavailable('no-rdap-for-tld');
        const r = await guard.fetchJson(deps, base, `${base}domain/${encodeURIComponent(domain)}`, {
          signal: lookupOpts.signal,
          timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          headers: { accept: 'application/rdap+json, application/json;q=0.9' },
        });
        // RFC 7480 §5.3: 404 is "no such object" — but only the server's own (rdapNotFound); any other 404 is not.
        if (!r.ok) return rdapNotFound(r) ? { status: 'not-found', fetchedAt: deps.now() } : unavailable(r.reason);
        return parseRdapDomain(r.json, domain, deps.now());
      } catch {
        return unavailable('network');
      }
    },
  };
}

/**
 * RDAP answers given locally (the CLI's `--records` `rdap` section: `{ "<domain>": <RDAP JSON> | null }`): a domain
 * object → found (parsed as from the network, so a body for another domain is 'malformed'); null → not-found;
 * absent → unavailable 'not-in-records'.
 */
export function createRdapRecordsProvider(opts: { records: Readonly<Record<string, unknown>>; now: () => number; id?: string }): Provider<RdapSummary> {
  const table = localTable(opts.records);
  return {
    id: opts.id ?? 'rdap-records',
    local: true,
    lookup: async (input) => {
      const hit = table(input);
      if (!hit) return unavailable('not-in-records');
      if (hit.value === null) return { status: 'not-found', fetchedAt: opts.now() };
      return parseRdapDomain(hit.value, hit.key, opts.now());
    },
  };
}
