import { describe, expect, it } from 'vitest';
import { createIcpHttpProvider, getPath, icpHttpConfigSchema, interpretIcpReply, type IcpHttpConfig } from '../../lib/providers/icp-http';
import { fixture } from './fixture-server';

const NOW = Date.UTC(2026, 10, 24, 12);
const FIELDS = {
  unitName: 'unitName', natureName: 'natureName', mainLicence: 'mainLicence', serviceLicence: 'serviceLicence',
  domain: 'domain', updateRecordTime: 'updateRecordTime', limitAccess: 'limitAccess',
};
const MIIT: IcpHttpConfig = { endpoint: 'https://icp.kadun-test.net/q/{domain}', mapping: { list: 'params.list', found: { path: 'success', equals: true }, fields: FIELDS } };
const MIIT_NO_FLAG: IcpHttpConfig = { ...MIIT, mapping: { list: 'params.list', fields: FIELDS } };
const D = 'kadun-test-shop.com';
const file = (name: string): unknown => JSON.parse(fixture('icp', name));
const record = (over: Record<string, unknown> = {}) => ({
  unitName: '卡盾测试科技有限公司', natureName: '企业', mainLicence: '浙ICP备00000000号', serviceLicence: '浙ICP备00000000号-1', domain: D, ...over,
});

describe('icpHttpConfigSchema', () => {
  const endpoint = (e: string) => icpHttpConfigSchema.safeParse({ ...MIIT, endpoint: e });
  it.each([
    'https://icp.kadun-test.net/q/{domain}',
    'https://icp.kadun-test.net/query?domain={domain}&type=web',
    'http://127.0.0.1:8080/icp/{domain}',
    'http://localhost/icp?d={domain}',
  ])('accepts %s', (e) => expect(endpoint(e).success).toBe(true));

  it.each([
    ['plain http to another machine', 'http://icp.kadun-test.net/q/{domain}'],
    ['no placeholder', 'https://icp.kadun-test.net/q/'],
    ['the placeholder twice', 'https://icp.kadun-test.net/{domain}/{domain}'],
    ['another placeholder', 'https://icp.kadun-test.net/{domain}?key={apiKey}'],
    ['the domain in the host', 'https://{domain}.icp.kadun-test.net/'],
    ['credentials in the URL', 'https://user:pw@icp.kadun-test.net/{domain}'],
    ['the domain in the fragment', 'https://icp.kadun-test.net/#{domain}'],
    ['not a URL', 'icp lookup {domain}'],
    ['javascript:', 'javascript:alert("{domain}")'],
  ])('rejects %s', (_n, e) => expect(endpoint(e).success).toBe(false));

  it('rejects prototype-walking paths and bad header names', () => {
    expect(icpHttpConfigSchema.safeParse({ ...MIIT, mapping: { ...MIIT.mapping, list: '__proto__.x' } }).success).toBe(false);
    expect(icpHttpConfigSchema.safeParse({ ...MIIT, headers: { 'bad header': 'x' } }).success).toBe(false);
    expect(icpHttpConfigSchema.safeParse({ ...MIIT, headers: { authorization: 'Bearer t' } }).success).toBe(true);
  });
});

describe('getPath', () => {
  it('walks objects and array indices, own properties only', () => {
    expect(getPath({ a: { b: [{ c: 1 }] } }, 'a.b.0.c')).toBe(1);
    expect(getPath({ a: {} }, 'a.toString')).toBeUndefined();
    expect(getPath({ a: 'str' }, 'a.length')).toBeUndefined();
  });
});

describe('interpretIcpReply', () => {
  it.each([
    ['a MIIT record for this domain', MIIT, file('miit-found.json'), 'found'],
    ['an empty well-formed MIIT list', MIIT, file('miit-empty.json'), 'not-found'],
    ['an empty well-formed list, no flag configured', MIIT_NO_FLAG, file('miit-empty.json'), 'not-found'],
    ['an empty list with code 500 / msg blocked', MIIT, file('miit-blocked-empty.json'), 'source-error'],
    ['an empty list with code 500, no flag configured', MIIT_NO_FLAG, file('miit-blocked-empty.json'), 'source-error'],
    ['an empty list with success: false', MIIT_NO_FLAG, { success: false, params: { list: [] } }, 'source-error'],
    ['an empty list with an error member', MIIT_NO_FLAG, { error: 'quota exceeded', params: { list: [] } }, 'source-error'],
    ['an empty list with status "fail"', MIIT_NO_FLAG, { status: 'fail', params: { list: [] } }, 'source-error'],
    ['an empty list and the flag missing', MIIT, { code: 200, params: { list: [] } }, 'source-error'],
    ['a record for another domain', MIIT, file('miit-other-domain.json'), 'malformed'],
    ['no list at the path', MIIT, { code: 200, success: true, params: {} }, 'malformed'],
    ['a list that is not an array', MIIT, { code: 200, success: true, params: { list: 'none' } }, 'malformed'],
    ['a list of broken items', MIIT, { success: true, params: { list: [{ unitName: '某公司' }] } }, 'malformed'],
    ['not an object at all', MIIT, 'ok', 'source-error'],
    ['a record together with an error code', MIIT_NO_FLAG, { code: 500, params: { list: [record()] } }, 'source-error'],
  ])('%s', (_n, config, json, expected) => {
    const r = interpretIcpReply(json, D, config, NOW);
    expect(r.status === 'unavailable' ? r.reason : r.status).toBe(expected);
  });

  it('maps MIIT fields, keeps the optional ones, takes the record for this domain among several', () => {
    const json = { code: 200, success: true, params: { list: [record({ domain: 'kadun-other-site.com' }), record({ domain: 'WWW.Kadun-Test-Shop.com', limitAccess: '是' })] } };
    expect(interpretIcpReply(json, D, MIIT, NOW)).toEqual({ status: 'found', fetchedAt: NOW, data: record({ domain: 'WWW.Kadun-Test-Shop.com', limitAccess: '是' }) });
  });

  it('reads nested paths, coerces numbers, honours a flag on `code`', () => {
    const config: IcpHttpConfig = {
      endpoint: 'https://api.kadun-test.net/icp?d={domain}',
      mapping: { list: 'data.items', found: { path: 'code', equals: 1 }, fields: { ...FIELDS, unitName: 'owner.name', natureName: 'owner.kind', serviceLicence: 'licence.0' } },
    };
    const item = { owner: { name: '卡盾测试科技有限公司', kind: '企业' }, licence: ['浙ICP备00000000号-1'], mainLicence: '浙ICP备00000000号', domain: D, limitAccess: 0 };
    const r = interpretIcpReply({ code: 1, data: { items: [item] } }, D, config, NOW);
    expect(r).toMatchObject({ status: 'found', data: { unitName: '卡盾测试科技有限公司', serviceLicence: '浙ICP备00000000号-1', limitAccess: '0' } });
    expect(interpretIcpReply({ code: 1, data: { items: [] } }, D, config, NOW).status).toBe('not-found');
    expect(interpretIcpReply({ code: 0, data: { items: [] } }, D, config, NOW)).toEqual({ status: 'unavailable', reason: 'source-error' });
  });

  it('single-object services answer found or unavailable, never not-found', () => {
    const config: IcpHttpConfig = { endpoint: 'https://api.kadun-test.net/{domain}', mapping: { fields: FIELDS } };
    expect(interpretIcpReply(record(), D, config, NOW).status).toBe('found');
    expect(interpretIcpReply({ message: '未备案' }, D, config, NOW)).toEqual({ status: 'unavailable', reason: 'malformed' });
  });
});

describe('createIcpHttpProvider', () => {
  const deps = (f: typeof fetch) => ({ fetch: f, now: () => NOW });

  it('is not-configured without a valid config, and asks nothing', async () => {
    let calls = 0;
    const f = (async () => { calls++; return Response.json({}); }) as typeof fetch;
    for (const config of [undefined, null, {}, { ...MIIT, endpoint: 'http://icp.kadun-test.net/{domain}' }]) {
      expect(await createIcpHttpProvider({ deps: deps(f), config }).lookup(D)).toEqual({ status: 'unavailable', reason: 'not-configured' });
    }
    expect(calls).toBe(0);
  });

  it('substitutes the punycode registrable domain, URL-encoded, and sends the configured headers', async () => {
    const seen: Array<{ url: string; headers: unknown }> = [];
    const f = (async (url: string, init?: RequestInit) => { seen.push({ url, headers: init?.headers }); return Response.json(file('miit-empty.json')); }) as typeof fetch;
    const p = createIcpHttpProvider({ deps: deps(f), config: { ...MIIT, headers: { 'x-api-key': 'k' } }, minIntervalMs: 0 });
    expect((await p.lookup('www.卡盾测试.com')).status).toBe('not-found');
    expect(seen).toEqual([{ url: 'https://icp.kadun-test.net/q/xn--hlry61d20g0vv.com', headers: { accept: 'application/json', 'x-api-key': 'k' } }]);
  });

  it('a 404 from the service is unavailable, not "not filed"', async () => {
    const f = (async () => Response.json({ msg: 'not found' }, { status: 404 })) as typeof fetch;
    expect(await createIcpHttpProvider({ deps: deps(f), config: MIIT }).lookup(D)).toEqual({ status: 'unavailable', reason: 'http-error' });
  });
});
