// One contract, every provider (style.md rule 9, after tldts' shared suite): found / not-found / unavailable mapped
// right, nothing thrown, no failure ever read as "not found", requests bounded in time, and nothing but the
// registrable domain sent. Network providers talk to recorded responses on 127.0.0.1 (fixture-server.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openAppDb } from '../../lib/db/app-db';
import { cached } from '../../lib/providers/cached';
import { lookupStore as dexieLookupStore } from '../../lib/db/lookups';
import { createIcpHttpProvider, type IcpHttpConfig } from '../../lib/providers/icp-http';
import { createIcpRecordsProvider } from '../../lib/providers/icp-records';
import { createRdapProvider, createRdapRecordsProvider, RDAP_CACHE_POLICY, rdapSummarySchema } from '../../lib/providers/rdap';
import type { Provider, RdapSummary } from '../../lib/providers/types';
import { fixture, SCENARIO, startFixtureServer, testBootstrap, type FixtureServer } from './fixture-server';

const NOW = Date.UTC(2026, 10, 24, 12);
let server: FixtureServer;
let dbN = 0;

beforeAll(async () => { server = await startFixtureServer(); });
afterAll(async () => { await server.close(); });
beforeEach(() => { server.requests.length = 0; });

type Expect = 'found' | 'not-found' | `unavailable:${string}`;
type Case = { domain: string; expect: Expect; data?: Record<string, unknown> };
type MakeOpts = { timeoutMs?: number; fetch?: typeof fetch };
type Harness = {
  name: string;
  make(opts?: MakeOpts): Provider<unknown>;
  cases: Case[];
  /** Where a lookup of `domain` must go, exactly; absent for providers that never use the network. */
  requestUrl?: (domain: string) => string;
};

const deps = (o: MakeOpts = {}) => ({ fetch: o.fetch ?? globalThis.fetch, now: () => NOW, timeoutMs: o.timeoutMs ?? 3_000 });
const t = (iso: string) => Date.parse(iso);

const NETWORK_FAILURES: Case[] = [
  { domain: SCENARIO.rateLimited, expect: 'unavailable:rate-limited' },
  { domain: SCENARIO.serverError, expect: 'unavailable:server-error' },
  { domain: SCENARIO.waf, expect: 'unavailable:waf-block' },
  { domain: SCENARIO.truncated, expect: 'unavailable:malformed' },
  { domain: SCENARIO.otherDomain, expect: 'unavailable:malformed' },
  { domain: SCENARIO.huge, expect: 'unavailable:too-large' },
];

const RDAP_CASES: Case[] = [
  {
    domain: 'kadun-test-shop.com', expect: 'found', data: {
      registeredAt: t('2026-10-02T08:15:31Z'), expiresAt: t('2027-10-02T08:15:31Z'), lastChangedAt: t('2026-10-07T02:40:12Z'),
      registrar: 'KaDun Test Registrar (Hangzhou) Co., Ltd.', nameservers: ['ns1.kadun-test-dns.com', 'ns2.kadun-test-dns.com'],
      status: ['client delete prohibited', 'client transfer prohibited', 'client update prohibited'],
    },
  },
  { domain: 'kadun-test-shop.top', expect: 'found', data: { registeredAt: t('2025-03-15T02:11:09Z'), registrar: 'KaDun Test Registrar (Xiamen) Co., Ltd.' } },
  { domain: 'kadun-test-shop.xyz', expect: 'found', data: { registeredAt: t('2026-11-10T14:02:56Z'), expiresAt: t('2027-11-10T23:59:59Z'), registrar: 'KaDun Test Registrar, LLC' } },
  { domain: 'kadun-test-shop.vip', expect: 'found', data: { status: ['client hold', 'server hold', 'client transfer prohibited'], lastChangedAt: t('2026-11-20T03:14:15.926Z') } },
  { domain: 'kadun-test-shop.cc', expect: 'found', data: { registeredAt: t('2019-04-18T03:22:10Z'), registrar: 'KaDun Test Registrar Limited' } },
  { domain: SCENARIO.notFound, expect: 'not-found' },
  ...NETWORK_FAILURES,
  ...['kadun-test-shop.cn', 'kadun-test-shop.com.cn', 'kadun-test-shop.hk', 'kadun-test-shop.io'].map((domain): Case => ({ domain, expect: 'unavailable:no-rdap-for-tld' })),
];

const rdap = (o?: MakeOpts) => createRdapProvider({ deps: deps(o), bootstrap: async () => testBootstrap(server.origin), minIntervalMs: 0 });
const rdapUrl = (domain: string) => `/rdap/verisign/com/v1/domain/${domain}`;

const ICP_CONFIG = (): IcpHttpConfig => ({
  endpoint: `${server.origin}/icp/query?domain={domain}&type=web`,
  mapping: {
    list: 'params.list',
    found: { path: 'success', equals: true },
    fields: {
      unitName: 'unitName', natureName: 'natureName', mainLicence: 'mainLicence', serviceLicence: 'serviceLicence',
      domain: 'domain', updateRecordTime: 'updateRecordTime', limitAccess: 'limitAccess',
    },
  },
});

const ICP_RECORD = {
  unitName: '卡盾测试科技有限公司', natureName: '企业', mainLicence: '浙ICP备00000000号', serviceLicence: '浙ICP备00000000号-1',
  domain: 'kadun-test-shop.com', updateRecordTime: '2024-05-20 10:11:12', limitAccess: '否',
};

const HARNESSES: Harness[] = [
  { name: 'rdap', make: rdap, cases: RDAP_CASES, requestUrl: rdapUrl },
  {
    name: 'cached(rdap)',
    make: (o) => cached(rdap(o), RDAP_CACHE_POLICY, dexieLookupStore(openAppDb(`kadun-contract-${Date.now()}-${dbN++}`)), () => NOW, { dataSchema: rdapSummarySchema }),
    cases: RDAP_CASES,
    requestUrl: rdapUrl,
  },
  {
    name: 'icp-http',
    make: (o) => createIcpHttpProvider({ deps: deps(o), config: ICP_CONFIG(), minIntervalMs: 0 }),
    cases: [
      { domain: SCENARIO.found, expect: 'found', data: ICP_RECORD },
      { domain: SCENARIO.notFound, expect: 'not-found' },
      { domain: SCENARIO.icpBlocked, expect: 'unavailable:source-error' },
      ...NETWORK_FAILURES,
    ],
    requestUrl: (domain) => `/icp/query?domain=${domain}&type=web`,
  },
  {
    name: 'icp-records',
    make: () => createIcpRecordsProvider({
      now: () => NOW,
      records: { [SCENARIO.found]: ICP_RECORD, [SCENARIO.notFound]: null, 'kadun-bad-record.com': { unitName: 42 } },
    }),
    cases: [
      { domain: SCENARIO.found, expect: 'found', data: ICP_RECORD },
      { domain: 'KADUN-TEST-SHOP.COM.', expect: 'found' },
      { domain: SCENARIO.notFound, expect: 'not-found' },
      { domain: SCENARIO.rateLimited, expect: 'unavailable:not-in-records' },
      { domain: 'kadun-bad-record.com', expect: 'unavailable:malformed' },
    ],
  },
  {
    name: 'rdap-records',
    make: () => createRdapRecordsProvider({
      now: () => NOW,
      records: {
        [SCENARIO.found]: JSON.parse(fixture('rdap', 'com-verisign.json')),
        'kadun-test-shop.vip': JSON.parse(fixture('rdap', 'vip-hold.json')),
        [SCENARIO.notFound]: null,
        [SCENARIO.otherDomain]: JSON.parse(fixture('rdap', 'com-verisign.json')),
        'kadun-garbage.com': { errorCode: 500 },
      },
    }),
    cases: [
      RDAP_CASES[0]!,
      RDAP_CASES[3]!,
      { domain: `www.${SCENARIO.found}`, expect: 'found' },
      { domain: SCENARIO.notFound, expect: 'not-found' },
      { domain: SCENARIO.otherDomain, expect: 'unavailable:malformed' },
      { domain: 'kadun-garbage.com', expect: 'unavailable:malformed' },
      { domain: SCENARIO.rateLimited, expect: 'unavailable:not-in-records' },
    ],
  },
];

const expectAnswer = (result: Awaited<ReturnType<Provider<unknown>['lookup']>>, c: Case) => {
  if (c.expect.startsWith('unavailable:')) expect(result).toEqual({ status: 'unavailable', reason: c.expect.slice('unavailable:'.length) });
  else expect(result.status).toBe(c.expect);
  if (c.expect === 'found' && result.status === 'found') {
    expect(result.fetchedAt).toBe(NOW);
    if (c.data) expect(result.data).toMatchObject(c.data);
  }
  if (c.expect === 'not-found' && result.status === 'not-found') expect(result.fetchedAt).toBe(NOW);
};

describe.each(HARNESSES)('provider contract: $name', (h) => {
  it.each(h.cases)('$domain → $expect', async (c) => {
    expectAnswer(await h.make().lookup(c.domain), c);
  });

  it('one instance, every case twice (back-off and cache in play): not-found only where it is true', async () => {
    const p = h.make();
    for (const round of [1, 2]) {
      for (const c of h.cases) {
        const r = await p.lookup(c.domain);
        if (c.expect === 'not-found') expect(['not-found', 'unavailable'], `${round} ${c.domain}`).toContain(r.status);
        else expect(r.status, `${round} ${c.domain}`).not.toBe('not-found');
        if (c.expect.startsWith('unavailable')) expect(r.status, `${round} ${c.domain}`).toBe('unavailable');
      }
    }
  });

  it('never throws, and odd input is unavailable, never not-found', async () => {
    const p = h.make();
    for (const input of ['', ' ', '.', '..', 'com', '127.0.0.1', '[::1]', 'localhost', 'user@kadun-test-shop.evil', 'a'.repeat(300) + '.com.', '\u0000', 'shop.example', 'kadun.test']) {
      const r = await p.lookup(input);
      expect(r.status, JSON.stringify(input)).toBe('unavailable');
    }
  });

  it.skipIf(!h.requestUrl)('a failing fetch reads as unavailable, never not-found', async () => {
    const failing: Array<typeof fetch> = [
      () => { throw new TypeError('synchronous failure'); },
      () => Promise.reject(new TypeError('Failed to fetch')),
      async () => new Response('<html>Not Found</html>', { status: 404, headers: { 'content-type': 'text/html' } }),
      async () => new Response('{}', { status: 403, headers: { 'content-type': 'application/json' } }),
      async () => new Response('', { status: 200, headers: { 'content-type': 'application/json' } }),
      async () => new Response('null', { status: 200, headers: { 'content-type': 'application/json' } }),
      async () => new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } }),
      async () => new Response('{"errorCode":503}', { status: 503, headers: { 'retry-after': 'Wed, 25 Nov 2026 12:00:00 GMT' } }),
      async () => new Response('<p>当前访问疑似黑客攻击</p>', { status: 405 }),
    ];
    for (const [i, f] of failing.entries()) {
      const r = await h.make({ fetch: f }).lookup(SCENARIO.found);
      expect(r.status, `fetch #${i}`).toBe('unavailable');
    }
  });

  it.skipIf(!h.requestUrl)('gives up after its timeout on a response that never ends', async () => {
    const started = Date.now();
    expect(await h.make({ timeoutMs: 300 }).lookup(SCENARIO.slow)).toEqual({ status: 'unavailable', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it.skipIf(!h.requestUrl)('stops when the caller aborts', async () => {
    const ctrl = new AbortController();
    const pending = h.make({ timeoutMs: 10_000 }).lookup(SCENARIO.slow, { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 100);
    expect(await pending).toEqual({ status: 'unavailable', reason: 'aborted' });
  });

  it.skipIf(!h.requestUrl)('sends only the registrable domain: no subdomain, path, query, cookie or referrer', async () => {
    const p = h.make();
    for (const input of ['www.kadun-test-shop.com', 'Pay.Shop.KADUN-TEST-SHOP.com.', 'kadun-test-shop.com/order/123?token=secret#frag']) {
      expect((await p.lookup(input)).status).toBe('found');
    }
    expect(server.requests.length).toBeGreaterThan(0);
    for (const r of server.requests) {
      expect(r.url).toBe(h.requestUrl!(SCENARIO.found));
      expect(r.method).toBe('GET');
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }
  });

  it.skipIf(!h.requestUrl)('asks nothing for IPs, localhost and reserved names', async () => {
    const p = h.make();
    for (const input of ['127.0.0.1', 'localhost', 'shop.example', 'cards.test', 'x.invalid']) await p.lookup(input);
    expect(server.requests).toEqual([]);
  });
});

describe('rdap provider specifics', () => {
  it('answers no-rdap-for-tld without a request', async () => {
    const p = rdap();
    for (const d of ['kadun-test-shop.cn', 'kadun-test-shop.com.cn', 'kadun-test-shop.hk', 'kadun-test-shop.io']) await p.lookup(d);
    expect(server.requests).toEqual([]);
  });

  it('adds the missing slash to a base URL and asks for RDAP JSON', async () => {
    const r = await rdap().lookup('kadun-test-shop.cc');
    expect((r as { data: RdapSummary }).data.registrar).toBe('KaDun Test Registrar Limited');
    expect(server.requests[0]!.url).toBe('/rdap/verisign/cc/v1/domain/kadun-test-shop.cc');
    expect(server.requests[0]!.headers.accept).toContain('application/rdap+json');
  });

  it('backs off after a 429 without touching the network again', async () => {
    const p = rdap();
    expect(await p.lookup(SCENARIO.rateLimited)).toEqual({ status: 'unavailable', reason: 'rate-limited' });
    expect(await p.lookup(SCENARIO.found)).toEqual({ status: 'unavailable', reason: 'backing-off' });
    expect(server.requests).toHaveLength(1);
    // Another server is not affected.
    expect((await p.lookup('kadun-test-shop.top')).status).toBe('found');
  });
});
