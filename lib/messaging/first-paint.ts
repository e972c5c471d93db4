// The two requests a page makes before it can show anything — the cached verdict and the language setting —
// validated with zod/mini (issue 12 item 4): the popup paints the verdict without parsing zod's full API and every
// other message's schema (./contracts.ts, loaded later by ./client.ts for everything else). Same envelope and same
// verdict shape as the contracts (tests/messaging/first-paint.test.ts runs both over the same replies).
import * as z from 'zod/mini';
import type { Verdict } from '../core/types';
import { verdictMiniSchema } from '../core/verdict-mini';
import { MSG } from './names';
import type { SendFn } from './client';

const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
/** Only the setting a first paint needs; the options page reads (and checks) the whole settings row itself. */
const languageSchema = z.object({ language: z.enum(['auto', 'zh-CN', 'en']) });

/** A raw reply checked: the envelope, then the data against `schema`. */
function read<T>(name: string, raw: unknown, schema: z.ZodMiniType<T>): T {
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new Error(`no valid reply to ${name}`);
  if (!reply.data.ok) throw new Error(reply.data.error);
  const data = schema.safeParse(reply.data.data);
  if (!data.success) throw new Error(`invalid reply to ${name}`);
  return data.data;
}

/** A raw `verdict/get` reply (sent before this module was loaded: the popup's boot) as the verdict, or null. */
export const verdictFrom = (raw: unknown): Verdict | null => read(MSG.verdictGet, raw, z.nullable(verdictMiniSchema));
/** A raw `settings/get` reply, read for the language only. */
export const languageFrom = (raw: unknown): 'auto' | 'zh-CN' | 'en' => read(MSG.settingsGet, raw, languageSchema).language;

/** `verdict/get`: the tab's cached verdict, or null when there is none. */
export async function getVerdict(send: SendFn, tabId: number): Promise<Verdict | null> {
  return verdictFrom(await send({ type: MSG.verdictGet, payload: { tabId } }));
}

/** `settings/get`, read for the language only. */
export async function getLanguage(send: SendFn): Promise<'auto' | 'zh-CN' | 'en'> {
  return languageFrom(await send({ type: MSG.settingsGet, payload: {} }));
}
