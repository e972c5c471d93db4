import { describe, expect, it } from 'vitest';
import { domainToASCII } from 'node:url';
import { compareLicence, isExactServiceLicence, normalizeUnit, parseLicence, recordSite, unitMatches } from '../../../lib/detectors/domain/icp-compare';
import { record } from './inputs';

describe('licence numbers', () => {
  it.each([
    ['京ICP备10046444号-9', { kind: '备', main: '京ICP备10046444', site: '9' }],
    ['京ICP备10046444号', { kind: '备', main: '京ICP备10046444', site: undefined }],
    ['京 ICP 备 2019036842 号－1', { kind: '备', main: '京ICP备2019036842', site: '1' }],
    ['京icp证030173号', { kind: '证', main: '京ICP证030173', site: undefined }],
    ['B2-20080224', null],
  ])('parses %s', (text, out) => expect(parseLicence(text)).toEqual(out));

  const rec = record({ mainLicence: '京ICP备10046444号', serviceLicence: '京ICP备10046444号-9' });
  it.each([
    ['京ICP备10046444号-9', 'match'],
    ['京ICP备10046444号', 'match'],
    ['京ICP备10046444号-2', 'match'],
    ['京ICP备10046445号-9', 'differs'],
    ['沪ICP备10046444号-9', 'differs'],
    ['京ICP证030173号', 'unknown'],
  ])('%s vs 京ICP备10046444号-9 → %s', (page, out) => expect(compareLicence(page, rec)).toBe(out));

  it('an exact service licence needs the same -N', () => {
    expect(isExactServiceLicence('京ICP备10046444号-9', rec)).toBe(true);
    expect(isExactServiceLicence('京ICP备10046444号', rec)).toBe(false);
    expect(isExactServiceLicence('京ICP备10046444号-2', rec)).toBe(false);
  });
});

describe('record domains and units', () => {
  it.each([
    ['www.bigco.example', 'bigco.example'], ['BigCo.Example', 'bigco.example'], ['https://m.shop.example/x', 'shop.example'],
    ['卡盾.中国', domainToASCII('卡盾.中国')], ['', null],
  ])('recordSite(%s) = %s', (domain, out) => expect(recordSite(record({ domain }))).toBe(out));

  it('normalises units: NFKC, no spaces or brackets, suffix kept', () => {
    expect(normalizeUnit('示例网络科技（北京） 有限公司')).toBe('示例网络科技北京有限公司');
  });
  it.each([
    ['北京示例网络科技有限公司', '示例网络科技有限公司', true],
    ['示例网络科技有限公司', '北京示例网络科技有限公司', true],
    ['示例网络科技有限责任公司', '示例网络科技有限公司', false],
    ['另一家贸易有限公司', '示例网络科技有限公司', false],
  ])('%s vs %s → %s', (a, b, out) => expect(unitMatches(a, b)).toBe(out));
});
