// The scenarios end to end through runDomainDetectors and the (unchanged) verdict rules: the exact set of
// domain signals each one yields, and the light that follows. Domains are reserved names (*.example, *.test) unless a
// real vendor's own domain is the point of the case.
import { describe, expect, it } from 'vitest';
import { buildVerdict } from '../../../lib/core/verdict';
import type { Light } from '../../../lib/core/types';
import { runDomainDetectors } from '../../../lib/detectors/domain';
import type { DomainInputs } from '../../../lib/detectors/domain/types';
import { claims, FIXTURE_NOW, found, inputs, notFound, rdap, record, site, unavailable } from './inputs';

type Scenario = { name: string; input: DomainInputs; ids: string[]; light: Light };

const SCENARIOS: Scenario[] = [
  {
    name: 'a young domain showing a real company\'s number (found under another domain by number)',
    input: inputs({
      site: site('kami-fast.example'),
      claims: claims({ icpNumbers: ['京ICP备10046444号-9'] }),
      icp: notFound(),
      icpByNumber: found(record({
        unitName: '大公司网络技术有限公司', domain: 'www.bigco.example', mainLicence: '京ICP备10046444号', serviceLicence: '京ICP备10046444号-9',
      })),
      rdap: found(rdap({ ageDays: 20 })),
    }),
    ids: ['icp-record-mismatch', 'domain-young'],
    light: 'red',
  },
  {
    name: 'a personal filing selling cards',
    input: inputs({
      claims: claims({ icpNumbers: ['京ICP备2019036842号-1'] }),
      icp: found(record({ natureName: '个人', unitName: '张某' })),
      rdap: found(rdap({ ageDays: 800 })),
    }),
    ids: ['icp-record-personal'],
    light: 'amber',
  },
  {
    name: 'a look-alike of tenpay',
    input: inputs({ site: site('tenpay-kami.test') }),
    ids: ['impersonation'],
    light: 'red',
  },
  {
    name: 'an unavailable ICP source: nothing but source-unavailable, never "not filed"',
    input: inputs({ claims: claims({ icpNumbers: ['京ICP备2019036842号-1'] }), icp: unavailable('waf-block') }),
    ids: ['source-unavailable'],
    light: 'amber',
  },
  {
    name: 'an official vendor domain',
    input: inputs({ site: site('pay.qq.com') }),
    ids: ['official-vendor'],
    light: 'green',
  },
  {
    name: 'an enterprise filing that matches, on an old domain',
    input: inputs({
      claims: claims({ icpNumbers: ['京ICP备2019036842号-1'], companies: ['示例网络科技有限公司'] }),
      icp: found(record()),
      rdap: found(rdap({ ageDays: 2000 })),
    }),
    ids: ['icp-record-verified', 'domain-established'],
    light: 'green',
  },
  {
    name: 'an old domain alone is good but not green',
    input: inputs({ rdap: found(rdap({ ageDays: 2000 })) }),
    ids: ['domain-established'],
    light: 'amber',
  },
  {
    name: 'a young domain without RDAP data yields nothing',
    input: inputs({ rdap: unavailable('no-rdap-for-tld'), site: site('new-shop.cn') }),
    ids: ['source-unavailable'],
    light: 'amber',
  },
  {
    name: 'an unfiled shop showing a made-up-but-well-formed number',
    input: inputs({ claims: claims({ icpNumbers: ['粤ICP备2023123456号-1'] }), icp: notFound() }),
    ids: ['icp-number-not-registered'],
    light: 'red',
  },
  {
    name: 'an unfiled shop showing nothing',
    input: inputs({ icp: notFound() }),
    ids: ['icp-record-missing'],
    light: 'amber',
  },
];

describe('domain scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    const signals = runDomainDetectors(s.input);
    expect(signals.map((x) => x.id).sort()).toEqual([...s.ids].sort());
    const off = { state: 'off' as const };
    const verdict = buildVerdict({
      url: `https://${s.input.site.hostname}/`, domain: s.input.site.domain, isShop: s.input.isShop, signals, override: null,
      sources: { page: { state: 'ok' }, icp: off, rdap: off, list: off }, checkedAt: FIXTURE_NOW, truncated: false,
    });
    expect(verdict.light).toBe(s.light);
  });

  it('cites the source each answer came from', () => {
    const signals = runDomainDetectors(SCENARIOS[0]!.input);
    const mismatch = signals.find((s) => s.id === 'icp-record-mismatch')!;
    expect(mismatch.source).toEqual({ kind: 'provider', provider: 'icp-records', fetchedAt: FIXTURE_NOW - 60_000 });
    expect(mismatch.evidence.map((e) => e.quote).join(' ')).toContain('www.bigco.example');
    expect(mismatch.evidence[0]).toMatchObject({ quote: '京ICP备10046444号-9', blockId: 10 });
    const young = signals.find((s) => s.id === 'domain-young')!;
    expect(young.source).toMatchObject({ kind: 'provider', provider: 'rdap' });
    const vendor = runDomainDetectors(SCENARIOS[4]!.input)[0]!;
    expect(vendor.source).toEqual({ kind: 'provider', provider: 'vendor-list', fetchedAt: Date.parse('2026-11-24T00:00:00Z'), version: '2026.12.05.1' });
  });

  it('a throwing detector is reported and skipped', () => {
    const bad = { ...inputs({ rdap: found(rdap({ ageDays: 10 })) }), vendors: null as never };
    const errors: string[] = [];
    const signals = runDomainDetectors(bad, (id) => errors.push(id));
    expect(errors).toEqual(expect.arrayContaining(['official-vendor', 'impersonation']));
    expect(signals.map((s) => s.id)).toContain('domain-young');
  });
});
