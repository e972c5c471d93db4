// Every runtime message: name (noun/verb), request and response schemas, and who may send it.
// `content` = a content script in a tab's top frame (the tab and URL come from `sender`, never from the payload);
// `extension` = the extension's own pages (popup, options, report, history).
import { z } from 'zod';
import {
  historyEntrySchema, lightSchema, overrideKindSchema, pageSnapshotSchema, reportDraftSchema, reportSchema, verdictSchema,
} from '../core/schemas';
import { settingsSchema } from '../core/settings';
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
  [MSG.reportSave]: {
    from: 'extension',
    request: z.object({ draft: reportDraftSchema }).strict(),
    response: z.object({ id: z.number().int().positive() }),
  },
  [MSG.reportList]: { from: 'extension', request: z.object({}).strict(), response: z.array(reportSchema) },
  [MSG.reportStatus]: {
    from: 'extension',
    request: z.object({ id: z.number().int().positive(), status: reportSchema.shape.status }).strict(),
    response: z.object({ updated: z.boolean() }),
  },
  [MSG.overrideSet]: {
    from: 'extension',
    request: z.object({ domain: z.string().min(1).max(260), kind: overrideKindSchema.nullable() }).strict(),
    response: z.object({ kind: overrideKindSchema.nullable() }),
  },
  [MSG.overrideGet]: {
    from: 'extension',
    request: z.object({ domain: z.string().min(1).max(260) }).strict(),
    response: z.object({ kind: overrideKindSchema.nullable() }),
  },
  [MSG.overrideList]: {
    from: 'extension',
    request: z.object({}).strict(),
    response: z.array(z.object({ domain: z.string(), kind: overrideKindSchema, setAt: z.number() })),
  },
  [MSG.historyList]: {
    from: 'extension',
    request: z.object({ limit: z.number().int().min(1).max(5000) }).strict(),
    response: z.array(historyEntrySchema),
  },
  [MSG.historyExport]: { from: 'extension', request: z.object({}).strict(), response: z.object({ json: z.string() }) },
  [MSG.historyClear]: { from: 'extension', request: z.object({}).strict(), response: z.object({ cleared: z.boolean() }) },
  [MSG.settingsGet]: { from: 'extension', request: z.object({}).strict(), response: settingsSchema },
  [MSG.settingsSet]: { from: 'extension', request: z.object({ settings: settingsSchema }).strict(), response: settingsSchema },
} as const satisfies Record<string, { from: SenderKind; request: z.ZodType; response: z.ZodType }>;

export type MessageName = keyof typeof CONTRACTS;
export type RequestOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]['response']>;

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
