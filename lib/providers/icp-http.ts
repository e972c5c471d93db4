// ICP records from an HTTP JSON lookup service the person runs or subscribes to (design.md "ICP and registration
// data"). MIIT's own API needs a captcha per query and sits behind a WAF whose blocks look like "not filed"
// (domain-facts §2), so an empty answer is believed only when everything else about the reply says success.
//
// Config example for a service that relays MIIT's response shape
//   { "code": 200, "msg": "操作成功", "success": true,
//     "params": { "list": [ { "unitName": "某某科技有限公司", "natureName": "企业", "mainLicence": "京ICP备12345678号",
//                             "serviceLicence": "京ICP备12345678号-1", "domain": "shop.com",
//                             "updateRecordTime": "2024-05-20 10:11:12", "limitAccess": "否" } ] } }
// is
//   { "endpoint": "https://icp.example.net/query?domain={domain}",
//     "headers": { "authorization": "Bearer …" },
//     "mapping": { "list": "params.list", "found": { "path": "success", "equals": true },
//                  "fields": { "unitName": "unitName", "natureName": "natureName", "mainLicence": "mainLicence",
//                              "serviceLicence": "serviceLicence", "domain": "domain",
//                              "updateRecordTime": "updateRecordTime", "limitAccess": "limitAccess" } } }
// Paths are dot paths from the response root (`list`) or from one list item (`fields`); digits index arrays
// (`data.0.icp`). Without `list` the root object is the one record, and such a service can answer found or
// unavailable but never not-found. Only the registrable domain replaces `{domain}` (URL-encoded); nothing else of
// the page is sent. https only, except plain http to this machine (127.0.0.1, localhost, [::1]).
import { z } from 'zod';
import { siteKey } from '../core/domain';
import { icpRecordSchema } from '../core/schemas';
import type { IcpRecord } from '../core/types';
import { lookupDomain, normaliseDomainKey } from './domain-input';
import { createBackoff, createSourceGuard, DEFAULT_TIMEOUT_MS, type Backoff } from './http';
import { unavailable } from './reasons';
import type { CachePolicy, LookupResult, Provider, ProviderDeps } from './types';

const HOUR = 3_600_000;
export const ICP_HTTP_CACHE_POLICY: CachePolicy = {
  foundMs: 72 * HOUR,
  notFoundMs: 6 * HOUR,
  unavailableMs: 10 * 60_000,
  staleWhileRevalidateMs: 7 * 24 * HOUR,
};

const PLACEHOLDER = '{domain}';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const UNSAFE_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

const dotPath = z.string().min(1).max(200).regex(/^[^.\s]+(\.[^.\s]+)*$/, 'a dot path such as params.list')
  .refine((p) => !p.split('.').some((s) => UNSAFE_SEGMENTS.has(s)), 'path segment not allowed');

function endpointProblem(template: string): string | undefined {
  if (template.split(PLACEHOLDER).length !== 2) return `must contain ${PLACEHOLDER} exactly once`;
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return `no placeholder other than ${PLACEHOLDER}`;
  let a: URL;
  let b: URL;
  try {
    a = new URL(template.replace(PLACEHOLDER, 'a.invalid'));
    b = new URL(template.replace(PLACEHOLDER, 'b.invalid'));
  } catch {
    return 'not a URL';
  }
  if (a.protocol !== 'https:' && !(a.protocol === 'http:' && LOOPBACK.has(a.hostname))) return 'https only (http only to this machine)';
  if (a.username || a.password) return 'credentials belong in headers, not in the URL';
  if (a.origin !== b.origin) return `${PLACEHOLDER} must be in the path or query, not the host`;
  if (a.hash !== b.hash || a.hash !== '') return 'no fragment';
  return undefined;
}

export const icpHttpConfigSchema = z.object({
  endpoint: z.string().max(2000).superRefine((s, ctx) => {
    const problem = endpointProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  headers: z.record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'header name'), z.string().max(4000)).optional(),
  mapping: z.object({
    list: dotPath.optional(),
    found: z.object({ path: dotPath, equals: z.union([z.string(), z.number(), z.boolean()]) }).optional(),
    fields: z.object({
      unitName: dotPath, natureName: dotPath, mainLicence: dotPath, serviceLicence: dotPath, domain: dotPath,
      updateRecordTime: dotPath.optional(), limitAccess: dotPath.optional(),
    }),
  }),
});
export type IcpHttpConfig = z.infer<typeof icpHttpConfigSchema>;

export function getPath(root: unknown, path: string): unknown {
  let cur = root;
  for (const seg of path.split('.')) {
    if (Array.isArray(cur) && /^\d+$/.test(seg)) cur = cur[Number(seg)];
    else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && Object.hasOwn(cur, seg)) cur = (cur as Record<string, unknown>)[seg];
    else return undefined;
  }
  return cur;
}

const SUCCESS_CODES = new Set(['0', '200', 'ok', 'success']);

/**
 * Does the reply say it failed? The configured success flag decides when set; the usual conventions (`success`,
 * `ok`, `code`, `error(s)`, `status`) are checked too, except the key the flag itself reads.
 */
function reportsFailure(root: unknown, found: IcpHttpConfig['mapping']['found']): boolean {
  if (found && String(getPath(root, found.path)) !== String(found.equals)) return true;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return false;
  const r = root as Record<string, unknown>;
  const own = (k: string) => found?.path !== k && Object.hasOwn(r, k) && r[k] !== null && r[k] !== undefined;
  return (own('success') && r.success === false) || (own('ok') && r.ok === false)
    || (own('code') && !SUCCESS_CODES.has(String(r.code).toLowerCase()))
    || (own('error') && r.error !== '' && r.error !== false && r.error !== 0)
    || (own('errors') && (!Array.isArray(r.errors) || r.errors.length > 0))
    || (own('status') && (typeof r.status === 'number' ? r.status >= 400 : /^(error|fail)/i.test(String(r.status))));
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

function toRecord(item: unknown, fields: IcpHttpConfig['mapping']['fields']): IcpRecord | undefined {
  const raw: Record<string, string> = {};
  for (const [name, path] of Object.entries(fields)) {
    const v = path === undefined ? undefined : text(getPath(item, path));
    if (v) raw[name] = v;
  }
  const parsed = icpRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The reply → found / not-found / unavailable for `domain`. Exported for tests and for a settings-page preview. */
export function interpretIcpReply(json: unknown, domain: string, config: IcpHttpConfig, fetchedAt: number): LookupResult<IcpRecord> {
  const { mapping } = config;
  const failed = reportsFailure(json, mapping.found);
  const list = mapping.list === undefined ? [json] : getPath(json, mapping.list);
  if (!Array.isArray(list)) return unavailable(failed ? 'source-error' : 'malformed');
  if (failed) return unavailable('source-error');
  if (list.length === 0) return mapping.list === undefined ? unavailable('malformed') : { status: 'not-found', fetchedAt };
  const records = list.map((item) => toRecord(item, mapping.fields)).filter((r): r is IcpRecord => r !== undefined);
  const mine = records.find((r) => {
    const key = normaliseDomainKey(r.domain);
    return key === domain || siteKey(`https://${key}/`)?.domain === domain;
  });
  // Records for some other domain are not an answer about this one (and never "not filed").
  return mine ? { status: 'found', data: mine, fetchedAt } : unavailable('malformed');
}

export type IcpHttpProviderOptions = {
  deps: ProviderDeps;
  /** Raw settings value; an invalid or absent config answers 'not-configured'. */
  config: unknown;
  /** Per endpoint origin; 500 in the extension, 0 in tests. */
  minIntervalMs?: number;
  backoff?: Backoff;
};

export function createIcpHttpProvider(opts: IcpHttpProviderOptions): Provider<IcpRecord> {
  const { deps } = opts;
  const parsed = icpHttpConfigSchema.safeParse(opts.config);
  const config = parsed.success ? parsed.data : undefined;
  const guard = createSourceGuard({ concurrency: 2, minIntervalMs: opts.minIntervalMs ?? 500, backoff: opts.backoff ?? createBackoff({ now: deps.now }) });
  return {
    id: 'icp-http',
    async lookup(input, lookupOpts = {}) {
      try {
        if (!config) return unavailable('not-configured');
        const domain = lookupDomain(input);
        if (!domain) return unavailable('not-lookupable');
        const url = config.endpoint.replace(PLACEHOLDER, encodeURIComponent(domain));
        const r = await guard.fetchJson(deps, new URL(url).origin, url, {
          signal: lookupOpts.signal,
          timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          headers: { accept: 'application/json', ...config.headers },
        });
        // A 404 from a lookup service is not "not filed": only a well-formed success reply can say that.
        if (!r.ok) return unavailable(r.reason);
        return interpretIcpReply(r.json, domain, config, deps.now());
      } catch {
        return unavailable('network');
      }
    },
  };
}
