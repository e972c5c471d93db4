// The community-list updater's constants, stored state and store contract (design.md "Community risk list").
// The state of the last check lives in the store (Dexie listMeta 'updateState' in the extension), never in module
// variables: the service worker dies between alarms (style.md rule 7).
import { z } from 'zod';
import { backoffDelay } from '../net/backoff';
import type { ListDelta } from './delta';
import type { RiskList } from './format';
import type { ImportResult, StoredListInfo } from './store';
import type { DeltaApplyResult } from './store-delta';

export const LIST_UPDATE = {
  alarm: 'kadun-list-update',
  periodMinutes: 360,
  timeoutMs: 15_000,
  backoffMinMs: 30 * 60_000,
  backoffMaxMs: 24 * 60 * 60_000,
  /** A scheduled check closer than this to the last one is skipped (the alarm period, less slack for alarm jitter). */
  minIntervalMs: (360 - 15) * 60_000,
  /** A signature is 88 characters of base64; anything much larger is not one. */
  signatureBytes: 1024,
  /** Hops followed for the list and its signature (raw hosts answer directly; a moved repo redirects once). */
  maxRedirects: 3,
  stateKey: 'updateState',
} as const;

/** What list/update-now answers (lib/messaging/contracts.ts). */
export type UpdateResult = { ok: boolean; version?: number; reason?: string };
/** How one mirror fared in the last check: `reason` is the failure ("<code>: <detail>"), or a note on a success. */
export const mirrorAttemptSchema = z.object({
  url: z.string().max(300),
  ok: z.boolean(),
  reason: z.string().max(200).nullable(),
  via: z.enum(['index', 'delta', 'full', 'not-modified']).nullable(),
});
export type MirrorAttempt = z.infer<typeof mirrorAttemptSchema>;

/** What list/status answers. `mirror`: the mirror that last answered (at lastSuccessAt); `attempts`: the last check. */
export type ListStatus = {
  version: number | null; generatedAt: number | null; importedAt: number | null; lastCheckAt: number | null; lastError: string | null;
  mirror?: string | null; lastSuccessAt?: number | null; attempts?: MirrorAttempt[];
};

/**
 * Stored state of the updater. `url` is the mirror that last answered: it is asked first next time, and the
 * validators (ETag, Last-Modified) belong to it. The failure count and back-off are for the whole set of mirrors.
 */
export const updateStateSchema = z.object({
  url: z.string().nullable(),
  etag: z.string().max(1000).nullable(),
  lastModified: z.string().max(200).nullable(),
  lastCheckAt: z.number().nullable(),
  lastSuccessAt: z.number().nullable(),
  lastError: z.string().max(200).nullable(),
  failures: z.number().int().nonnegative(),
  nextAllowedAt: z.number().nullable(),
  attempts: z.array(mirrorAttemptSchema).max(8).default([]),
});
export type UpdateState = z.infer<typeof updateStateSchema>;

export const INITIAL_STATE: UpdateState = {
  url: null, etag: null, lastModified: null, lastCheckAt: null, lastSuccessAt: null, lastError: null, failures: 0, nextAllowedAt: null, attempts: [],
};

export type FailureCode =
  | 'network' | 'timeout' | 'http' | 'too-large' | 'redirect-loop' | 'bad-signature' | 'malformed' | 'rollback' | 'import' | 'internal'
  /** Every mirror failed (each one's own reason is in the attempts). */
  | 'mirrors';

/** Exponential back-off after `failures` failed checks in a row: 30 min, 1 h, 2 h … capped at 24 h (lib/net's rule). */
export const backoffMs = (failures: number): number =>
  backoffDelay(failures, { baseMs: LIST_UPDATE.backoffMinMs, maxMs: LIST_UPDATE.backoffMaxMs });

/** Where the updater keeps its state and the active list; read back through updateStateSchema. */
export type UpdaterStore = {
  readState(): Promise<unknown>;
  writeState(state: UpdateState): Promise<unknown>;
  activeInfo(): Promise<StoredListInfo | null>;
  importList(list: RiskList, now: number): Promise<ImportResult>;
  /** A verified delta onto the stored list (store-delta.ts); without it every update is a full download. */
  applyDelta?(delta: ListDelta, now: number): Promise<DeltaApplyResult>;
};

export class UpdateFailure extends Error {
  constructor(readonly code: FailureCode, readonly detail: string) {
    super(`${code}: ${detail}`.slice(0, 200));
  }
}

export const reasonOf = (err: unknown): string =>
  (err instanceof UpdateFailure ? err.message : `internal: ${err instanceof Error ? err.message : String(err)}`).slice(0, 200);

export const hostOf = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#]+)/i.exec(url)?.[1] ?? 'the list URL';
