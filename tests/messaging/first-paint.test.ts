// The popup's first-paint requests (lib/messaging/first-paint.ts, zod/mini) read the same replies as the contracts
// client (lib/messaging/client.ts): the same answer for a good reply, an error for a bad one.
import { describe, expect, it, vi } from 'vitest';
import { request } from '../../lib/messaging/client';
import { getLanguage, getVerdict } from '../../lib/messaging/first-paint';
import { buildVerdict } from '../../lib/core/verdict';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';

const off = { state: 'off' as const };
const verdict = buildVerdict({
  url: 'https://shop.example/', domain: 'shop.example', isShop: true, override: null, checkedAt: 1, truncated: false,
  sources: { page: { state: 'ok' }, icp: off, rdap: off, list: off },
  signals: [{ id: 'icp-filing-missing', severity: 'warn', evidence: [], source: { kind: 'page' }, params: {} }],
});
const replying = (reply: unknown) => vi.fn(async (_m: unknown) => reply);

describe('getVerdict', () => {
  it('sends verdict/get for the tab and returns the verdict, as the contracts client does', async () => {
    const send = replying({ ok: true, data: verdict });
    expect(await getVerdict(send, 7)).toEqual(verdict);
    expect(send).toHaveBeenCalledWith({ type: 'verdict/get', payload: { tabId: 7 } });
    expect(await getVerdict(send, 7)).toEqual(await request(send, 'verdict/get', { tabId: 7 }));
  });

  it('returns null when the tab has no verdict', async () => {
    expect(await getVerdict(replying({ ok: true, data: null }), 1)).toBeNull();
  });

  it('throws on a broken verdict, an error reply or no reply at all', async () => {
    await expect(getVerdict(replying({ ok: true, data: { ...verdict, light: 'blue' } }), 1)).rejects.toThrow('invalid reply to verdict/get');
    await expect(getVerdict(replying({ ok: false, error: 'unknown tab' }), 1)).rejects.toThrow('unknown tab');
    await expect(getVerdict(replying(undefined), 1)).rejects.toThrow('no valid reply to verdict/get');
  });
});

describe('getLanguage', () => {
  it('reads the language from the settings reply', async () => {
    const send = replying({ ok: true, data: { ...DEFAULT_SETTINGS, language: 'en' } });
    expect(await getLanguage(send)).toBe('en');
    expect(send).toHaveBeenCalledWith({ type: 'settings/get', payload: {} });
  });

  it('throws on a language it does not know', async () => {
    await expect(getLanguage(replying({ ok: true, data: { ...DEFAULT_SETTINGS, language: 'fr' } }))).rejects.toThrow('invalid reply to settings/get');
  });
});
