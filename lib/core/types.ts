import type { z } from 'zod';
import type {
  controlTextSchema, evidenceSchema, historyEntrySchema, icpRecordSchema, reportDraftSchema, reportSchema, REPORT_CATEGORIES, imageSchema, LIGHTS, linkSchema, pageSnapshotSchema, SEVERITIES,
  signalSchema, signalSourceSchema, sourceStatusSchema, textBlockSchema, verdictSchema,
} from './schemas';

export type Light = (typeof LIGHTS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type TextBlock = z.infer<typeof textBlockSchema>;
export type PageLink = z.infer<typeof linkSchema>;
export type PageImage = z.infer<typeof imageSchema>;
export type ControlText = z.infer<typeof controlTextSchema>;
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type SignalSource = z.infer<typeof signalSourceSchema>;
export type Signal = z.infer<typeof signalSchema>;
export type SourceStatus = z.infer<typeof sourceStatusSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type IcpRecord = z.infer<typeof icpRecordSchema>;

/**
 * Tri-state answer of every data source: a failure is never "not found". `stale`: served from the cache past its
 * freshness (within stale-while-revalidate) while a refresh runs; its age is `now - fetchedAt`.
 */
export type LookupResult<T> =
  | { status: 'found'; data: T; fetchedAt: number; stale?: boolean }
  | { status: 'not-found'; fetchedAt: number; stale?: boolean }
  | { status: 'unavailable'; reason: string };
export type ReportDraft = z.infer<typeof reportDraftSchema>;
export type Report = z.infer<typeof reportSchema>;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What RDAP tells us about a registration (RFC 9083), reduced to what the domain detectors use. */
export type RdapSummary = {
  registeredAt?: number;
  expiresAt?: number;
  lastChangedAt?: number;
  registrar?: string;
  /** Lower-case EPP/RDAP status strings: 'client hold', 'server hold', 'active', … */
  status: string[];
  nameservers: string[];
};

/** A QR code decoded from the snapshot's image `imageIndex` (lib/qr decodes, page detectors read). */
export type DecodedQr = { imageIndex: number; payload: string };

/**
 * Text for one signal id. `{name}` placeholders are filled from the signal's params.
 * - title: one short line (what was found), hedged (疑似 / 可能) where it accuses;
 * - explain: why it matters for a card-shop purchase, with the law where one applies;
 * - action: what the person should do (optional).
 */
export type SignalText = { title: string; explain: string; action?: string };
/** A signal's text in both languages, declared with the detector that raises it. */
export type DetectorText = { 'zh-CN': SignalText; en: SignalText };
