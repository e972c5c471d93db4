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
