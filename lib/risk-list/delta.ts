// Small updates (docs/list-updates.md): a signed delta from one list version to the newest, and the tiny signed
// index that says which version is newest and which deltas exist. Both files are signed with the list's own key and
// checked like the list itself (signature first, then schema, then versions): a mirror is never trusted.
// Pure: building, parsing and applying to a RiskList object. The extension applies a delta to its stored rows
// (store-delta.ts) with the same rules.
import { z } from 'zod';
import {
  allowEntrySchema, listDomainSchema, RISK_LIST_LIMITS, riskEntrySchema, riskListSchema,
  type AllowEntry, type RiskEntry, type RiskList,
} from './format';
import { icpRecordSchema } from '../core/schemas';
import type { IcpRecord } from '../core/types';
import { verifyListSignature, type ListPublicKey } from './signature';

export const DELTA_KIND = 'kadun-list-delta';
export const INDEX_KIND = 'kadun-list-index';
/** File names beside the full list on every mirror (risk-list.json): the index, and one delta per older version. */
export const LIST_FILES = { index: 'risk-list.version', deltaDir: 'deltas' } as const;
export const DELTA_LIMITS = {
  /** A delta bigger than this is not "small": the release script publishes none and clients take the full list. */
  changes: 50_000,
  bytes: 16 * 1024 * 1024,
  /** Versions a published index may name deltas from. */
  fromVersions: 64,
  indexBytes: 4096,
} as const;

const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const deltaSchema = z.object({
  kind: z.literal(DELTA_KIND),
  schema: z.literal(1),
  from: version,
  to: version,
  /** generatedAt of the `to` list. */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Added or changed entries (whole entries, replacing the old one), and domains whose entry is gone. */
  entries: z.object({ put: z.array(riskEntrySchema), remove: z.array(listDomainSchema) }).strict(),
  allow: z.object({ put: z.array(allowEntrySchema), remove: z.array(listDomainSchema) }).strict(),
  icpRecords: z.object({ put: z.record(listDomainSchema, icpRecordSchema.nullable()), remove: z.array(listDomainSchema) }).strict(),
}).strict()
  .refine((d) => d.to > d.from, { message: 'to must be above from', path: ['to'] })
  .refine((d) => changeCount(d) <= DELTA_LIMITS.changes, { message: 'too many changes for a delta' });

export type ListDelta = z.infer<typeof deltaSchema>;

export const indexSchema = z.object({
  kind: z.literal(INDEX_KIND),
  schema: z.literal(1),
  version,
  generatedAt: z.iso.datetime({ offset: true }),
  /** Versions that have a delta to `version` at deltas/<from>.json. */
  deltas: z.array(version).max(DELTA_LIMITS.fromVersions),
}).strict();

export type ListIndex = z.infer<typeof indexSchema>;

type Changes = { entries: { put: unknown[]; remove: unknown[] }; allow: { put: unknown[]; remove: unknown[] }; icpRecords: { put: object; remove: unknown[] } };
export const changeCount = (d: Changes): number =>
  d.entries.put.length + d.entries.remove.length + d.allow.put.length + d.allow.remove.length
  + Object.keys(d.icpRecords.put).length + d.icpRecords.remove.length;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffByDomain<T extends { domain: string }>(from: readonly T[], to: readonly T[]) {
  const old = new Map(from.map((x) => [x.domain, x]));
  const now = new Set(to.map((x) => x.domain));
  return {
    put: to.filter((x) => !same(old.get(x.domain), x)),
    remove: from.filter((x) => !now.has(x.domain)).map((x) => x.domain).sort(),
  };
}

/** The delta that turns `from` into `to` (both already verified lists). */
export function buildDelta(from: RiskList, to: RiskList): ListDelta {
  if (to.version <= from.version) throw new Error(`to.version ${to.version} is not above from.version ${from.version}`);
  const oldIcp = from.icpRecords ?? {};
  const newIcp = to.icpRecords ?? {};
  const icpPut: Record<string, IcpRecord | null> = {};
  for (const [d, r] of Object.entries(newIcp)) if (!Object.hasOwn(oldIcp, d) || !same(oldIcp[d], r)) icpPut[d] = r;
  return deltaSchema.parse({
    kind: DELTA_KIND, schema: 1, from: from.version, to: to.version, generatedAt: to.generatedAt,
    entries: diffByDomain(from.entries, to.entries),
    allow: diffByDomain(from.allow, to.allow),
    icpRecords: { put: icpPut, remove: Object.keys(oldIcp).filter((d) => !Object.hasOwn(newIcp, d)).sort() },
  });
}

/** Replace-by-domain: drop the removed and the replaced, then add the new ones; the order is by domain. */
function patch<T extends { domain: string }>(items: readonly T[], put: readonly T[], remove: readonly string[]): T[] {
  const gone = new Set([...remove, ...put.map((x) => x.domain)]);
  return [...items.filter((x) => !gone.has(x.domain)), ...put].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
}

/**
 * `list` + `delta` → the list of version delta.to, checked by the list schema (duplicates, confirmed + allow …).
 * Refused (an Error) when the delta is not from this list's version.
 */
export function applyDelta(list: RiskList, delta: ListDelta): RiskList {
  if (delta.from !== list.version) throw new Error(`delta is from version ${delta.from}, the list is ${list.version}`);
  const icp: Record<string, IcpRecord | null> = { ...(list.icpRecords ?? {}) };
  for (const d of delta.icpRecords.remove) delete icp[d];
  Object.assign(icp, delta.icpRecords.put);
  const next = {
    schema: list.schema, version: delta.to, generatedAt: delta.generatedAt,
    entries: patch<RiskEntry>(list.entries, delta.entries.put, delta.entries.remove),
    allow: patch<AllowEntry>(list.allow, delta.allow.put, delta.allow.remove),
    ...(list.icpRecords || Object.keys(icp).length > 0 ? { icpRecords: icp } : {}),
  };
  return riskListSchema.parse(next);
}

export type SignedFileResult<T> = { ok: true; value: T } | { ok: false; reason: 'bad-signature' | 'malformed' | 'too-large'; detail: string };

/** Signature over the exact bytes, then UTF-8 JSON, then `schema` — the same order as the list (signature.ts). */
export async function verifySignedJson<T>(
  bytes: Uint8Array, signatureB64: string | null | undefined, publicKey: ListPublicKey, schema: z.ZodType<T>, maxBytes: number,
): Promise<SignedFileResult<T>> {
  if (bytes.byteLength > Math.min(maxBytes, RISK_LIST_LIMITS.bytes)) return { ok: false, reason: 'too-large', detail: `${bytes.byteLength} bytes > ${maxBytes}` };
  if (!(await verifyListSignature(bytes, signatureB64, publicKey))) {
    return { ok: false, reason: 'bad-signature', detail: signatureB64 ? 'signature does not match the file and key' : 'no signature' };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    return { ok: false, reason: 'malformed', detail: `not UTF-8 JSON: ${(err as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: 'malformed', detail: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data };
}

/**
 * The index is one file, so a no-change check is one small GET: line 1 is the JSON, line 2 the base64 signature of
 * line 1's exact bytes (no second request for a `.sig`, no conditional headers that would need a CORS preflight).
 */
export function indexFileText(index: ListIndex, signatureB64: string): string {
  return `${JSON.stringify(indexSchema.parse(index))}\n${signatureB64}\n`;
}

export async function verifyIndexFile(bytes: Uint8Array, publicKey: ListPublicKey): Promise<SignedFileResult<ListIndex>> {
  if (bytes.byteLength > DELTA_LIMITS.indexBytes) return { ok: false, reason: 'too-large', detail: `${bytes.byteLength} bytes > ${DELTA_LIMITS.indexBytes}` };
  const nl = bytes.indexOf(0x0a);
  if (nl < 0) return { ok: false, reason: 'malformed', detail: 'no signature line' };
  const sig = new TextDecoder().decode(bytes.subarray(nl + 1)).trim();
  return verifySignedJson(bytes.slice(0, nl), sig, publicKey, indexSchema, DELTA_LIMITS.indexBytes);
}

/** URL of a file beside the full list on the same mirror (`…/risk-list.json` → `…/risk-list.version`). */
export const siblingUrl = (listUrl: string, file: string): string => new URL(file, listUrl).href;
export const deltaPath = (from: number): string => `${LIST_FILES.deltaDir}/${from}.json`;
