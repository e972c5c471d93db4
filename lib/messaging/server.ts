// Validates every request and decides from `sender` who may send what (uBO's privileged ports; Bitwarden's
// senderIsInternal). A content script cannot reach an extension-only handler, cannot name another tab, and a
// malformed request is rejected before any handler runs — so nothing is stored for it.
import type { Reply } from './names';
import { CONTRACTS, type MessageName, type RequestOf, type ResponseOf, type SenderKind } from './contracts';

export type Sender = { id?: string; url?: string; frameId?: number; tab?: { id?: number; url?: string } };

/** Who sent it, as established from `sender`: handlers get this, never identity claims from the payload. */
export type Caller = { kind: 'content'; tabId: number; url: string } | { kind: 'extension'; tabId?: number };

export type Handlers = { [N in MessageName]: (req: RequestOf<N>, caller: Caller) => Promise<ResponseOf<N>> | ResponseOf<N> };

export type ServerOptions = { extensionId: string; extensionOrigin: string; onReject?: (why: string, message: unknown) => void };

export function classifySender(sender: Sender, opts: ServerOptions): Caller | null {
  if (sender.id !== opts.extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(opts.extensionOrigin)) return { kind: 'extension', tabId: sender.tab?.id };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return null;
  if (!/^https?:\/\//.test(url)) return null;
  return { kind: 'content', tabId, url };
}

/** `handlers` may be partial (tests wire what they test); the background passes every one (`satisfies Handlers`). */
export function createServer(handlers: Partial<Handlers>, opts: ServerOptions) {
  const reject = (why: string, message: unknown): Reply<never> => {
    opts.onReject?.(why, message);
    return { ok: false, error: why };
  };
  return async function handle(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    if (typeof message !== 'object' || message === null || typeof (message as { type?: unknown }).type !== 'string') {
      return reject('malformed message', message);
    }
    const { type, payload } = message as { type: string; payload?: unknown };
    if (!Object.hasOwn(CONTRACTS, type)) return reject(`unknown message ${type.slice(0, 40)}`, message);
    const name = type as MessageName;
    const contract = CONTRACTS[name];
    const caller = classifySender(sender, opts);
    if (!caller) return reject(`sender not allowed for ${name}`, message);
    if (caller.kind !== (contract.from as SenderKind)) return reject(`${caller.kind} may not send ${name}`, message);
    const parsed = contract.request.safeParse(payload);
    if (!parsed.success) return reject(`invalid ${name}: ${parsed.error.issues[0]?.message ?? 'bad shape'}`, message);
    try {
      const handler = handlers[name] as ((req: unknown, caller: Caller) => Promise<unknown> | unknown) | undefined;
      if (!handler) return reject(`no handler for ${name}`, message);
      const data = await handler(parsed.data, caller);
      return { ok: true, data };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
