import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BOOTSTRAP_REFRESH_MS, createBootstrapSource, findRdapBase, IANA_RDAP_DNS_URL, rdapBootstrapSchema, type RdapBootstrap, type StoredBootstrap,
} from '../../lib/providers/rdap-bootstrap';
import { createRdapProvider } from '../../lib/providers/rdap';

const BUNDLED: unknown = JSON.parse(readFileSync('public/data/rdap-dns.json', 'utf8'));
const bundled = rdapBootstrapSchema.parse(BUNDLED);
const NOW = Date.UTC(2026, 10, 24, 12);
const DAY = BOOTSTRAP_REFRESH_MS;

const boot = (publication: string, services: RdapBootstrap['services']): RdapBootstrap => ({ version: '1.0', publication, services });

describe('bundled IANA bootstrap (public/data/rdap-dns.json, 2025-12-11)', () => {
  it('is the IANA file, valid against RFC 9224', () => {
    expect(bundled.publication).toBe('2025-12-11T00:00:01Z');
    expect(bundled.services.length).toBeGreaterThan(500);
  });

  it.each([
    ['shop.com', 'https://rdap.verisign.com/com/v1/'],
    ['shop.net', 'https://rdap.verisign.com/net/v1/'],
    ['shop.cc', 'https://tld-rdap.verisign.com/cc/v1/'],
    ['shop.top', 'https://rdap.zdnsgtld.com/top/'],
    ['shop.xyz', 'https://rdap.centralnic.com/xyz/'],
    ['shop.vip', 'https://rdap.nic.vip/'],
    ['shop.shop', 'https://rdap.gmoregistry.net/rdap/'],
    ['SHOP.WANG.', 'https://rdap.zdnsgtld.com/wang/'],
  ])('%s → %s', (domain, base) => expect(findRdapBase(bundled, domain)).toBe(base));

  it.each(['shop.cn', 'shop.com.cn', 'shop.xn--fiqs8s', 'shop.hk', 'shop.mo', 'shop.io', 'shop.co', 'shop.me'])('%s has no RDAP server', (domain) => {
    expect(findRdapBase(bundled, domain)).toBeUndefined();
  });
});

describe('findRdapBase', () => {
  const b = boot('2026-01-01T00:00:00Z', [
    [['uk'], ['https://rdap.uk.test/']],
    [['co.uk'], ['http://rdap.co-uk.test/', 'https://rdap.co-uk.test/']],
    [['plain'], ['http://rdap.plain.test']],
    [['odd'], ['ftp://rdap.odd.test/']],
  ]);
  it('prefers the longest matching label set', () => {
    expect(findRdapBase(b, 'shop.co.uk')).toBe('https://rdap.co-uk.test/');
    expect(findRdapBase(b, 'shop.uk')).toBe('https://rdap.uk.test/');
  });
  it('uses https only (never an http server the permission prompt did not ask for), adds the trailing slash', () => {
    expect(findRdapBase(b, 'x.co.uk')).toMatch(/^https:/);
    expect(findRdapBase(b, 'x.plain')).toBeUndefined();
    expect(findRdapBase({ ...b, services: [[['plain'], ['http://127.0.0.1:8080/rdap']]] }, 'x.plain')).toBe('http://127.0.0.1:8080/rdap/');
    expect(findRdapBase(b, 'x.odd')).toBeUndefined();
    expect(findRdapBase(b, 'x.cn')).toBeUndefined();
  });
});

function harness(opts: { fetchResult?: () => Response | Promise<Response>; stored?: StoredBootstrap; bundledValue?: unknown } = {}) {
  let now = NOW;
  const calls: string[] = [];
  const store = { value: opts.stored as StoredBootstrap | undefined, get: async () => store.value, set: async (v: StoredBootstrap) => { store.value = v; } };
  const refreshes: Array<Promise<void>> = [];
  const make = () => createBootstrapSource({
    deps: {
      now: () => now,
      fetch: (async (url: string) => { calls.push(url); return (opts.fetchResult ?? (() => Response.json(fresh)))(); }) as typeof fetch,
    },
    bundled: () => ('bundledValue' in opts ? opts.bundledValue : BUNDLED),
    store,
    onRefresh: (p) => refreshes.push(p),
  });
  return { make, store, calls, refreshes, advance: (ms: number) => { now += ms; }, settle: () => Promise.all(refreshes) };
}

const fresh = boot('2026-11-20T00:00:01Z', [[['com'], ['https://rdap.verisign.com/com/v1/']], [['kadun'], ['https://rdap.nic.kadun/']]]);

describe('createBootstrapSource', () => {
  it('answers with the bundled copy at once, refreshes from IANA in the background, then uses the refreshed copy', async () => {
    const h = harness();
    const source = h.make();
    expect((await source.get()).publication).toBe(bundled.publication);
    await h.settle();
    expect(h.calls).toEqual([IANA_RDAP_DNS_URL]);
    expect((await source.get()).publication).toBe(fresh.publication);
    expect(h.store.value).toEqual({ checkedAt: NOW, bootstrap: fresh });
  });

  it('asks IANA at most once a day, also across worker restarts', async () => {
    const h = harness();
    await h.make().get();
    await h.settle();
    h.advance(DAY - 1);
    const again = h.make();
    expect((await again.get()).publication).toBe(fresh.publication);
    await h.make().get();
    await h.settle();
    expect(h.calls).toHaveLength(1);
    h.advance(1);
    await again.get();
    await h.settle();
    expect(h.calls).toHaveLength(2);
  });

  it.each([
    ['a 500', () => new Response('oops', { status: 500 })],
    ['malformed JSON', () => new Response('{"services": [', { headers: { 'content-type': 'application/json' } })],
    ['valid JSON of the wrong shape', () => Response.json({ services: 'none' })],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('a failed refresh (%s) keeps the previous copy and waits a day before trying again', async (_n, failure) => {
    const h = harness({ fetchResult: failure, stored: { checkedAt: NOW - 2 * DAY, bootstrap: fresh } });
    const source = h.make();
    expect((await source.get()).publication).toBe(fresh.publication);
    await h.settle();
    expect((await source.get()).publication).toBe(fresh.publication);
    expect(h.store.value).toEqual({ checkedAt: NOW, bootstrap: fresh });
    await source.get();
    expect(h.calls).toHaveLength(1);
  });

  it('does not replace a newer copy with an older one (a new bundled file beats an old refreshed one)', async () => {
    const old = boot('2025-01-01T00:00:00Z', [[['com'], ['https://old.test/']]]);
    const h = harness({ stored: { checkedAt: NOW, bootstrap: old } });
    expect((await h.make().get()).publication).toBe(bundled.publication);
    const h2 = harness({ fetchResult: () => Response.json(old) });
    const s2 = h2.make();
    await s2.get();
    await h2.settle();
    expect((await s2.get()).publication).toBe(bundled.publication);
  });

  it('ignores a corrupt stored value', async () => {
    const h = harness({ stored: { checkedAt: 'yesterday' } as unknown as StoredBootstrap });
    expect((await h.make().get()).publication).toBe(bundled.publication);
  });

  it('with no usable copy at all waits for IANA, and fails when IANA fails too (the provider answers no-bootstrap)', async () => {
    const h = harness({ bundledValue: { nope: true } });
    expect((await h.make().get()).publication).toBe(fresh.publication);
    const broken = harness({ bundledValue: undefined, fetchResult: () => new Response('no', { status: 503 }) });
    const source = broken.make();
    await expect(source.get()).rejects.toThrow();
    const provider = createRdapProvider({ deps: { fetch: globalThis.fetch, now: () => NOW }, bootstrap: source.get });
    expect(await provider.lookup('kadun-test-shop.com')).toEqual({ status: 'unavailable', reason: 'no-bootstrap' });
  });
});
