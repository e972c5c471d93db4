// Every runtime message: name (noun/verb), request and response schemas, and who may send it.
// `content` = a content script in a tab's top frame (the tab and URL come from `sender`, never from the payload);
// `extension` = the extension's own pages (popup, options, report, history).
import { z } from 'zod';
import {
  historyEntrySchema, icpRecordSchema, lightSchema, overrideKindSchema, pageSnapshotSchema, reportDraftSchema, reportSchema, verdictSchema,
} from '../core/schemas';
import { GATE_CONTRACTS } from './contracts-gate';
import { settingsSchema } from '../core/settings';
import { MSG } from './names';
import { REPORT_CONTRACTS } from './contracts-report';

export type SenderKind = 'content' | 'extension';

export const CONTRACTS = {
  [MSG.pageSnapshot]: {
    from: 'content',
    // trigger: 'auto' when the page loaded, 'request' when the person asked (popup "重新检查", an override change).
    // doc: which document load sent it (random id per load, seq counts its snapshots): the background stores a
    // verdict only while it is the tab's newest document (lib/db/tab-verdicts.ts). Absent: the newest arrival wins.
    request: z.object({
      snapshot: pageSnapshotSchema,
      trigger: z.enum(['auto', 'request']).default('auto'),
      doc: z.object({ id: z.string().regex(/^[\w-]{8,64}$/), seq: z.number().int().nonnegative() }).strict().optional(),
    }).strict(),
    response: z.object({
      light: lightSchema,
      headline: z.string().max(200),
      /** The in-page banner, written in the person's language; null = none. */
      banner: z.object({
        tone: z.enum(['red', 'amber']), text: z.string().max(300), title: z.string().max(40),
        reasonsLabel: z.string().max(40), dismissLabel: z.string().max(40),
        // Issue 11: 离开此网站 beside the two; whether it warns about a payment step (a dismissal never mutes one).
        leaveLabel: z.string().max(40).optional(), paymentStep: z.boolean().optional(),
      }).nullable(),
    }),
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
    // id: the autosaved draft this saves (an appeal submitted from it then trusts the site).
    request: z.object({ draft: reportDraftSchema, id: z.number().int().positive().optional() }).strict(),
    response: z.object({ id: z.number().int().positive() }),
  },
  ...REPORT_CONTRACTS,
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
  [MSG.bannerDismiss]: { from: 'content', request: z.object({}).strict(), response: z.object({ until: z.number() }) },
  [MSG.bannerOpenReasons]: { from: 'content', request: z.object({}).strict(), response: z.object({ opened: z.boolean() }) },
  [MSG.bannerLeave]: { from: 'content', request: z.object({}).strict(), response: z.object({ left: z.boolean() }) },
  [MSG.bannerHidden]: {
    from: 'content',
    request: z.object({ reason: z.enum(['covered', 'top-layer', 'ancestor-style', 'off-screen', 'occluded']) }).strict(),
    response: z.object({ warned: z.boolean(), opened: z.boolean() }),
  },
  [MSG.pageHighlight]: {
    from: 'extension',
    // target 'image': outline the payment code's image or canvas in that block, not the text line near it.
    request: z.object({ tabId: z.number().int().nonnegative(), blockId: z.number().int().nonnegative(), target: z.enum(['block', 'image']).optional() }).strict(),
    response: z.object({ shown: z.boolean() }),
  },
  [MSG.tabLeave]: {
    from: 'extension',
    request: z.object({ tabId: z.number().int().nonnegative() }).strict(),
    response: z.object({ left: z.boolean() }),
  },
  [MSG.icpAssistOpen]: {
    from: 'extension',
    request: z.object({ tabId: z.number().int().nonnegative() }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  [MSG.icpCaptured]: {
    // From the assisted-check content script on the MIIT query page only (the server checks the sender's origin).
    from: 'content',
    request: z.object({
      query: z.string().max(260),
      records: z.array(icpRecordSchema).max(50),
      // True only when the page showed an explicit "no record" answer to the person's own query: an empty
      // `records` alone never means "not filed" (a blocked or failed query looks the same, domain-facts.md §2).
      noRecord: z.boolean().default(false),
    }).strict(),
    response: z.object({ stored: z.number().int(), rechecked: z.number().int() }),
  },
  [MSG.icpAssistPending]: {
    // Same sender rule as icp/captured (origin https://beian.miit.gov.cn, checked in the handler). The texts are the
    // on-page notice in the person's language, so the content script carries no i18n tables.
    from: 'content',
    request: z.object({}).strict(),
    response: z.object({
      domain: z.string().min(1).max(260),
      text: z.object({
        filled: z.string().max(300), saved: z.string().max(300), savedNone: z.string().max(300),
        blocked: z.string().max(300), noInput: z.string().max(300), close: z.string().max(40),
      }),
    }).nullable(),
  },
  [MSG.listUpdateNow]: {
    from: 'extension',
    request: z.object({}).strict(),
    response: z.object({ ok: z.boolean(), version: z.number().optional(), reason: z.string().max(200).optional() }),
  },
  [MSG.listStatus]: {
    from: 'extension',
    request: z.object({}).strict(),
    response: z.object({
      version: z.number().nullable(), generatedAt: z.number().nullable(), importedAt: z.number().nullable(),
      lastCheckAt: z.number().nullable(), lastError: z.string().max(200).nullable(),
      // The mirror that last answered, when, and how each mirror fared in the last check (docs/list-updates.md).
      mirror: z.string().max(300).nullable().optional(), lastSuccessAt: z.number().nullable().optional(),
      attempts: z.array(z.object({
        url: z.string().max(300), ok: z.boolean(), reason: z.string().max(200).nullable(),
        via: z.enum(['index', 'delta', 'full', 'not-modified']).nullable(),
      })).max(8).optional(),
    }),
  },
  ...GATE_CONTRACTS,
} as const satisfies Record<string, { from: SenderKind; request: z.ZodType; response: z.ZodType }>;

export type MessageName = keyof typeof CONTRACTS;
/** What a handler receives (defaults applied). */
export type RequestOf<N extends MessageName> = z.output<(typeof CONTRACTS)[N]['request']>;
/** What a sender may write (defaults optional). */
export type RequestIn<N extends MessageName> = z.input<(typeof CONTRACTS)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]['response']>;

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
