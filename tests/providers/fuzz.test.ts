// Provider answers fuzzed (issue 10 item 3): every hostile answer, for every network provider, reads "unavailable"
// — never found, never not-found — and nothing throws. Only a positively established answer is not-found.
import { describe, expect, it } from 'vitest';
import { createIcpHttpProvider, type IcpHttpConfig } from '../../lib/providers/icp-http';
import { createIcpRecordsProvider } from '../../lib/providers/icp-records';
import { createRdapProvider } from '../../lib/providers/rdap';
import type { RdapBootstrap } from '../../lib/providers/rdap';
import { COMMON_HOSTILE, hostileFetch, ICP_HOSTILE, RDAP_HOSTILE, type Hostile } from './hostile-answers';

const NOW = Date.UTC(2026, 10, 24, 12);
const D = 'kadun-test-shop.com';
const BOOT: RdapBootstrap = { version: '1.0', publication: '2026-11-24T00:00:00Z', services: [[['com'], ['https://rdap.test/com/']]] };
const FIELDS = {
  unitName: 'unitName', natureName: 'natureName', mainLicence: 'mainLicence', serviceLicence: 'serviceLicence', domain: 'domain',
};
const WITH_FLAG: IcpHttpConfig = { endpoint: 'https://icp.test/q?domain={domain}', mapping: { list: 'params.list', found: { path: 'success', equals: true }, fields: FIELDS } };
const NO_FLAG: IcpHttpConfig = { endpoint: 'https://icp.test/q?domain={domain}', mapping: { list: 'params.list', fields: FIELDS } };

const rdap = (h: Hostile) => createRdapProvider({ deps: { fetch: hostileFetch(h), now: () => NOW, timeoutMs: 400 }, bootstrap: async () => BOOT, minIntervalMs: 0 });
const icp = (h: Hostile, config: IcpHttpConfig) => createIcpHttpProvider({ deps: { fetch: hostileFetch(h), now: () => NOW, timeoutMs: 400 }, config, minIntervalMs: 0 });

const table = (extra: Record<string, Hostile>) => Object.entries({ ...COMMON_HOSTILE, ...extra });

describe('RDAP under hostile answers', () => {
  it.each(table(RDAP_HOSTILE))('%s → unavailable', async (_name, h) => {
    expect((await rdap(h).lookup(D)).status).toBe('unavailable');
  });

  it('only the server\'s own RFC 9083 404, as RDAP or JSON and without a redirect, is not-found', async () => {
    for (const type of ['application/rdap+json', 'application/json; charset=utf-8']) {
      const own = { status: 404, type, body: '{"rdapConformance":["rdap_level_0"],"errorCode":404,"title":"Not Found"}' };
      expect(await rdap(own).lookup(D)).toEqual({ status: 'not-found', fetchedAt: NOW });
    }
  });

  it('uses only https servers (plain http only on this machine)', async () => {
    let asked = 0;
    const fetch = (async () => { asked++; return new Response('{}'); }) as typeof globalThis.fetch;
    const boot: RdapBootstrap = { ...BOOT, services: [[['com'], ['http://rdap.test/com/']]] };
    const p = createRdapProvider({ deps: { fetch, now: () => NOW }, bootstrap: async () => boot, minIntervalMs: 0 });
    expect(await p.lookup(D)).toEqual({ status: 'unavailable', reason: 'no-rdap-for-tld' });
    expect(asked).toBe(0);
  });

  it.each([
    ['1970', '1970-01-01T00:00:00Z'],
    ['year −271821', '-271821-04-20T00:00:00Z'],
    ['the future', '2099-01-01T00:00:00Z'],
    ['not a date', 'yesterday-ish'],
  ])('ignores a registration date in %s', async (_n, date) => {
    const body = JSON.stringify({ objectClassName: 'domain', ldhName: D, events: [{ eventAction: 'registration', eventDate: date }, { eventAction: 'last changed', eventDate: date }] });
    const r = await rdap({ status: 200, type: 'application/rdap+json', body }).lookup(D);
    expect(r.status).toBe('found');
    expect(r.status === 'found' && [r.data.registeredAt, r.data.lastChangedAt]).toEqual([undefined, undefined]);
  });

  it('keeps a sane registration date and a future expiry', async () => {
    const body = JSON.stringify({ objectClassName: 'domain', ldhName: D, events: [{ eventAction: 'registration', eventDate: '2019-05-01T00:00:00Z' }, { eventAction: 'expiration', eventDate: '2030-05-01T00:00:00Z' }] });
    const r = await rdap({ status: 200, type: 'application/rdap+json', body }).lookup(D);
    expect(r.status === 'found' && [r.data.registeredAt, r.data.expiresAt]).toEqual([Date.parse('2019-05-01T00:00:00Z'), Date.parse('2030-05-01T00:00:00Z')]);
  });
});

describe.each([['with a success flag', WITH_FLAG], ['without one', NO_FLAG]])('ICP HTTP (%s) under hostile answers', (_c, config) => {
  it.each(table(ICP_HOSTILE))('%s → unavailable', async (_name, h) => {
    expect((await icp(h, config).lookup(D)).status).toBe('unavailable');
  });

  it('a well-formed empty list that says success is not-found', async () => {
    const ok = { status: 200, type: 'application/json', body: '{"code":200,"msg":"操作成功","success":true,"params":{"list":[]}}' };
    expect(await icp(ok, config).lookup(D)).toEqual({ status: 'not-found', fetchedAt: NOW });
  });
});

describe('list records (icp-records) under hostile entries', () => {
  const record = { unitName: '某公司', natureName: '企业', mainLicence: '京ICP备00000001号', serviceLicence: '京ICP备00000001号-1' };
  it.each([
    ['wrong types', { ...record, domain: D, unitName: 5 }],
    ['a string', 'none'],
    ['an array', [record]],
    ['a record for a different domain', { ...record, domain: 'other.example' }],
    ['a record with no domain at all', { ...record, domain: '' }],
  ])('%s → unavailable', async (_n, value) => {
    const p = createIcpRecordsProvider({ records: { [D]: value }, now: () => NOW });
    expect((await p.lookup(D)).status).toBe('unavailable');
  });

  it('null (looked up: none exists) is not-found; a record for this domain is found', async () => {
    expect((await createIcpRecordsProvider({ records: { [D]: null }, now: () => NOW }).lookup(D)).status).toBe('not-found');
    expect((await createIcpRecordsProvider({ records: { [D]: { ...record, domain: `www.${D}` } }, now: () => NOW }).lookup(D)).status).toBe('found');
  });
});
