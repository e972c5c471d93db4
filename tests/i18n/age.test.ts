// One "time ago" rule and one process locale rule (issue 10: "two 'time ago' formatters, the locale rule three times").
import { describe, expect, it } from 'vitest';
import { ageText } from '../../lib/i18n';
import { ageUnit, relativeAge } from '../../lib/i18n/age';
import { envLocale } from '../../lib/i18n/env-locale';

const M = 60_000;
describe('ageUnit', () => {
  it.each([
    [-5 * M, { unit: 'now', n: 0 }], [20_000, { unit: 'now', n: 0 }], [5 * M, { unit: 'minute', n: 5 }],
    [59 * M, { unit: 'minute', n: 59 }], [60 * M, { unit: 'hour', n: 1 }], [47 * 60 * M, { unit: 'hour', n: 47 }], [72 * 60 * M, { unit: 'day', n: 3 }],
  ])('%d ms → %o', (ms, expected) => expect(ageUnit(ms)).toEqual(expected));

  it('is what both the source line and the options page say', () => {
    const now = Date.UTC(2026, 10, 24);
    for (const ms of [5 * M, 3 * 60 * M, 72 * 60 * M]) {
      const { n } = ageUnit(ms);
      expect(ageText('en', ms)).toContain(String(n));
      expect(relativeAge('en', now - ms, now)).toContain(String(n));
    }
    expect(relativeAge('zh-CN', now - 2 * 60 * M, now)).toBe('2小时前');
  });
});

describe('envLocale', () => {
  it('follows LC_ALL, LC_MESSAGES, LANG in that order, else the fallback', () => {
    expect(envLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'zh-CN')).toBe('en');
    expect(envLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'C' }, 'en')).toBe('zh-CN');
    expect(envLocale({}, 'en')).toBe('en');
    expect(envLocale({}, 'zh-CN')).toBe('zh-CN');
  });
});
