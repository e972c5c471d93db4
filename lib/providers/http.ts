// Providers' JSON over the one bounded fetch (lib/net): HTML and WAF pages recognised, 429/5xx turned into
// back-off, pacing per source. Nothing here throws; every failure is a short reason (reasons.ts).
import { retryAfter, type Backoff } from '../net/backoff';
import { boundedFetch, DEFAULT_MAX_REDIRECTS, utf8, type BoundedResponse, type NetFailureReason } from '../net/bounded-fetch';
import { BACKOFF_REASONS, type UnavailableReason } from './reasons';
import type { ProviderDeps } from './types';

export { backoffDelay, createBackoff, retryAfter, type Backoff } from '../net/backoff';

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_BYTES = 1_000_000;

/** Text of block pages that answer in place of data (domain-facts §2: 知道创宇 WAF in front of MIIT). */
export const WAF_MARKERS = ['当前访问疑似黑客攻击', '创宇盾', '安全狗', '您的访问被阻断', 'Access Denied', 'Request blocked'] as const;

export type HttpDeps = Pick<ProviderDeps, 'fetch' | 'now'>;
export type FetchJsonOptions = { signal?: AbortSignal; timeoutMs?: number; maxBytes?: number; maxRedirects?: number; headers?: Record<string, string> };
export type FetchJsonResult =
  | { ok: true; json: unknown; status: number }
  /**
   * `status`, `contentType` and `redirected` when a response arrived; `json` when a non-200 body parsed (an RDAP
   * error object, say): enough for a caller to decide whether a 404 is the server's own "no such object".
   */
  | { ok: false; reason: UnavailableReason; status?: number; contentType?: string; redirected?: boolean; retryAfterMs?: number; json?: unknown };

export async function fetchJson(deps: HttpDeps, url: string, opts: FetchJsonOptions = {}): Promise<FetchJsonResult> {
  const r = await boundedFetch(deps, url, {
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    headers: opts.headers,
    signal: opts.signal,
  });
  if (!r.ok) return { ok: false, reason: NET_REASON[r.reason], ...(r.status === undefined ? {} : { status: r.status }) };
  return classify(r, utf8(r.bytes), deps.now());
}

const NET_REASON: Record<NetFailureReason, UnavailableReason> = {
  timeout: 'timeout', 'too-large': 'too-large', network: 'network', aborted: 'aborted',
  'redirect-loop': 'redirect-loop', 'insecure-redirect': 'redirect-loop',
};

function classify(res: BoundedResponse, text: string, now: number): FetchJsonResult {
  const { status } = res;
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  const html = /\bhtml\b/.test(type) || /^\s*</.test(text);
  if (html && WAF_MARKERS.some((m) => text.includes(m))) return { ok: false, reason: 'waf-block', status };
  if (status === 429 || status >= 500) {
    return { ok: false, reason: status === 429 ? 'rate-limited' : 'server-error', status, retryAfterMs: retryAfter(res.headers.get('retry-after'), now) };
  }
  if (html) return { ok: false, reason: 'html-instead-of-json', status };
  const where = { status, contentType: type, redirected: res.redirects > 0 };
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, reason: status >= 200 && status < 300 ? 'malformed' : 'http-error', ...where };
  }
  // Only 200 is an answer: 202 (accepted, not done), 206 (a part), 204 and the rest say nothing about the domain.
  if (status !== 200) return { ok: false, reason: status >= 200 && status < 300 ? 'source-error' : 'http-error', ...where, json };
  return json === undefined ? { ok: false, reason: 'malformed', ...where } : { ok: true, json, status };
}

export type Limiter = { run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> };

/**
 * At most `concurrency` tasks at once, starts at least `minIntervalMs` apart. Paces in real time (Date.now and
 * setTimeout), not the injected clock: a frozen test clock must not freeze the queue.
 */
export function createLimiter(concurrency: number, minIntervalMs: number): Limiter {
  let active = 0;
  let lastStart = -Infinity;
  let wake: ReturnType<typeof setTimeout> | undefined;
  const queue: Array<{ start: () => void; dropped: boolean }> = [];
  const pump = (): void => {
    while (queue.length > 0 && active < concurrency) {
      const wait = lastStart + minIntervalMs - Date.now();
      if (wait > 0) {
        wake ??= setTimeout(() => { wake = undefined; pump(); }, wait);
        return;
      }
      const job = queue.shift()!;
      if (job.dropped) continue;
      active++;
      lastStart = Date.now();
      job.start();
    }
  };
  return {
    run: <T>(task: () => Promise<T>, signal?: AbortSignal) => new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
      const onAbort = () => { job.dropped = true; reject(new DOMException('Aborted', 'AbortError')); };
      const job = {
        dropped: false,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          void Promise.resolve().then(task).then(resolve, reject).finally(() => { active--; pump(); });
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(job);
      pump();
    }),
  };
}

export type SourceGuard = {
  /** fetchJson behind the back-off memory and the limiter of `key` (an RDAP base URL, an endpoint origin). */
  fetchJson(deps: HttpDeps, key: string, url: string, opts?: FetchJsonOptions): Promise<FetchJsonResult>;
};

export function createSourceGuard(opts: { concurrency: number; minIntervalMs: number; backoff: Backoff }): SourceGuard {
  const limiters = new Map<string, Limiter>();
  const { backoff } = opts;
  const limiter = (key: string) => {
    let l = limiters.get(key);
    if (!l) limiters.set(key, (l = createLimiter(opts.concurrency, opts.minIntervalMs)));
    return l;
  };
  return {
    fetchJson: async (deps, key, url, fetchOpts = {}) => {
      if (backoff.blockedUntil(key) !== undefined) return { ok: false, reason: 'backing-off' };
      try {
        return await limiter(key).run(async (): Promise<FetchJsonResult> => {
          // Checked again: a request that was ahead in the queue may have been refused meanwhile.
          if (backoff.blockedUntil(key) !== undefined) return { ok: false, reason: 'backing-off' };
          const r = await fetchJson(deps, url, fetchOpts);
          if (!r.ok && BACKOFF_REASONS.has(r.reason)) backoff.failure(key, r.retryAfterMs);
          else if (r.status !== undefined) backoff.success(key);
          return r;
        }, fetchOpts.signal);
      } catch {
        return { ok: false, reason: fetchOpts.signal?.aborted ? 'aborted' : 'network' };
      }
    },
  };
}
