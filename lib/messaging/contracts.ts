// Every runtime message: name (noun/verb), request and response schemas, and who may send it.
// `content` = a content script in a tab's top frame (the tab and URL come from `sender`, never from the payload);
// `extension` = the extension's own pages (popup, options, report, history).
import { z } from 'zod';
import { lightSchema, pageSnapshotSchema, verdictSchema } from '../core/schemas';
import { MSG } from './names';

export type SenderKind = 'content' | 'extension';

export const CONTRACTS = {
  [MSG.pageSnapshot]: {
    from: 'content',
    request: z.object({ snapshot: pageSnapshotSchema }).strict(),
    response: z.object({ light: lightSchema, headline: z.string().max(200) }),
  },
  [MSG.verdictGet]: {
    from: 'extension',
    request: z.object({ tabId: z.number().int().nonnegative() }).strict(),
    response: verdictSchema.nullable(),
  },
  [MSG.verdictRecheck]: {
    from: 'extension',
    request: z.object({ tabId: z.number().int().nonnegative() }).strict(),
    response: z.object({ requested: z.boolean() }),
  },
} as const satisfies Record<string, { from: SenderKind; request: z.ZodType; response: z.ZodType }>;

export type MessageName = keyof typeof CONTRACTS;
export type RequestOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]['response']>;

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
