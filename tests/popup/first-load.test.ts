// The popup's first render comes from the replies its boot asked for (entrypoints/popup/first-load.ts): checked with
// zod/mini, a broken or failed reply is an error the popup shows, never a verdict; a bad language falls back.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVerdict } from '../../lib/core/verdict';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import type { Early } from '../../entrypoints/popup/early';
import { firstLoad } from '../../entrypoints/popup/first-load';

const off = { state: 'off' as const };
const verdict = buildVerdict({
  url: 'https://shop.example/', domain: 'shop.example', isShop: true, override: 'trusted', checkedAt: 1, truncated: false,
  sources: { page: { state: 'ok' }, icp: off, rdap: off, list: off }, signals: [],
});
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const early = (language: unknown, verdictReply: unknown, tabId: number | null = 3): Early => ({
  language: ok({ ok: true, data: { ...DEFAULT_SETTINGS, language } }),
  verdict: ok({ tabId, raw: verdictReply }),
});

describe('firstLoad', () => {
  // firstLoad sets <html lang>; the unit tests run in Node, without a DOM.
  beforeAll(() => { (globalThis as { document?: unknown }).document ??= { documentElement: {} }; });

  it('a cached verdict in the chosen language, with the person\'s own mark read from it', async () => {
    const first = await firstLoad(early('en', { ok: true, data: verdict }));
    expect(first.locale).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(first.state).toEqual({ phase: 'ready', tabId: 3, verdict, override: 'trusted' });
  });

  it('no tab: ready with no verdict', async () => {
    expect((await firstLoad(early('zh-CN', undefined, null))).state).toEqual({ phase: 'ready', tabId: null, verdict: null, override: null });
  });

  it('a broken verdict or a failed request is an error, never a verdict', async () => {
    expect((await firstLoad(early('zh-CN', { ok: true, data: { ...verdict, light: 'blue' } }))).state).toEqual({ phase: 'error', message: 'invalid reply to verdict/get' });
    const failed: Early = { language: ok({ ok: true, data: DEFAULT_SETTINGS }), verdict: Promise.resolve({ ok: false, error: new Error('worker gone') }) };
    expect((await firstLoad(failed)).state).toEqual({ phase: 'error', message: 'worker gone' });
  });

  it('a language it does not know, or no settings reply, falls back to the browser\'s', async () => {
    const browser = (await firstLoad(early('auto', { ok: true, data: null }))).locale;
    expect((await firstLoad(early('fr', { ok: true, data: null }))).locale).toBe(browser);
    const noSettings: Early = { language: Promise.resolve({ ok: false, error: new Error('x') }), verdict: ok({ tabId: 1, raw: { ok: true, data: null } }) };
    expect((await firstLoad(noSettings)).locale).toBe(browser);
  });
});
