import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../../lib/core/text';
import type { PageSnapshot } from '../../../lib/core/types';
import { createPageContext } from '../../../lib/detectors/page/context';
import {
  filingNumbersInBlock, filingProblems, isPlaceholderDigits, parseFilingNumbers,
} from '../../../lib/detectors/page/shared/filing-numbers';

const YEAR = 2026;
const block = (text: string) => ({ id: 0, tag: 'p', text, ...normalizeWithMap(text) });
/** [kind, number, problems] of every number found in `text`, problems judged at `year`. */
const parse = (text: string, year = YEAR) =>
  filingNumbersInBlock(block(text)).map((n) => [n.kind, n.number, filingProblems(n, year)]);

describe('filing numbers: ICP备案', () => {
  it.each([
    ['京ICP备2021012345号-1', '京ICP备2021012345号-1', []],
    ['蜀ICP备08088888号', '蜀ICP备08088888号', []],
    ['京ICP备050123号', '京ICP备050123号', []],
    ['京ICP备 2021 012345 号', '京ICP备2021012345号', []],
    ['京ICP备２０２１０１２３４５号', '京ICP备2021012345号', []],
    ['京ICP\u200B备2021\u200D012345号', '京ICP备2021012345号', []],
    ['新ICP备19012345号－2', '新ICP备19012345号-2', []],
    ['南京ICP备2020012345号', '京ICP备2020012345号', []],
    ['粤ICP备202101234号', '粤ICP备202101234号', ['digits']],
    ['粤ICP备2021012号', '粤ICP备2021012号', ['digits']],
    ['粤ICP备20210号', '粤ICP备20210号', ['digits']],
    ['粤ICP备20210123456号', '粤ICP备20210123456号', ['digits']],
    ['萌ICP备20240520号', '萌ICP备20240520号', ['parody']],
    ['港ICP备18012345号', '港ICP备18012345号', ['prefix']],
    ['澳ICP备2018012345号', '澳ICP备2018012345号', ['prefix']],
    ['ICP备18012345号', 'ICP备18012345号', ['prefix']],
    ['版权所有ICP备18012345号', 'ICP备18012345号', ['prefix']],
    ['京ICP备12345678号-1', '京ICP备12345678号-1', ['placeholder']],
    ['甘ICP备456543号-1', '甘ICP备456543号-1', ['placeholder']],
    ['京ICP备00000000号', '京ICP备00000000号', ['placeholder']],
    ['京ICP备1234567890号', '京ICP备1234567890号', ['placeholder']],
    ['京ICP备xxxxxxxx号', '京ICP备XXXXXXXX号', ['placeholder']],
    ['浙ICP备2030012345号', '浙ICP备2030012345号', ['future-year']],
    ['浙ICP备30012345号', '浙ICP备30012345号', ['future-year']],
    ['浙ICP备26012345号', '浙ICP备26012345号', []],
    ['浙ICP备1999012345号', '浙ICP备1999012345号', ['early-year']],
    // A following year is not part of the number: the longest plausible leading groups are.
    ['京ICP备20012345 2024 版权所有', '京ICP备20012345号', []],
  ])('%s', (text, number, problems) => {
    expect(parse(text)).toEqual([['icp-filing', number, problems]]);
  });

  it('judges the year against the injected clock', () => {
    expect(parse('浙ICP备2030012345号', 2029)[0]![2]).toEqual(['future-year']);
    expect(parse('浙ICP备2030012345号', 2030)[0]![2]).toEqual([]);
    expect(parse('浙ICP备31012345号', 2030)[0]![2]).toEqual(['future-year']);
    expect(parse('浙ICP备31012345号', 2031)[0]![2]).toEqual([]);
  });

  it('does not read "ICP备案号：" or "ICP备案中" as a number', () => {
    expect(parse('ICP备案号：粤ICP备2020123456号')).toEqual([['icp-filing', '粤ICP备2020123456号', []]]);
    expect(parse('ICP备案审核中 · 备案号：')).toEqual([]);
  });
});

describe('filing numbers: licences', () => {
  it.each([
    ['京ICP证030173号', 'icp-licence', '京ICP证030173号', []],
    ['京ICP证 030173 号-1', 'icp-licence', '京ICP证030173号-1', []],
    ['京ICP证0301号', 'icp-licence', '京ICP证0301号', ['digits']],
    ['萌ICP证030173号', 'icp-licence', '萌ICP证030173号', ['parody']],
    ['浙B2-20080224', 'vas-licence', '浙B2-20080224', []],
    ['皖B1.B2-20070020', 'vas-licence', '皖B1.B2-20070020', []],
    ['粤A2-20044005', 'vas-licence', '粤A2-20044005', []],
    ['辽B-2-4-20080039', 'vas-licence', '辽B-2-4-20080039', []],
    ['增值电信业务经营许可证：B2-20080207', 'vas-licence', 'B2-20080207', []],
    ['经营许可证 B2-2004-0851', 'vas-licence', 'B2-2004-0851', []],
    ['经营许可证：B2-1234567号', 'vas-licence', 'B2-1234567', ['placeholder']],
    ['经营许可证：B2-2099-0001', 'vas-licence', 'B2-2099-0001', ['future-year']],
    ['经营许可证：B2-2008020', 'vas-licence', 'B2-2008020', ['digits']],
  ])('%s', (text, kind, number, problems) => {
    expect(parse(text)).toEqual([[kind, number, problems]]);
  });

  it('ignores B2-… serials outside a licence context', () => {
    expect(parse('外设商城兑换码 款号 B2-20250101')).toEqual([]);
    expect(parse('AB2-20250101 许可证')).toEqual([]);
  });
});

describe('filing numbers: 公安备案', () => {
  it.each([
    ['京公网安备11010802020000号', '京公网安备11010802020000号', []],
    ['京公网安备 11010802020000 号', '京公网安备11010802020000号', []],
    ['沪公网安备 3101 0402 0012 34号', '沪公网安备31010402001234号', []],
    ['公网安备案号：11010802020000', '公网安备11010802020000号', []],
    ['苏公网安备３２０１０５０２０１２３４５号', '苏公网安备32010502012345号', []],
    ['武汉网安备64546121358510', '武汉网安备64546121358510号', ['province-mismatch']],
    ['粤公网安备4403050200123号', '粤公网安备4403050200123号', ['digits']],
    ['粤公网安备440305020012345号', '粤公网安备440305020012345号', ['digits']],
    ['沪公网安备99010502001234号', '沪公网安备99010502001234号', ['province-code']],
    ['京公网安备44030502001234号', '京公网安备44030502001234号', ['province-mismatch']],
    ['京公网安备00000000000000号', '京公网安备00000000000000号', ['placeholder']],
    // Not clear one-character prefixes: no contradiction is read into them.
    ['辽宁公网安备21010202000123号', '公网安备21010202000123号', []],
    ['南京公网安备32010502001234号', '公网安备32010502001234号', []],
    ['版权所有京公网安备44030502001234号', '公网安备44030502001234号', []],
    // Digits 7–8 are [U]: never judged.
    ['京公网安备11010899020000号', '京公网安备11010899020000号', []],
  ])('%s', (text, number, problems) => {
    expect(parse(text)).toEqual([['police', number, problems]]);
  });
});

describe('filing numbers: page parse', () => {
  const snapshot = (texts: string[]): PageSnapshot => ({
    url: 'https://t.example/', title: '', lang: 'zh-CN', shopHint: false,
    blocks: texts.map((text, id) => ({ id, tag: 'p', text })),
    links: [], forms: [], scripts: { srcs: [], inline: [] }, meta: {}, images: [], truncated: false,
  });

  it('finds every kind in a footer, in order, and parses once per page', () => {
    const ctx = createPageContext(snapshot(['© 2026 示例', '浙B2-20080224 | 浙ICP备2021012345号-1 | 浙公网安备 33010602012345号']), { now: Date.UTC(2026, 10, 24) });
    const nums = parseFilingNumbers(ctx);
    expect(nums.map((n) => [n.kind, n.block.id])).toEqual([['vas-licence', 1], ['icp-filing', 1], ['police', 1]]);
    expect(parseFilingNumbers(ctx)).toBe(nums);
  });

  it('keeps ranges that quote the original characters', () => {
    const b = block('备案：京ICP备２０２１０１２３４５号 版权所有');
    const [n] = filingNumbersInBlock(b);
    expect(b.text.slice(b.map[n!.start], b.map[n!.end - 1]! + 1)).toBe('京ICP备２０２１０１２３４５号');
  });

  it('stays fast on hostile input (no catastrophic backtracking)', () => {
    const hostile = ['京ICP备' + '1 '.repeat(196), '公网安备' + '9 '.repeat(197), 'B2-' + '1'.repeat(397), 'ICP备'.repeat(100)];
    const t = performance.now();
    for (const text of hostile) filingNumbersInBlock(block(text));
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe('isPlaceholderDigits', () => {
  it.each([
    ['12345678', true], ['123456', true], ['1234567890', true], ['87654321', true], ['00000000', true],
    ['456543', true], ['XXXXXXXX', true], ['2004-0851', false], ['2021012345', false], ['08088888', false],
  ])('%s → %s', (d, expected) => expect(isPlaceholderDigits(d)).toBe(expected));
});
