// The one way KaDun fetches anything (providers, the community list, the CLI's page fetch): fetch and clock
// injected, one deadline for the whole exchange, a byte cap while reading, redirects followed by hand and counted,
// no cookies, no referrer. Nothing here throws; a failure is a typed reason.
import { readCapped } from './read-capped';

export type NetDeps = { fetch: typeof fetch; now: () => number };

export type NetFailureReason = 'timeout' | 'too-large' | 'network' | 'redirect-loop' | 'insecure-redirect' | 'aborted';

export type BoundedOptions = {
  timeoutMs: number;
  maxBytes: number;
  /** Hops followed before 'redirect-loop'; 0 refuses every redirect. */
  maxRedirects?: number;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  cache?: RequestCache;
  /** Plain http anywhere, first request and redirects (the CLI checking an http shop); off for every data source. */
  allowPlainHttp?: boolean;
};

export type BoundedResponse = {
  ok: true;
  /** Any status: what a 304, a 404 or a 429 means is the caller's to say. */
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** Where the answer came from, and how many hops it took to get there. */
  url: string;
  redirects: number;
};
/** `detail`: the error's own words for a 'network' failure (DNS, refused, TLS), for a person reading a log. */
export type BoundedFailure = { ok: false; reason: NetFailureReason; status?: number; detail?: string };
export type BoundedResult = BoundedResponse | BoundedFailure;

export const DEFAULT_MAX_REDIRECTS = 3;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//i;

/** https only; plain http only from this machine to itself (tests, a lookup service on localhost). */
const allowedHop = (from: string, to: string, plain = false) =>
  /^https:\/\//i.test(to) || (plain && /^http:\/\//i.test(to)) || (LOOPBACK.test(from) && LOOPBACK.test(to));

export async function boundedFetch(deps: NetDeps, url: string, opts: BoundedOptions): Promise<BoundedResult> {
  if (opts.signal?.aborted) return { ok: false, reason: 'aborted' };
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; ctrl.abort(); }, opts.timeoutMs);
  const onAbort = () => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const stop = new Promise<void>((resolve) => ctrl.signal.addEventListener('abort', () => resolve(), { once: true }));
  const stopped = (): BoundedFailure => ({ ok: false, reason: timedOut ? 'timeout' : 'aborted' });
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  try {
    let current = url;
    for (let hops = 0; ; hops++) {
      // Called unbound: `deps.fetch(…)` would run the browser's fetch with `this = deps` ("Illegal invocation").
      const f = deps.fetch;
      const init: RequestInit = { method: 'GET', headers: opts.headers, signal: ctrl.signal, credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer' };
      if (opts.cache) init.cache = opts.cache;
      const pending = f(current, init);
      pending.catch(() => undefined);
      const res = await Promise.race([pending, stop]);
      if (!res) return stopped();
      if (res.type === 'opaqueredirect') {
        // Browsers hide a manual redirect's target: ask once more letting the browser follow (its own cap is 20),
        // and count it as one hop so a caller that wants none still refuses it.
        void res.body?.cancel().catch(() => undefined);
        if (hops >= maxRedirects) return { ok: false, reason: 'redirect-loop' };
        const followed = await Promise.race([f(current, { ...init, redirect: 'follow' }), stop]);
        return followed ? await body(followed, current, hops + 1) : stopped();
      }
      const location = REDIRECT.has(res.status) ? res.headers.get('location') : null;
      if (location === null) return await body(res, current, hops);
      void res.body?.cancel().catch(() => undefined);
      if (hops >= maxRedirects) return { ok: false, reason: 'redirect-loop', status: res.status };
      const next = new URL(location, current).href;
      if (!allowedHop(current, next, opts.allowPlainHttp)) return { ok: false, reason: 'insecure-redirect', status: res.status };
      current = next;
    }
  } catch (err) {
    if (timedOut) return { ok: false, reason: 'timeout' };
    if (opts.signal?.aborted) return { ok: false, reason: 'aborted' };
    const cause = (err as { cause?: { message?: unknown } } | null)?.cause?.message;
    return { ok: false, reason: 'network', detail: String(typeof cause === 'string' ? cause : err instanceof Error ? err.message : err).slice(0, 200) };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }

  async function body(res: Response, asked: string, hops: number): Promise<BoundedResult> {
    // A fetch that followed redirects itself (a browser's, or one that ignores 'manual') tells where it ended up.
    const at = res.url || asked;
    const redirects = at === asked ? hops : Math.max(hops, 1);
    if (at !== asked && !allowedHop(asked, at, opts.allowPlainHttp)) {
      void res.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'insecure-redirect', status: res.status };
    }
    const read = await readCapped(res, opts.maxBytes, stop);
    if ('fail' in read) return read.fail === 'stopped' ? stopped() : { ok: false, reason: 'too-large', status: res.status };
    return { ok: true, status: res.status, headers: res.headers, bytes: read.bytes, url: at, redirects };
  }
}

/** The typed reason for a status that is not an answer: 429 → 'rate-limited', anything else → 'http-<status>'. */
export type StatusReason = 'rate-limited' | `http-${number}`;
export const statusReason = (status: number): StatusReason => (status === 429 ? 'rate-limited' : `http-${status}`);

/** UTF-8 text of a body (invalid bytes become U+FFFD, never an exception). */
export const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);
