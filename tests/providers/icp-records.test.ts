import { describe, expect, it } from 'vitest';
import { createIcpRecordsProvider, normaliseLicence } from '../../lib/providers/icp-records';

const NOW = Date.UTC(2026, 10, 24, 12);
const rec = (domain: string, serviceLicence: string, mainLicence = serviceLicence.replace(/-\d+$/, '')) => ({
  unitName: '卡盾测试科技有限公司', natureName: '企业', mainLicence, serviceLicence, domain,
});
const SHOP = rec('kadun-test-shop.com', '浙ICP备00000000号-1');
const SISTER = rec('kadun-sister-shop.com', '浙ICP备00000000号-2');
const OTHER = rec('kadun-other-site.com', '沪ICP备00000001号-1');
const records = {
  'kadun-sister-shop.com': SISTER,
  'KADUN-TEST-SHOP.COM.': SHOP,
  'kadun-other-site.com': OTHER,
  'kadun-unfiled.com': null,
  'cards.example': rec('cards.example', '京ICP备00000002号-1'),
  '卡盾测试.com': rec('xn--hlry61d20g0vv.com', '粤ICP备00000003号-1'),
};
const p = createIcpRecordsProvider({ records, now: () => NOW });

describe('icp-records lookup', () => {
  it.each([
    ['kadun-test-shop.com', 'found'],
    ['www.kadun-test-shop.com', 'found'],
    ['kadun-unfiled.com', 'not-found'],
    ['cards.example', 'found'],
    ['xn--hlry61d20g0vv.com', 'found'],
    ['kadun-nowhere.com', 'unavailable'],
  ])('%s → %s', async (domain, status) => expect((await p.lookup(domain)).status).toBe(status));

  it('uses the records time when given', async () => {
    const q = createIcpRecordsProvider({ records, now: () => NOW, fetchedAt: 5, id: 'list-icp' });
    expect(q.id).toBe('list-icp');
    expect(await q.lookup('kadun-unfiled.com')).toEqual({ status: 'not-found', fetchedAt: 5 });
  });
});

describe('normaliseLicence', () => {
  it.each([
    ['浙ICP备00000000号-1', { base: '浙ICP备00000000', suffix: '1' }],
    ['浙ＩＣＰ备００００００００号－１', { base: '浙ICP备00000000', suffix: '1' }],
    [' 浙 icp 备 00000000 号 ', { base: '浙ICP备00000000' }],
    ['浙ICP备00000000-01', { base: '浙ICP备00000000', suffix: '1' }],
    ['京ICP证000000号', { base: '京ICP证000000' }],
    ['浙ICP备00000000号—2', { base: '浙ICP备00000000', suffix: '2' }],
  ])('%s', (text, expected) => expect(normaliseLicence(text)).toEqual(expected));
});

describe('lookupByLicence', () => {
  const found = (number: string, opts?: { preferDomain?: string }) => {
    const r = p.lookupByLicence(number, opts);
    return r.status === 'found' ? r.data.domain : r.status === 'unavailable' ? r.reason : r.status;
  };
  it('finds the site a 网站备案号 belongs to, however it is written', () => {
    expect(found('浙ICP备00000000号-2')).toBe('kadun-sister-shop.com');
    expect(found('浙ＩＣＰ备００００００００号－２')).toBe('kadun-sister-shop.com');
    expect(found('浙ICP备00000000-1')).toBe('kadun-test-shop.com');
    expect(found('沪ICP备00000001号-1')).toBe('kadun-other-site.com');
  });
  it('a 主体备案号 (no -N) matches every site of the subject; this site wins when it is one of them', () => {
    expect(['kadun-test-shop.com', 'kadun-sister-shop.com']).toContain(found('浙ICP备00000000号'));
    expect(found('浙ICP备00000000号', { preferDomain: 'kadun-test-shop.com' })).toBe('kadun-test-shop.com');
    expect(found('浙ICP备00000000号', { preferDomain: 'kadun-sister-shop.com' })).toBe('kadun-sister-shop.com');
  });
  it('an unknown number or site index is unavailable (the records are not the registry)', () => {
    expect(found('浙ICP备00000000号-3')).toBe('not-in-records');
    expect(found('京ICP备99999999号')).toBe('not-in-records');
    expect(found('')).toBe('not-in-records');
  });
});
