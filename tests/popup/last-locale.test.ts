// The popup's first screen is painted in the language the pages last showed (entrypoints/_shared/locale.ts): only a
// hint kept in the extension's localStorage. Anything but a known language there, or no storage at all, falls back
// to the browser's language; the person's setting still decides once React's view has read it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLocale, lastLocale, rememberLocale } from '../../entrypoints/_shared/locale';

const fakeStorage = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('lastLocale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the language a page remembered', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    const other = browserLocale() === 'en' ? 'zh-CN' : 'en';
    rememberLocale(other);
    expect(lastLocale()).toBe(other);
  });

  it('falls back to the browser\'s language on nothing, garbage, or no storage', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(lastLocale()).toBe(browserLocale());
    storage.data.set('kadun:locale', 'fr');
    expect(lastLocale()).toBe(browserLocale());
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } });
    expect(lastLocale()).toBe(browserLocale());
    expect(() => rememberLocale('en')).not.toThrow();
  });
});
