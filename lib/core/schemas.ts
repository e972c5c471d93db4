// Every shape that crosses a boundary (content script → background, background → popup, CLI files) is here, once.
// Content scripts never import this file (zod stays out of them); the background validates what they send.
import { z } from 'zod';
import { SNAPSHOT_LIMITS } from './limits';
import { isSignalId, SIGNAL_IDS } from './signal-ids';
import { REPORT_LIMITS, reportFieldsShape, shotMetaSchema } from './report-fields';

export { SNAPSHOT_LIMITS };

import { LIGHTS, SEVERITIES } from './levels';
export { LIGHTS, SEVERITIES };

export const lightSchema = z.enum(LIGHTS);
export const severitySchema = z.enum(SEVERITIES);


const L = SNAPSHOT_LIMITS;
const shortText = (max: number) => z.string().max(max);

export const textBlockSchema = z.object({
  id: z.number().int().nonnegative(),
  /** Lower-case tag of the element the text belongs to (p, li, button, a, footer…). */
  tag: shortText(16),
  /** The text as the page shows it (whitespace collapsed). Detectors normalise it themselves. */
  text: shortText(L.blockChars),
  /** For a table cell's text: [table, row, column], counted in document order (goods tables: 商品 / 面值 / 零售价). */
  cell: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  /** The text sits in a <blockquote> or <q>: the page quotes it (a notice reproducing a scam page), it does not ask it. */
  quoted: z.literal(true).optional(),
});

export const linkSchema = z.object({
  href: shortText(L.urlChars),
  text: shortText(200),
  blockId: z.number().int().nonnegative().optional(),
});

export const formSchema = z.object({
  action: shortText(L.urlChars),
  method: shortText(10),
  fields: z.array(shortText(100)).max(L.formFields),
});

export const imageSchema = z.object({
  /** data: URL (size-capped), absolute URL, or for kind 'matrix' a QR module grid (lib/extract/table-qr.ts). */
  src: shortText(L.imageDataUrlChars),
  kind: z.enum(['img', 'canvas', 'matrix']),
  alt: shortText(200),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
  blockId: z.number().int().nonnegative().optional(),
});

/**
 * What names a payment channel or a good without being page text until the buyer clicks: `<option>`s, radio and
 * checkbox values, `data-*` values of pay options, `alt` / `title` texts, pay-icon image file names.
 */
export const CONTROL_SOURCES = ['option', 'value', 'label', 'data', 'alt', 'title', 'icon'] as const;
export const controlTextSchema = z.object({
  text: shortText(L.controlChars),
  where: z.enum(CONTROL_SOURCES),
  /** The attribute it came from (data-type, value…), for the evidence. */
  attr: shortText(40).optional(),
  blockId: z.number().int().nonnegative().optional(),
});

export const pageSnapshotSchema = z.object({
  url: shortText(L.urlChars),
  title: shortText(300),
  lang: shortText(35),
  /** What the content script's cheap classifier thought; the background decides with `shop-detected`. */
  shopHint: z.boolean(),
  blocks: z.array(textBlockSchema).max(L.blocks),
  links: z.array(linkSchema).max(L.links),
  forms: z.array(formSchema).max(L.forms),
  scripts: z.object({
    srcs: z.array(shortText(L.urlChars)).max(L.scriptSrcs),
    inline: z.array(shortText(L.inlineScriptChars)).max(L.inlineScripts),
  }),
  meta: z.record(shortText(60), shortText(300)).refine((m) => Object.keys(m).length <= L.metaEntries, 'too many meta entries'),
  images: z.array(imageSchema).max(L.images),
  /** Absent in snapshots of pages not taken for shops (and from older content scripts). */
  controls: z.array(controlTextSchema).max(L.controls).optional(),
  truncated: z.boolean(),
  /** Which caps were hit when `truncated` (blocks, links, images, parse:input-chars…): what was skipped. */
  skipped: z.array(shortText(40)).max(20).optional(),
});

export const evidenceSchema = z.object({
  /** A short quote of what was seen, in the page's original characters. */
  quote: shortText(300),
  /** The text block it came from, so the page can scroll to it and outline it. */
  blockId: z.number().int().nonnegative().optional(),
  /** Where else it came from: 'url', 'script', 'form', 'image', or a provider record field. */
  where: shortText(60).optional(),
});

export const signalSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page') }),
  z.object({ kind: z.literal('provider'), provider: shortText(40), fetchedAt: z.number(), version: shortText(40).optional() }),
  z.object({ kind: z.literal('user') }),
]);

/** A signal id this version knows: a misspelt id is a compile error and an unknown one fails validation. */
export const signalIdSchema = z.enum(SIGNAL_IDS);

/**
 * A list of items carrying a signal id (`key`), read from rows an older or newer version stored: items whose id this
 * version does not know are dropped rather than failing the whole row — one retired signal must not hide a
 * history entry or a report. The items that remain are checked by `item` as usual.
 */
const knownIds = <T extends z.ZodTypeAny>(item: T, key: 'id' | 'signalId', max: number) =>
  z.array(z.unknown()).max(max)
    .transform((list) => list.filter((x) => typeof x === 'object' && x !== null && isSignalId((x as Record<string, unknown>)[key])) as z.input<T>[])
    .pipe(z.array(item).max(max));

export const signalSchema = z.object({
  id: signalIdSchema,
  severity: severitySchema,
  evidence: z.array(evidenceSchema).max(20),
  source: signalSourceSchema,
  /** Values for the explanation text (i18n placeholders). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const lookupResultSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('found'), data, fetchedAt: z.number(), stale: z.boolean().optional() }),
    z.object({ status: z.literal('not-found'), fetchedAt: z.number(), stale: z.boolean().optional() }),
    z.object({ status: z.literal('unavailable'), reason: shortText(200) }),
  ]);

export const sourceStatusSchema = z.object({
  state: z.enum(['ok', 'not-found', 'unavailable', 'off', 'not-applicable']),
  /** i18n key or short reason when unavailable / off. */
  reason: shortText(200).optional(),
  provider: shortText(40).optional(),
  fetchedAt: z.number().optional(),
});

export const verdictSchema = z.object({
  url: shortText(L.urlChars),
  /** Registrable domain (punycode), or the host when there is none (IP, localhost). */
  domain: shortText(260),
  isShop: z.boolean(),
  light: lightSchema,
  /** Which ordered rule decided the light (design.md "Verdict rules"). */
  rule: z.enum(['user-override', 'list-confirmed', 'danger', 'warn', 'not-shop', 'verified', 'unverified']),
  headline: z.object({ key: shortText(80), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  signals: knownIds(signalSchema, 'id', 200),
  advice: z.array(shortText(80)).max(12),
  sources: z.object({ page: sourceStatusSchema, icp: sourceStatusSchema, rdap: sourceStatusSchema, list: sourceStatusSchema }),
  checkedAt: z.number(),
  rulesetVersion: shortText(20),
  truncated: z.boolean(),
  /** The caps hit on the page (from the snapshot), when `truncated`. */
  skipped: z.array(shortText(40)).max(20).optional(),
});

/** MIIT ICP record, with MIIT's own field names (design.md CLI contract). */
export const icpRecordSchema = z.object({
  unitName: shortText(200),
  natureName: shortText(40),
  mainLicence: shortText(60),
  serviceLicence: shortText(60),
  domain: shortText(260),
  updateRecordTime: shortText(40).optional(),
  limitAccess: shortText(10).optional(),
});

/** The CLI's `--records` file. A null value means "looked up: none exists"; an absent domain is unavailable. */
export const recordsFileSchema = z.object({
  icp: z.record(z.string(), icpRecordSchema.nullable()).default({}),
  rdap: z.record(z.string(), z.unknown().nullable()).default({}),
});

/** Report categories (the community list's categories). */
export const REPORT_CATEGORIES = ['personal-payment', 'fake-filing', 'non-delivery', 'illegal-goods', 'impersonation', 'other'] as const;

/** What the person wrote on the report / appeal page, before it is saved. */
export const reportDraftSchema = z.object({
  kind: z.enum(['report', 'appeal']),
  domain: shortText(260).min(1),
  url: shortText(L.urlChars),
  /** Whether the full URL (path, query) may go into a shared report; off by default: only the domain is shared. */
  includeUrl: z.boolean(),
  category: z.enum(REPORT_CATEGORIES),
  text: shortText(4000),
  evidence: knownIds(z.object({ signalId: signalIdSchema, quote: shortText(300), params: signalSchema.shape.params.optional() }), 'signalId', 30),
  /** Amount paid, payee, order number, time of payment (lib/core/report-fields.ts); absent in older reports. */
  ...reportFieldsShape,
}).strict();

export const reportSchema = reportDraftSchema.extend({
  id: z.number().int().positive(),
  createdAt: z.number(),
  status: z.enum(['kept', 'issue-opened', 'copied']),
  /** The screenshots kept with it (thumbnails and sizes; the images stay in the database). */
  screenshots: z.array(shotMetaSchema).max(REPORT_LIMITS.shots).optional(),
});

export const overrideKindSchema = z.enum(['trusted', 'blocked']);

export const historyEntrySchema = z.object({
  id: z.number().int(),
  domain: shortText(260),
  url: shortText(L.urlChars),
  light: lightSchema,
  checkedAt: z.number(),
  headline: verdictSchema.shape.headline,
  signals: knownIds(z.object({ id: signalIdSchema, severity: severitySchema, params: signalSchema.shape.params }), 'id', 200),
});
