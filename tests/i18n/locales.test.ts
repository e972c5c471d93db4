import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { uiEn } from '../../lib/i18n/ui.en';
import { uiZh } from '../../lib/i18n/ui.zh-CN';
import { signalsEn } from '../../lib/i18n/signals/en';
import { signalsZh } from '../../lib/i18n/signals/zh-CN';
import { fill, headlineText, pickLocale } from '../../lib/i18n';
import { SIGNAL_IDS } from '../../lib/core/signal-ids';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('zh-CN and en have the same UI keys with the same placeholders', () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZh).sort());
    for (const key of Object.keys(uiZh) as Array<keyof typeof uiZh>) expect(placeholders(uiEn[key]), key).toEqual(placeholders(uiZh[key]));
  });

  it('zh-CN and en describe the same signals with the same placeholders', () => {
    expect(Object.keys(signalsEn).sort()).toEqual(Object.keys(signalsZh).sort());
    for (const id of SIGNAL_IDS) {
      const [zh, en] = [signalsZh[id], signalsEn[id]];
      expect(placeholders(en.title), id).toEqual(placeholders(zh!.title));
      expect(placeholders(en.explain), id).toEqual(placeholders(zh!.explain));
    }
  });

  it('every public signal id has a title and an explanation in both languages', () => {
    for (const id of SIGNAL_IDS) {
      for (const table of [signalsZh, signalsEn]) {
        expect(table[id]?.title, id).toBeTruthy();
        expect(table[id]?.explain, id).toBeTruthy();
      }
    }
  });

  it('every headline key the verdict rules can produce has text', () => {
    for (const key of ['user-trusted', 'user-blocked', 'list-confirmed', 'danger', 'warn', 'not-shop', 'verified', 'unverified']) {
      expect(uiZh).toHaveProperty(`headline.${key}`);
    }
  });

  it('picks zh-CN first, English for other languages', () => {
    expect(pickLocale('zh-CN')).toBe('zh-CN');
    expect(pickLocale('zh_CN.UTF-8')).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('en_GB.UTF-8')).toBe('en');
    expect(pickLocale('de')).toBe('en');
    expect(pickLocale(undefined)).toBe('zh-CN');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('备案号 {number}（{x}）', { number: '京ICP备1号' })).toBe('备案号 京ICP备1号（{x}）');
    expect(headlineText('en', { headline: { key: 'headline.unverified', params: {} }, signals: [] })).toMatch(/could not verify/);
  });

  it('components and pages hold no hard-coded Chinese or English UI sentences', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx$/.test(f) ? [p] : [];
    });
    for (const file of [...files('components'), ...files('entrypoints')]) {
      const src = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      // JSX text between tags: anything with letters/CJK that is not an {expression}.
      const texts = [...src.matchAll(/>([^<>{}]*[A-Za-z\u4e00-\u9fff][^<>{}]*)</g)].map((m) => m[1]!.trim()).filter((t) => t && !/[;=()]/.test(t));
      expect(texts, file).toEqual([]);
    }
  });
});
