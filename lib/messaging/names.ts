// Plain message names, importable by content scripts (no zod). The schemas live in contracts.ts.
export const MSG = {
  pageSnapshot: 'page/snapshot',
  verdictGet: 'verdict/get',
  verdictRecheck: 'verdict/recheck',
  /** Background → content script: send a fresh snapshot. */
  snapshotRequest: 'snapshot/request',
} as const;

export type Envelope = { type: string; payload?: unknown };
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
