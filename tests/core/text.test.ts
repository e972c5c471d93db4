import { describe, expect, it } from 'vitest';
import { normalizeWithMap, originalSlice } from '../../lib/core/text';

describe('normalizeWithMap', () => {
  it('folds full-width digits and letters, drops zero-width characters, maps back to the original', () => {
    const original = '京ICP备２０２１\u200B０１２３４５号－１';
    const nt = normalizeWithMap(original);
    expect(nt.norm).toBe('京ICP备2021012345号-1');
    const start = nt.norm.indexOf('2021');
    expect(originalSlice(original, nt, start, start + 10)).toBe('２０２１\u200B０１２３４５');
  });

  it('collapses whitespace and keeps astral characters intact in quotes', () => {
    const original = '  付款\u00A0\u00A0 😀 ￥１００ ';
    const nt = normalizeWithMap(original);
    expect(nt.norm).toBe('付款 😀 ¥100');
    expect(nt.map).toHaveLength(nt.norm.length);
    const i = nt.norm.indexOf('😀');
    expect(originalSlice(original, nt, i, i + 2)).toBe('😀');
  });

  it('is linear on hostile input', () => {
    const big = '\u200B'.repeat(200_000) + '１'.repeat(200_000);
    const nt = normalizeWithMap(big);
    expect(nt.norm).toBe('1'.repeat(200_000));
  });
});
