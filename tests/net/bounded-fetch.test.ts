// The one bounded fetch (lib/net): redirects followed by hand and counted, https kept, one deadline, one byte cap,
// typed reasons, never a throw; and the one back-off formula.
import { describe, expect, it } from 'vitest';
import { backoffDelay, createBackoff } from '../../lib/net/backoff';
import { boundedFetch, statusReason, type NetDeps } from '../../lib/net/bounded-fetch';

const NOW = Date.UTC(2026, 10, 24, 12);
const OPTS = { timeoutMs: 300, maxBytes: 1_000 };
function deps(respond: (url: string, init: RequestInit) => Response | Promise<Response>): NetDeps & { asked: string[]; inits: RequestInit[] } {
  const d = {
    asked: [] as string[], inits: [] as RequestInit[], now: () => NOW,
    fetch: (async (u: RequestInfo | URL, init?: RequestInit) => { d.asked.push(String(u)); d.inits.push(init ?? {}); return respond(String(u), init ?? {}); }) as typeof fetch,
  };
  return d;
}
const redirect = (location: string, status = 302) => new Response(null, { status, headers: { location } });

describe('boundedFetch', () => {
  it('follows redirects by hand, relative ones too, and says where the answer came from', async () => {
    const d = deps((u) => (u.endsWith('/a') ? redirect('/b', 301) : u.endsWith('/b') ? redirect('https://y.test/c', 307) : new Response('ok')));
    const r = await boundedFetch(d, 'https://x.test/a', OPTS);
    expect(r).toMatchObject({ ok: true, status: 200, url: 'https://y.test/c', redirects: 2 });
    expect(d.asked).toEqual(['https://x.test/a', 'https://x.test/b', 'https://y.test/c']);
    expect(d.inits[0]).toMatchObject({ redirect: 'manual', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('counts hops: a loop ends as redirect-loop after maxRedirects + 1 requests', async () => {
    const d = deps((u) => redirect(u));
    expect(await boundedFetch(d, 'https://x.test/loop', { ...OPTS, maxRedirects: 2 })).toMatchObject({ ok: false, reason: 'redirect-loop' });
    expect(d.asked).toHaveLength(3);
    const none = deps(() => redirect('https://x.test/elsewhere'));
    expect(await boundedFetch(none, 'https://x.test/', { ...OPTS, maxRedirects: 0 })).toMatchObject({ ok: false, reason: 'redirect-loop' });
  });

  it('never follows https to plain http, unless asked to (the CLI) or on this machine', async () => {
    const d = deps((u) => (u.startsWith('https:') ? redirect('http://x.test/plain') : new Response('ok')));
    expect(await boundedFetch(d, 'https://x.test/', OPTS)).toMatchObject({ ok: false, reason: 'insecure-redirect' });
    expect(await boundedFetch(d, 'https://x.test/', { ...OPTS, allowPlainHttp: true })).toMatchObject({ ok: true, url: 'http://x.test/plain' });
    const local = deps((u) => (u.endsWith('/a') ? redirect('/b') : new Response('ok')));
    expect(await boundedFetch(local, 'http://127.0.0.1:9/a', OPTS)).toMatchObject({ ok: true, redirects: 1 });
  });

  it('an opaque redirect (a browser hides the target) is asked again with follow, counted as a hop', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    const d = deps((_u, init) => (init.redirect === 'manual' ? opaque : Object.defineProperty(new Response('ok'), 'url', { value: 'https://y.test/' })));
    expect(await boundedFetch(d, 'https://x.test/', OPTS)).toMatchObject({ ok: true, url: 'https://y.test/', redirects: 1 });
    expect(await boundedFetch(d, 'https://x.test/', { ...OPTS, maxRedirects: 0 })).toMatchObject({ ok: false, reason: 'redirect-loop' });
  });

  it('caps bytes by header and while reading, and times out a stalled body', async () => {
    expect(await boundedFetch(deps(() => new Response('x', { headers: { 'content-length': '5000' } })), 'https://x.test/', OPTS)).toMatchObject({ ok: false, reason: 'too-large' });
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(512)) });
    expect(await boundedFetch(deps(() => new Response(endless)), 'https://x.test/', OPTS)).toMatchObject({ ok: false, reason: 'too-large', status: 200 });
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array(1)), pull: () => new Promise(() => undefined) });
    expect(await boundedFetch(deps(() => new Response(stalled)), 'https://x.test/', OPTS)).toEqual({ ok: false, reason: 'timeout' });
  });

  it('gives any status back as an answer, and a network failure with its own words', async () => {
    expect(await boundedFetch(deps(() => new Response('gone', { status: 410 })), 'https://x.test/', OPTS)).toMatchObject({ ok: true, status: 410 });
    const refused = deps(() => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { message: 'connect ECONNREFUSED' } })));
    expect(await boundedFetch(refused, 'https://x.test/', OPTS)).toEqual({ ok: false, reason: 'network', detail: 'connect ECONNREFUSED' });
    const ctrl = new AbortController();
    ctrl.abort();
    expect(await boundedFetch(refused, 'https://x.test/', { ...OPTS, signal: ctrl.signal })).toEqual({ ok: false, reason: 'aborted' });
  });

  it('names a status that is no answer', () => {
    expect([statusReason(429), statusReason(403), statusReason(503)]).toEqual(['rate-limited', 'http-403', 'http-503']);
  });
});

describe('backoffDelay, the one back-off formula', () => {
  const policy = { baseMs: 1_000, maxMs: 8_000 };
  it('doubles from the base, caps, and honours a longer Retry-After up to a day', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy))).toEqual([0, 1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(backoffDelay(1, policy, 60_000)).toBe(60_000);
    expect(backoffDelay(1, policy, 10 * 86_400_000)).toBe(86_400_000);
  });
  it('is what createBackoff applies', () => {
    let now = NOW;
    const b = createBackoff({ now: () => now, baseMs: 1_000, maxMs: 8_000 });
    b.failure('k');
    b.failure('k');
    expect(b.blockedUntil('k')).toBe(NOW + 2_000);
    now += 2_000;
    expect(b.blockedUntil('k')).toBeUndefined();
  });
});
