// The server rejects malformed messages and wrong senders before any handler runs.
import { describe, expect, it, vi } from 'vitest';
import { createServer, type Handlers, type Sender } from '../../lib/messaging/server';
import { request } from '../../lib/messaging/client';
import { CONTRACTS, type MessageName } from '../../lib/messaging/contracts';

const EXT = { extensionId: 'kadun-id', extensionOrigin: 'chrome-extension://kadun-id/' };
const snapshot = {
  url: 'https://shop.example/', title: 't', lang: 'zh-CN', shopHint: false, blocks: [], links: [], forms: [],
  scripts: { srcs: [], inline: [] }, meta: {}, images: [], truncated: false,
};
const verdictStub = null;
const OTHER_MESSAGES = (Object.keys(CONTRACTS) as MessageName[]).filter((n) => !['page/snapshot', 'verdict/get', 'verdict/recheck'].includes(n));

function setup() {
  const handlers = {
    'page/snapshot': vi.fn(async () => ({ light: 'grey' as const, headline: 'h' })),
    'verdict/get': vi.fn(async () => verdictStub),
    'verdict/recheck': vi.fn(async () => ({ requested: true })),
  };
  // The record handlers are not under test here: any call to them fails the test.
  const unexpected = () => { throw new Error('unexpected handler'); };
  const all = { ...handlers, ...Object.fromEntries(OTHER_MESSAGES.map((n) => [n, vi.fn(unexpected)])) } as unknown as Handlers;
  return { handlers, serve: createServer(all, EXT) };
}

const contentSender: Sender = { id: 'kadun-id', url: 'https://shop.example/p', frameId: 0, tab: { id: 7, url: 'https://shop.example/p' } };
const popupSender: Sender = { id: 'kadun-id', url: 'chrome-extension://kadun-id/popup.html' };

describe('messaging server', () => {
  it('passes a valid content message with the tab and URL from the sender', async () => {
    const { handlers, serve } = setup();
    const reply = await serve({ type: 'page/snapshot', payload: { snapshot: { ...snapshot, url: 'https://bank.example/' } } }, contentSender);
    expect(reply).toEqual({ ok: true, data: { light: 'grey', headline: 'h' } });
    expect(handlers['page/snapshot']).toHaveBeenCalledWith(expect.anything(), { kind: 'content', tabId: 7, url: 'https://shop.example/p' });
  });

  it.each([
    ['not an object', 'hello'],
    ['no type', { payload: {} }],
    ['unknown type', { type: 'db/drop', payload: {} }],
    ['wrong shape', { type: 'page/snapshot', payload: { snapshot: { ...snapshot, blocks: 'x' } } }],
    ['extra keys (claiming another tab)', { type: 'page/snapshot', payload: { snapshot, tabId: 3 } }],
    ['oversized field', { type: 'page/snapshot', payload: { snapshot: { ...snapshot, title: 'x'.repeat(10_000) } } }],
    ['prototype pollution key', JSON.parse('{"type":"__proto__","payload":{}}')],
  ])('rejects %s and calls no handler', async (_n, message) => {
    const { handlers, serve } = setup();
    const reply = await serve(message, contentSender);
    expect(reply.ok).toBe(false);
    for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
  });

  it.each<[string, Sender]>([
    ['a sub-frame', { ...contentSender, frameId: 3 }],
    ['another extension', { ...contentSender, id: 'evil' }],
    ['no tab', { id: 'kadun-id', url: 'https://shop.example/', frameId: 0 }],
    ['a non-http page', { ...contentSender, url: 'file:///etc/passwd' }],
  ])('rejects page/snapshot from %s', async (_n, sender) => {
    const { handlers, serve } = setup();
    expect((await serve({ type: 'page/snapshot', payload: { snapshot } }, sender)).ok).toBe(false);
    expect(handlers['page/snapshot']).not.toHaveBeenCalled();
  });

  it('keeps extension-only messages away from pages, and page messages away from extension pages', async () => {
    const { handlers, serve } = setup();
    expect((await serve({ type: 'verdict/get', payload: { tabId: 7 } }, contentSender)).ok).toBe(false);
    expect((await serve({ type: 'page/snapshot', payload: { snapshot } }, popupSender)).ok).toBe(false);
    expect(handlers['verdict/get']).not.toHaveBeenCalled();
    expect((await serve({ type: 'verdict/get', payload: { tabId: 7 } }, popupSender)).ok).toBe(true);
  });

  it('client validates replies', async () => {
    const { serve } = setup();
    await expect(request((m) => serve(m, popupSender), 'verdict/recheck', { tabId: 1 })).resolves.toEqual({ requested: true });
    await expect(request(async () => ({ ok: true, data: { requested: 'yes' } }), 'verdict/recheck', { tabId: 1 })).rejects.toThrow(/invalid reply/);
    await expect(request(async () => 'garbage', 'verdict/recheck', { tabId: 1 })).rejects.toThrow(/no valid reply/);
    await expect(request(async () => ({ ok: false, error: 'nope' }), 'verdict/recheck', { tabId: 1 })).rejects.toThrow('nope');
  });
});
