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
import { siteKey } from '../core/domain';
import { ICP_HTTP_PLACEHOLDER as PLACEHOLDER, icpHttpConfigSchema, type IcpHttpConfig } from '../core/icp-http-config';
import { icpRecordSchema } from '../core/schemas';
import type { IcpRecord } from '../core/types';
import { lookupDomain, normaliseDomainKey } from './domain-input';
import { recordDateProblem } from './icp-dates';
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

// The config's schema is the settings' too, so it lives in the core (which imports no provider); re-exported here.
export { icpHttpConfigSchema, type IcpHttpConfig };

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
/** A `msg` / `message` that says the query did not run: rate limits, captchas, bans, errors (domain-facts §2). */
const FAILURE_MSG = /频繁|稍后|失败|错误|异常|禁止|拒绝|限制|超时|繁忙|验证码|非法|封|error|fail|denied|forbidden|limit|too many|blocked|busy|captcha|invalid|timeout/i;
/** A `msg` that says it did. An empty list is believed only beside one of these, or beside a success flag. */
const SUCCESS_MSG = /^(操作成功|查询成功|成功|success|ok|succeeded)[。.!！]?$/i;

const falsy = (v: unknown) => v === false || (typeof v === 'string' && /^(false|0|no|fail(ed|ure)?|error)$/i.test(v.trim()));
const truthy = (v: unknown) => v === true || (typeof v === 'string' && /^(true|ok|success)$/i.test(v.trim()));

type Reply = { failed: boolean; succeeded: boolean };

/**
 * Does the reply say it failed, and does it positively say it succeeded? The configured success flag decides when
 * set; the usual conventions (`success`, `ok`, `code`, `error(s)`, `status`, `msg`) are checked too, except the key
 * the flag itself reads. Flags are read as JSON writes them and as strings ("false"), since both occur.
 */
function readReply(root: unknown, found: IcpHttpConfig['mapping']['found']): Reply {
  const flag = found ? String(getPath(root, found.path)) === String(found.equals) : undefined;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return { failed: flag === false, succeeded: flag === true };
  const r = root as Record<string, unknown>;
  const own = (k: string) => found?.path !== k && Object.hasOwn(r, k) && r[k] !== null && r[k] !== undefined;
  const msg = [r.msg, r.message].find((m): m is string => typeof m === 'string' && m.trim() !== '')?.trim();
  const failed = flag === false
    || (own('success') && !truthy(r.success)) || (own('ok') && !truthy(r.ok))
    || (own('code') && !SUCCESS_CODES.has(String(r.code).toLowerCase()))
    || (own('error') && r.error !== '' && r.error !== false && r.error !== 0)
    || (own('errors') && (!Array.isArray(r.errors) || r.errors.length > 0))
    || (own('status') && (typeof r.status === 'number' ? r.status >= 400 : /^(error|fail)/i.test(String(r.status)) || falsy(r.status)))
    || (msg !== undefined && !SUCCESS_MSG.test(msg) && FAILURE_MSG.test(msg));
  const succeeded = flag === true || (own('success') && truthy(r.success)) || (own('ok') && truthy(r.ok))
    || (own('code') && SUCCESS_CODES.has(String(r.code).toLowerCase())) || (msg !== undefined && SUCCESS_MSG.test(msg));
  return { failed, succeeded };
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
  const { failed, succeeded } = readReply(json, mapping.found);
  const list = mapping.list === undefined ? [json] : getPath(json, mapping.list);
  if (!Array.isArray(list)) return unavailable(failed ? 'source-error' : 'malformed');
  if (failed) return unavailable('source-error');
  // "Not filed" is established positively: an empty list with nothing saying the query ran is no answer at all.
  if (list.length === 0) return mapping.list !== undefined && succeeded ? { status: 'not-found', fetchedAt } : unavailable(mapping.list === undefined ? 'malformed' : 'source-error');
  const records = list.map((item) => toRecord(item, mapping.fields)).filter((r): r is IcpRecord => r !== undefined);
  const mine = records.find((r) => {
    const key = normaliseDomainKey(r.domain);
    return key === domain || siteKey(`https://${key}/`)?.domain === domain;
  });
  // Records for some other domain are not an answer about this one (and never "not filed"); nor is a record whose
  // approval time is in the future or no date at all (icp-dates.ts).
  return mine && !recordDateProblem(mine, fetchedAt) ? { status: 'found', data: mine, fetchedAt } : unavailable('malformed');
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
