// Provider answers fuzzed (issue 10 item 3): every hostile answer, for every network provider, reads "unavailable"
// — never found, never not-found — and nothing throws. Only a positively established answer is not-found.
import { describe, expect, it } from 'vitest';
import { createIcpHttpProvider, type IcpHttpConfig } from '../../lib/providers/icp-http';
import { createAssistedProvider, saveAssistedAnswer } from '../../lib/providers/icp-assisted';
import type { LookupStore } from '../../lib/providers/cached';
import { parseRecordTime, recordDateProblem } from '../../lib/providers/icp-dates';
import { createIcpRecordsProvider } from '../../lib/providers/icp-records';
import { createRdapProvider } from '../../lib/providers/rdap';
import type { RdapBootstrap } from '../../lib/providers/rdap';
import { COMMON_HOSTILE, hostileFetch, ICP_HOSTILE, RDAP_HOSTILE, type Hostile } from './hostile-answers';

const NOW = Date.UTC(2026, 10, 24, 12);
const D = 'kadun-test-shop.com';
const BOOT: RdapBootstrap = { version: '1.0', publication: '2026-11-24T00:00:00Z', services: [[['com'], ['https://rdap.test/com/']]] };
const FIELDS = {
  unitName: 'unitName', natureName: 'natureName', mainLicence: 'mainLicence', serviceLicence: 'serviceLicence', domain: 'domain',
  updateRecordTime: 'updateRecordTime',
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

// Issue 10, "dates in the future or invalid": a record whose approval time (updateRecordTime, MIIT's 审核通过日期)
// is in the future or not a date is no evidence at all — never "filed", never "not filed" — from every ICP source.
const RECORD = { unitName: '某某科技有限公司', natureName: '企业', mainLicence: '京ICP备00000001号', serviceLicence: '京ICP备00000001号-1', domain: D };
const BAD_DATES: Array<[string, string]> = [
  ['next year', '2027-11-24 10:00:00'],
  ['two days ahead', '2026-11-26 20:00:00'],
  ['the far future', '9999-12-31'],
  ['epoch milliseconds in the future', String(Date.UTC(2030, 0, 1))],
  ['1970', '1970-01-01 08:00:00'],
  ['before filing began', '1999-12-31'],
  ['a day that does not exist', '2024-02-31 10:00:00'],
  ['month 13', '2024-13-01'],
  ['hour 25', '2024-05-20 25:00:00'],
  ['words', '最近'],
  ['a placeholder', '0000-00-00 00:00:00'],
  ['an unparsable number', '20240520101112'],
];
const GOOD_DATES: Array<[string, string]> = [
  ['MIIT\'s layout', '2024-05-20 10:11:12'],
  ['a date only', '2019-03-01'],
  ['slashes', '2024/5/20 10:11'],
  ['Chinese', '2021年7月9日'],
  ['today in Beijing time (UTC+8), ahead of UTC', '2026-11-24 23:30:00'],
  ['ISO with a zone', '2025-01-02T03:04:05+08:00'],
];
const reply = (record: object) => ({ status: 200, type: 'application/json', body: JSON.stringify({ code: 200, msg: '操作成功', success: true, params: { list: [record] } }) });
const memoryStore = (): LookupStore => {
  const rows = new Map<string, Parameters<LookupStore['put']>[0]>();
  return { get: async (k) => rows.get(k), put: async (row) => void rows.set(row.key, row) } as LookupStore;
};

describe('ICP records dated in the future or not at all', () => {
  it.each(BAD_DATES)('%s (%s) is a date problem', (_n, date) => {
    expect(recordDateProblem({ updateRecordTime: date }, NOW)).not.toBeNull();
  });
  it.each(GOOD_DATES)('%s (%s) is a plausible date', (_n, date) => {
    expect(Number.isFinite(parseRecordTime(date))).toBe(true);
    expect(recordDateProblem({ updateRecordTime: date }, NOW)).toBeNull();
  });
  it('an absent date is no problem (many services do not return it)', () => {
    expect(recordDateProblem({}, NOW)).toBeNull();
    expect(recordDateProblem({ updateRecordTime: ' ' }, NOW)).toBeNull();
  });

  describe.each([['with a success flag', WITH_FLAG], ['without one', NO_FLAG]])('ICP HTTP (%s)', (_c, config) => {
    it.each(BAD_DATES)('a record approved %s → unavailable', async (_n, date) => {
      expect(await icp(reply({ ...RECORD, updateRecordTime: date }), config).lookup(D)).toEqual({ status: 'unavailable', reason: 'malformed' });
    });
    it.each(GOOD_DATES)('a record approved with %s → found', async (_n, date) => {
      expect((await icp(reply({ ...RECORD, updateRecordTime: date }), config).lookup(D)).status).toBe('found');
    });
  });

  it.each(BAD_DATES)('list records: a record approved %s → unavailable, also by its number', async (_n, date) => {
    const p = createIcpRecordsProvider({ records: { [D]: { ...RECORD, updateRecordTime: date } }, now: () => NOW });
    expect((await p.lookup(D)).status).toBe('unavailable');
    expect(p.lookupByLicence('京ICP备00000001号-1').status).toBe('unavailable');
  });
  it('list records: the same record with a plausible date → found, also by its number', async () => {
    const p = createIcpRecordsProvider({ records: { [D]: { ...RECORD, updateRecordTime: '2024-05-20 10:11:12' } }, now: () => NOW });
    expect((await p.lookup(D)).status).toBe('found');
    expect(p.lookupByLicence('京ICP备00000001号-1').status).toBe('found');
  });

  it.each([['next year', '2027-11-24 10:00:00', 'unavailable'], ['words', '最近', 'unavailable'], ['a plausible date', '2024-05-20 10:11:12', 'found']])(
    'the assisted check: a record the MIIT page showed, approved %s → %s', async (_n, date, status) => {
      const store = memoryStore();
      await saveAssistedAnswer(store, D, { status: 'found', data: { ...RECORD, updateRecordTime: date } }, NOW);
      expect((await createAssistedProvider({ store, now: () => NOW }).lookup(D)).status).toBe(status);
    },
  );
});
