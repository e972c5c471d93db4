// The two page scripts' handle on the extension API (gate/, shop/): the browser's own object, not webextension-polyfill
// (docs/no-wake.md "What a page pays"). Those scripts run on every page a person opens, where the polyfill's set-up
// and the proxy it puts in front of `chrome` were a third of their script time. Chrome MV3 (≥ 111) returns promises
// from `chrome.runtime.sendMessage` and `chrome.storage.local.get`; Firefox's `browser` does too. The one difference
// left is an onMessage listener's asynchronous answer, which Chrome takes only through `sendResponse` (`onMessage`
// below does both). Extension pages and the background keep the polyfill.

export type Sender = { id?: string };
type Listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => boolean | undefined;
type NativeExt = {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
};

const g = globalThis as unknown as { browser?: NativeExt; chrome?: NativeExt };
/** Firefox's promise-based `browser` where it exists, Chrome's `chrome` otherwise. */
const api = (): NativeExt | undefined => (g.browser?.runtime?.id ? g.browser : g.chrome);

/** False once the extension was reloaded, updated or removed: this script is an orphan and must stop. */
export const extAlive = (): boolean => {
  try {
    return typeof api()?.runtime?.id === 'string';
  } catch {
    return false;
  }
};

export const extId = (): string | undefined => api()?.runtime.id;

/** runtime.sendMessage; rejects when the extension is gone. */
export function sendToExtension(message: unknown): Promise<unknown> {
  const ext = api();
  return ext ? ext.runtime.sendMessage(message) : Promise.reject(new Error('extension gone'));
}

export function readLocal(keys: string[]): Promise<Record<string, unknown>> {
  const ext = api();
  return ext ? ext.storage.local.get(keys) : Promise.resolve({});
}

/**
 * Listens to messages from the extension itself (sender.id; a page cannot reach runtime.onMessage). `handle` answers
 * with a value, a promise of one, or undefined for "not mine"; a promise is answered through sendResponse, which both
 * browsers support. Returns the remover.
 */
export function onExtensionMessage(handle: (message: unknown) => unknown): () => void {
  const ext = api();
  if (!ext) return () => undefined;
  const listener: Listener = (message, sender, sendResponse) => {
    if (sender.id !== ext.runtime.id) return undefined;
    const answer = handle(message);
    if (answer === undefined) return undefined;
    Promise.resolve(answer).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  ext.runtime.onMessage.addListener(listener);
  return () => ext.runtime.onMessage.removeListener(listener);
}
