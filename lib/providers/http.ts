// The one way providers talk to the network: bounded in time and size, HTML and WAF pages recognised, 429/5xx
// turned into back-off. Nothing here throws; every failure is a short reason (reasons.ts).
import { BACKOFF_REASONS, type UnavailableReason } from './reasons';
import type { ProviderDeps } from './types';

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_BYTES = 1_000_000;

/** Text of block pages that answer in place of data (domain-facts §2: 知道创宇 WAF in front of MIIT). */
export const WAF_MARKERS = ['当前访问疑似黑客攻击', '创宇盾', '安全狗', '您的访问被阻断', 'Access Denied', 'Request blocked'] as const;

export type HttpDeps = Pick<ProviderDeps, 'fetch' | 'now'>;
export type FetchJsonOptions = { signal?: AbortSignal; timeoutMs?: number; maxBytes?: number; headers?: Record<string, string> };
export type FetchJsonResult =
  | { ok: true; json: unknown; status: number }
  /** `status` when a response arrived; `json` when a non-2xx body parsed (an RDAP error object, say). */
  | { ok: false; reason: UnavailableReason; status?: number; retryAfterMs?: number; json?: unknown };

type Body = { text: string } | { fail: 'too-large' | 'aborted' };

export async function fetchJson(deps: HttpDeps, url: string, opts: FetchJsonOptions = {}): Promise<FetchJsonResult> {
  if (opts.signal?.aborted) return { ok: false, reason: 'aborted' };
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; ctrl.abort(); }, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onAbort = () => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  // Raced against every await: not every fetch implementation errors a body stream that is aborted mid-way.
  const aborted = new Promise<'aborted'>((resolve) => ctrl.signal.addEventListener('abort', () => resolve('aborted'), { once: true }));
  const stopped = (): FetchJsonResult => ({ ok: false, reason: timedOut ? 'timeout' : 'aborted' });
  try {
    // Called unbound: `deps.fetch(…)` would run the browser's fetch with `this = deps` ("Illegal invocation").
    const f = deps.fetch;
    const pending = f(url, { method: 'GET', headers: opts.headers, signal: ctrl.signal, credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
    pending.catch(() => undefined);
    const res = await Promise.race([pending, aborted]);
    if (res === 'aborted') return stopped();
    const body = await readCapped(res, opts.maxBytes ?? DEFAULT_MAX_BYTES, aborted);
    if ('fail' in body) return body.fail === 'aborted' ? stopped() : { ok: false, reason: 'too-large', status: res.status };
    return classify(res, body.text, deps.now());
  } catch {
    return timedOut ? { ok: false, reason: 'timeout' } : opts.signal?.aborted ? { ok: false, reason: 'aborted' } : { ok: false, reason: 'network' };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(res: Response, maxBytes: number, aborted: Promise<'aborted'>): Promise<Body> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes || !res.body) {
    void res.body?.cancel().catch(() => undefined);
    if (declared > maxBytes) return { fail: 'too-large' };
    const text = await res.text();
    return new TextEncoder().encode(text).byteLength > maxBytes ? { fail: 'too-large' } : { text };
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const next = reader.read();
    next.catch(() => undefined);
    const r = await Promise.race([next, aborted]);
    if (r === 'aborted' || (!r.done && (total += r.value.byteLength) > maxBytes)) {
      void reader.cancel().catch(() => undefined);
      return { fail: r === 'aborted' ? 'aborted' : 'too-large' };
    }
    if (r.done) break;
    chunks.push(r.value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { all.set(c, at); at += c.byteLength; }
  return { text: new TextDecoder('utf-8').decode(all) };
}

function classify(res: Response, text: string, now: number): FetchJsonResult {
  const status = res.status;
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  const html = /\bhtml\b/.test(type) || /^\s*</.test(text);
  if (html && WAF_MARKERS.some((m) => text.includes(m))) return { ok: false, reason: 'waf-block', status };
  if (status === 429 || status >= 500) {
    return { ok: false, reason: status === 429 ? 'rate-limited' : 'server-error', status, retryAfterMs: retryAfter(res.headers.get('retry-after'), now) };
  }
  if (html) return { ok: false, reason: 'html-instead-of-json', status };
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return status >= 200 && status < 300 ? { ok: false, reason: 'malformed', status } : { ok: false, reason: 'http-error', status };
  }
  if (status < 200 || status >= 300) return { ok: false, reason: 'http-error', status, json };
  return json === undefined ? { ok: false, reason: 'malformed', status } : { ok: true, json, status };
}

/** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. */
export function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
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

export type Backoff = {
  /** When the source may be asked again, or undefined when it may be asked now. */
  blockedUntil(key: string): number | undefined;
  failure(key: string, retryAfterMs?: number): void;
  success(key: string): void;
};

/**
 * After a 429 / 5xx / WAF page, leave the source alone for baseMs·2^(n−1) (capped at maxMs), or longer when the
 * server's Retry-After says so (honoured up to a day). Kept in memory: a restarted worker costs one more request.
 */
export function createBackoff(opts: { now?: () => number; baseMs?: number; maxMs?: number } = {}): Backoff {
  const now = opts.now ?? Date.now;
  const baseMs = opts.baseMs ?? 30_000;
  const maxMs = opts.maxMs ?? 3_600_000;
  const state = new Map<string, { failures: number; until: number }>();
  return {
    blockedUntil: (key) => {
      const s = state.get(key);
      return s && s.until > now() ? s.until : undefined;
    },
    failure: (key, retryAfterMs) => {
      const failures = (state.get(key)?.failures ?? 0) + 1;
      const window = Math.max(Math.min(baseMs * 2 ** (failures - 1), maxMs), Math.min(retryAfterMs ?? 0, 86_400_000));
      state.set(key, { failures, until: now() + window });
    },
    success: (key) => void state.delete(key),
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
