import { describe, expect, it } from 'vitest';
import { createBackoff, createLimiter, createSourceGuard, fetchJson, retryAfter, type HttpDeps } from '../../lib/providers/http';

const NOW = Date.UTC(2026, 10, 24, 12);
const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });
const depsWith = (respond: (url: string, init?: RequestInit) => Promise<Response> | Response): HttpDeps & { calls: number } => {
  const deps = { calls: 0, now: () => NOW, fetch: (async (url: string, init?: RequestInit) => { deps.calls++; return respond(url, init); }) as typeof fetch };
  return deps;
};
/** A fetch that never answers until aborted, as a hung server does. */
const hanging = depsWith((_u, init) => new Promise<Response>((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));

describe('fetchJson', () => {
  it.each([
    ['JSON', json('{"a":1}'), { ok: true, json: { a: 1 }, status: 200 }],
    ['RDAP JSON', new Response('{"a":1}', { headers: { 'content-type': 'application/rdap+json' } }), { ok: true, json: { a: 1 }, status: 200 }],
    ['JSON with no content type', new Response('[1]'), { ok: true, json: [1], status: 200 }],
    ['an HTML page', new Response('<!doctype html><p>hi</p>', { headers: { 'content-type': 'text/html' } }), { ok: false, reason: 'html-instead-of-json', status: 200 }],
    ['HTML labelled as JSON', json('  <html><body>error</body></html>'), { ok: false, reason: 'html-instead-of-json', status: 200 }],
    ['a WAF block page (200)', new Response('<html>当前访问疑似黑客攻击，已被网站管理员设置为拦截</html>', { headers: { 'content-type': 'text/html' } }), { ok: false, reason: 'waf-block', status: 200 }],
    ['a WAF block page (403)', new Response('<html>当前访问疑似黑客攻击</html>', { status: 403 }), { ok: false, reason: 'waf-block', status: 403 }],
    ['truncated JSON', json('{"list":[{"unitName":"卡'), { ok: false, reason: 'malformed', status: 200 }],
    ['an empty 200', json(''), { ok: false, reason: 'malformed', status: 200 }],
    ['a 404 RDAP error', json('{"errorCode":404}', 404), { ok: false, reason: 'http-error', status: 404, json: { errorCode: 404 } }],
    ['an empty 404', new Response(null, { status: 404 }), { ok: false, reason: 'http-error', status: 404 }],
    ['a 403', json('{"error":"forbidden"}', 403), { ok: false, reason: 'http-error', status: 403, json: { error: 'forbidden' } }],
    ['a 429', json('{}', 429, { 'retry-after': '120' }), { ok: false, reason: 'rate-limited', status: 429, retryAfterMs: 120_000 }],
    ['a 503 with an HTTP date', json('{}', 503, { 'retry-after': 'Tue, 24 Nov 2026 12:05:00 GMT' }), { ok: false, reason: 'server-error', status: 503, retryAfterMs: 300_000 }],
    ['a 500', new Response('<h1>500</h1>', { status: 500, headers: { 'content-type': 'text/html' } }), { ok: false, reason: 'server-error', status: 500 }],
    // Only 200 is an answer: a 202 or 206 with a plausible body says nothing about the domain.
    ['a 202 with JSON', json('{"list":[]}', 202), { ok: false, reason: 'source-error', status: 202 }],
    ['a 206 with JSON', json('{"list":[]}', 206), { ok: false, reason: 'source-error', status: 206 }],
  ])('%s', async (_name, response, expected) => {
    // toMatchObject: a non-200 also carries contentType and redirected (rdap.ts reads them).
    expect(await fetchJson(depsWith(() => response), 'https://rdap.test/x')).toMatchObject(expected);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull(c) { pulled++; c.enqueue(new Uint8Array(10)); } });
    const r = await fetchJson(depsWith(() => new Response(body, { headers: { 'content-length': '2000000' } })), 'https://x.test/');
    expect(r).toEqual({ ok: false, reason: 'too-large', status: 200 });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading an endless body at the cap and cancels the stream', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({ pull(c) { c.enqueue(new Uint8Array(64 * 1024)); }, cancel() { cancelled = true; } });
    expect(await fetchJson(depsWith(() => new Response(body)), 'https://x.test/', { maxBytes: 200_000 })).toEqual({ ok: false, reason: 'too-large', status: 200 });
    expect(cancelled).toBe(true);
  });

  it('times out on a request that never answers', async () => {
    const started = Date.now();
    expect(await fetchJson(hanging, 'https://x.test/', { timeoutMs: 50 })).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('times out on a body that never ends, even if the stream ignores the abort', async () => {
    const body = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(new TextEncoder().encode('{"a":')); } });
    expect(await fetchJson(depsWith(() => new Response(body)), 'https://x.test/', { timeoutMs: 50 })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('defaults to a 5 s timeout', async () => {
    const deps = depsWith((_u, init) => {
      expect(init?.signal).toBeInstanceOf(AbortSignal);
      return json('{}');
    });
    expect((await fetchJson(deps, 'https://x.test/')).ok).toBe(true);
  });

  it('reports the caller\'s abort as aborted, before and during the request', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    expect(await fetchJson(hanging, 'https://x.test/', { signal: ctrl.signal })).toEqual({ ok: false, reason: 'aborted' });
    const later = new AbortController();
    setTimeout(() => later.abort(), 20);
    expect(await fetchJson(hanging, 'https://x.test/', { signal: later.signal, timeoutMs: 5_000 })).toEqual({ ok: false, reason: 'aborted' });
  });

  it('maps a network failure, sync or async, to network', async () => {
    expect(await fetchJson(depsWith(() => { throw new TypeError('boom'); }), 'https://x.test/')).toEqual({ ok: false, reason: 'network' });
    expect(await fetchJson(depsWith(() => Promise.reject(new TypeError('Failed to fetch'))), 'https://x.test/')).toEqual({ ok: false, reason: 'network' });
  });

  it('calls fetch unbound (a browser\'s fetch throws "Illegal invocation" on another `this`), without cookies or referrer', async () => {
    let self: unknown = 'unset';
    let init: RequestInit | undefined;
    const deps = { now: () => NOW, fetch: function (this: unknown, _u: string, i?: RequestInit) { self = this; init = i; return Promise.resolve(json('{}')); } as unknown as typeof fetch };
    await fetchJson(deps, 'https://x.test/', { headers: { accept: 'application/rdap+json' } });
    expect(self).toBeUndefined();
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/rdap+json' } });
  });
});

describe('retryAfter', () => {
  it.each([
    [null, undefined], ['', undefined], ['0', 0], [' 30 ', 30_000], ['Tue, 24 Nov 2026 12:01:00 GMT', 60_000],
    ['Tue, 24 Nov 2026 11:00:00 GMT', 0], ['soon', undefined],
  ])('%j → %j', (header, ms) => expect(retryAfter(header, NOW)).toBe(ms));
});

describe('createLimiter', () => {
  it('runs one at a time, starts at least minIntervalMs apart', async () => {
    const limiter = createLimiter(1, 60);
    const starts: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = async () => {
      starts.push(Date.now());
      maxRunning = Math.max(maxRunning, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    };
    await Promise.all([limiter.run(task), limiter.run(task), limiter.run(task)]);
    expect(maxRunning).toBe(1);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(55);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(55);
  });

  it('allows `concurrency` tasks at once', async () => {
    const limiter = createLimiter(2, 0);
    let running = 0;
    let maxRunning = 0;
    const task = async () => {
      maxRunning = Math.max(maxRunning, ++running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
    };
    await Promise.all([1, 2, 3, 4, 5].map(() => limiter.run(task)));
    expect(maxRunning).toBe(2);
  });

  it('drops a queued task whose caller aborts, and a failing task does not block the queue', async () => {
    const limiter = createLimiter(1, 0);
    let release!: () => void;
    const first = limiter.run(() => new Promise<void>((r) => { release = r; }));
    const ctrl = new AbortController();
    let ran = false;
    const second = limiter.run(async () => { ran = true; }, ctrl.signal);
    ctrl.abort();
    await expect(second).rejects.toThrow();
    const third = limiter.run(async () => { throw new Error('task failed'); });
    const fourth = limiter.run(async () => 'done');
    release();
    await first;
    await expect(third).rejects.toThrow('task failed');
    expect(await fourth).toBe('done');
    expect(ran).toBe(false);
  });
});

describe('createBackoff', () => {
  it('grows exponentially, honours a longer Retry-After, caps, and forgets on success', () => {
    let now = 0;
    const b = createBackoff({ now: () => now, baseMs: 1_000, maxMs: 8_000 });
    expect(b.blockedUntil('s')).toBeUndefined();
    b.failure('s');
    expect(b.blockedUntil('s')).toBe(1_000);
    b.failure('s');
    expect(b.blockedUntil('s')).toBe(2_000);
    b.failure('s');
    b.failure('s');
    b.failure('s');
    expect(b.blockedUntil('s')).toBe(8_000);
    b.failure('s', 60_000);
    expect(b.blockedUntil('s')).toBe(60_000);
    expect(b.blockedUntil('other')).toBeUndefined();
    now = 60_000;
    expect(b.blockedUntil('s')).toBeUndefined();
    b.success('s');
    b.failure('s');
    expect(b.blockedUntil('s')).toBe(61_000);
  });
});

describe('createSourceGuard', () => {
  it('after a 429 answers backing-off without touching the network, then asks again once the window has passed', async () => {
    let now = NOW;
    let status = 429;
    const deps = depsWith(() => json('{"ok":1}', status, { 'retry-after': '10' }));
    deps.now = () => now;
    const guard = createSourceGuard({ concurrency: 1, minIntervalMs: 0, backoff: createBackoff({ now: () => now, baseMs: 1_000 }) });
    expect(await guard.fetchJson(deps, 'rdap.test', 'https://rdap.test/a')).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(await guard.fetchJson(deps, 'rdap.test', 'https://rdap.test/b')).toEqual({ ok: false, reason: 'backing-off' });
    expect(deps.calls).toBe(1);
    expect(await guard.fetchJson(deps, 'other.test', 'https://other.test/b')).toMatchObject({ ok: false, reason: 'rate-limited' });
    now += 10_001;
    status = 200;
    expect(await guard.fetchJson(deps, 'rdap.test', 'https://rdap.test/c')).toMatchObject({ ok: true });
    expect(deps.calls).toBe(3);
  });

  it('backs off after a 5xx and after a WAF page, not after a timeout', async () => {
    const backoff = createBackoff({ now: () => NOW });
    const guard = createSourceGuard({ concurrency: 1, minIntervalMs: 0, backoff });
    await guard.fetchJson(depsWith(() => json('{}', 502)), 'a', 'https://a.test/');
    await guard.fetchJson(depsWith(() => new Response('<p>当前访问疑似黑客攻击</p>')), 'b', 'https://b.test/');
    await guard.fetchJson(hanging, 'c', 'https://c.test/', { timeoutMs: 10 });
    expect([backoff.blockedUntil('a'), backoff.blockedUntil('b'), backoff.blockedUntil('c')].map((v) => v !== undefined)).toEqual([true, true, false]);
  });
});
