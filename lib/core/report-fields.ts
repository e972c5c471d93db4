// What police (110) and 12321 ask a victim for, as report fields: amount paid, payee account or QR content, order
// number, time of payment; and screenshots, kept only in this browser. zod only (no schemas.ts import): schemas.ts
// builds the report draft from these.
import { z } from 'zod';
import type { Signal } from './types';

/** Caps: a report is a local record, not a photo album; 6 × 4 MB stays well under Chrome's 64 MB message limit. */
export const REPORT_LIMITS = {
  shots: 6,
  shotBytes: 4 * 1024 * 1024,
  /** A JPEG thumbnail of at most 240 px fits in far less; the cap only stops a page sending anything big. */
  thumbChars: 80_000,
  nameChars: 120,
  payeeChars: 300,
  orderChars: 80,
} as const;

/** The image types a screenshot may have (what browsers decode everywhere); anything else is refused. */
export const SHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ShotType = (typeof SHOT_TYPES)[number];

/** Yuan, as the person types it: digits with at most two decimals; empty = not given. */
export const amountSchema = z.string().max(20).regex(/^(?:\d{1,9}(?:\.\d{1,2})?)?$/, 'amount');
/** `<input type=datetime-local>`'s value (local time, minutes); empty = not given. */
export const paidAtSchema = z.string().max(20).regex(/^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, 'paid-at');
export const payeeSchema = z.string().max(REPORT_LIMITS.payeeChars);
export const orderNoSchema = z.string().max(REPORT_LIMITS.orderChars);

/** The fields added to the report draft (each optional: reports saved before them still read). */
export const reportFieldsShape = {
  amount: amountSchema.optional(),
  payee: payeeSchema.optional(),
  orderNo: orderNoSchema.optional(),
  paidAt: paidAtSchema.optional(),
};

export type ReportFieldName = 'amount' | 'payee' | 'orderNo' | 'paidAt';

/** Which of the person's entries do not validate, so the form can say so beside each (and not autosave them). */
export function fieldProblems(fields: Partial<Record<ReportFieldName, string>>): ReportFieldName[] {
  const schemas = { amount: amountSchema, payee: payeeSchema, orderNo: orderNoSchema, paidAt: paidAtSchema };
  return (Object.keys(schemas) as ReportFieldName[]).filter((k) => !schemas[k].safeParse(fields[k] ?? '').success);
}

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes a base64 payload decodes to. */
export function base64Bytes(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}

/** A `data:<type>;base64,…` URL of one of `types`, at most `maxBytes` once decoded. */
export const imageDataUrl = (types: readonly string[], maxBytes: number) =>
  z.string().max(Math.ceil((maxBytes * 4) / 3) + 64).refine((s) => {
    const m = /^data:([\w/+.-]+);base64,(.*)$/s.exec(s);
    return m !== null && types.includes(m[1]!) && base64.test(m[2]!) && base64Bytes(m[2]!) <= maxBytes && m[2]!.length > 0;
  }, 'not an image of an allowed type and size');

/** A screenshot the report page hands to the background (the page made the thumbnail with a canvas). */
export const shotUploadSchema = z.object({
  reportId: z.number().int().positive(),
  name: z.string().max(REPORT_LIMITS.nameChars),
  type: z.enum(SHOT_TYPES),
  dataUrl: imageDataUrl(SHOT_TYPES, REPORT_LIMITS.shotBytes),
  thumb: imageDataUrl(['image/jpeg', 'image/png'], REPORT_LIMITS.thumbChars),
}).strict().refine((s) => s.dataUrl.startsWith(`data:${s.type};`), 'type does not match the data');

/** What lists and pages see of a stored screenshot: never the full image. */
export const shotMetaSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().max(REPORT_LIMITS.nameChars),
  type: z.enum(SHOT_TYPES),
  size: z.number().int().nonnegative(),
  thumb: z.string().max(REPORT_LIMITS.thumbChars + 64),
  addedAt: z.number(),
});
export type ShotMeta = z.infer<typeof shotMetaSchema>;

/**
 * The payee as the page showed it, to pre-fill the form: a personal payment code's content (with the QQ number or
 * nickname the code names), else the first quote of a transfer-to-a-person finding. The person sees and edits it.
 */
export function payeeFromSignals(signals: readonly Pick<Signal, 'id' | 'params' | 'evidence'>[]): string {
  const qr = signals.find((s) => s.id === 'payment-personal-qr');
  if (qr) {
    const payload = String(qr.params.payload ?? qr.evidence[0]?.quote ?? '');
    const nick = typeof qr.params.nickname === 'string' && !payload.includes(qr.params.nickname) ? ` (${qr.params.nickname})` : '';
    return (payload + nick).slice(0, REPORT_LIMITS.payeeChars);
  }
  const transfer = signals.find((s) => s.id === 'payment-personal-transfer' && s.params.kind !== 'screenshot');
  return (transfer?.evidence[0]?.quote ?? '').slice(0, REPORT_LIMITS.payeeChars);
}

/** A size for people: 812 KB, 2.4 MB. */
export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
