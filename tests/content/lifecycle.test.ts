// @vitest-environment happy-dom
// The page scripts' own extension handle and lifecycle (entrypoints/_content/): an orphaned copy stops itself when a
// new copy starts and its extension is gone; a page firing the same event stops nothing; messages from anything but
// the extension itself are ignored; an asynchronous answer goes through sendResponse (Chrome needs it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extAlive, onExtensionMessage, readLocal, sendToExtension } from '../../entrypoints/_content/ext';
import { startLifecycle } from '../../entrypoints/_content/lifecycle';

type Listener = (m: unknown, sender: { id?: string }, respond: (r: unknown) => void) => boolean | undefined;
const g = globalThis as unknown as { chrome?: unknown; browser?: unknown };
let listeners: Listener[];
let runtime: { id?: string; sendMessage: ReturnType<typeof vi.fn>; onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } };

beforeEach(() => {
  listeners = [];
  runtime = {
    id: 'kadun-id',
    sendMessage: vi.fn(async (m: unknown) => ({ echoed: m })),
    onMessage: { addListener: (l) => void listeners.push(l), removeListener: (l) => void (listeners = listeners.filter((x) => x !== l)) },
  };
  g.chrome = { runtime, storage: { local: { get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 1]))) } } };
  delete g.browser;
});
afterEach(() => {
  delete g.chrome;
  vi.useRealTimers();
});

describe('the page scripts\' extension handle', () => {
  it('uses the browser\'s own API (Firefox\'s `browser` when it has an id, Chrome\'s `chrome` otherwise)', async () => {
    expect(extAlive()).toBe(true);
    expect(await sendToExtension({ type: 'x' })).toEqual({ echoed: { type: 'x' } });
    expect(await readLocal(['a'])).toEqual({ a: 1 });
    const firefox = { runtime: { ...runtime, id: 'ff', sendMessage: vi.fn(async () => 'from browser') }, storage: { local: { get: vi.fn() } } };
    g.browser = firefox;
    expect(await sendToExtension({})).toBe('from browser');
  });

  it('answers only the extension itself, and answers a promise through sendResponse', async () => {
    const stop = onExtensionMessage((m) => ((m as { type?: string }).type === 'sync' ? Promise.resolve({ doc: 'd1' }) : (m as { type?: string }).type === 'now' ? { shown: true } : undefined));
    const respond = vi.fn();
    expect(listeners[0]!({ type: 'sync' }, { id: 'another-extension' }, respond)).toBeUndefined();
    expect(listeners[0]!({ type: 'other' }, { id: 'kadun-id' }, respond)).toBeUndefined();
    expect(listeners[0]!({ type: 'sync' }, { id: 'kadun-id' }, respond)).toBe(true);
    expect(listeners[0]!({ type: 'now' }, { id: 'kadun-id' }, respond)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(respond.mock.calls).toEqual([[{ doc: 'd1' }], [{ shown: true }]]);
    stop();
    expect(listeners).toHaveLength(0);
  });

  it('an extension that is gone: not alive, messages reject, storage reads nothing', async () => {
    runtime.id = undefined;
    expect(extAlive()).toBe(false);
    delete g.chrome;
    await expect(sendToExtension({})).rejects.toThrow(/gone/);
    expect(await readLocal(['a'])).toEqual({});
  });
});

describe('lifecycle', () => {
  it('a page firing the start event changes nothing while the extension is there', () => {
    const life = startLifecycle('shop');
    const stopped = vi.fn();
    life.onInvalidated(stopped);
    document.dispatchEvent(new CustomEvent('kadun:started:shop'));
    expect(life.invalid).toBe(false);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('an orphan (its extension reloaded) stops when the new copy starts: clean-ups run once, timers stay silent', () => {
    vi.useFakeTimers();
    const old = startLifecycle('shop');
    const stopped = vi.fn();
    const timer = vi.fn();
    old.onInvalidated(stopped);
    old.later(timer, 100);
    runtime.id = undefined; // the extension behind the old copy is gone
    startLifecycle('shop'); // the new copy announces itself
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(old.invalid).toBe(true);
    vi.advanceTimersByTime(200);
    expect(timer).not.toHaveBeenCalled();
    document.dispatchEvent(new CustomEvent('kadun:started:shop'));
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('a timer runs while the extension is there; `invalid` notices a vanished extension by itself', () => {
    vi.useFakeTimers();
    const life = startLifecycle('gate');
    const timer = vi.fn();
    life.later(timer, 50);
    vi.advanceTimersByTime(60);
    expect(timer).toHaveBeenCalledTimes(1);
    runtime.id = undefined;
    expect(life.invalid).toBe(true);
  });
});
