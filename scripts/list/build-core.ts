// `list:build` without the file system: the entry files in, a validated, deterministic list (and its exact bytes)
// or every problem found out. Layout of an entries folder (JSON only, one file per domain, any sub-folders):
//   entries/**/<domain>.json  a risk entry        allow/**/<domain>.json  an allow entry
//   icp-records.json          optional { "<domain>": <MIIT record> | null }
import { z } from 'zod';
import { icpRecordSchema } from '../../lib/core/schemas';
import {
  allowEntrySchema, riskEntrySchema, riskListSchema, RISK_LIST_LIMITS, RISK_LIST_SCHEMA,
  type AllowEntry, type RiskEntry, type RiskList,
} from '../../lib/risk-list/format';
import { listDomainProblem } from '../../lib/risk-list/hygiene';

export type SourceFile = { path: string; text: string };
export type BuildOptions = {
  version: number; generatedAt: string; previous?: RiskList;
  /** Longest life an entry may be given, in days from lastSeen (risk-list/EVIDENCE.md); unchecked when absent. */
  maxLifetimeDays?: Readonly<Record<RiskEntry['status'], number>>;
};

/** The community list's rule (risk-list/EVIDENCE.md "Two statuses"): every entry expires, reported ones sooner. */
export const ENTRY_LIFETIME_DAYS = { reported: 180, confirmed: 365 } as const;
export type BuildResult = { ok: true; list: RiskList; text: string } | { ok: false; errors: string[] };

const icpFileSchema = z.record(z.string(), icpRecordSchema.nullable());

export function buildList(files: readonly SourceFile[], opts: BuildOptions): BuildResult {
  const errors: string[] = [];
  const entries = new Map<string, { value: RiskEntry; path: string }>();
  const allow = new Map<string, { value: AllowEntry; path: string }>();
  let icpRecords: RiskList['icpRecords'];

  if (!Number.isSafeInteger(opts.version) || opts.version < 1) errors.push(`--version must be an integer ≥ 1 (got ${opts.version})`);
  if (opts.previous && !(opts.version > opts.previous.version)) {
    errors.push(`--version ${opts.version} must be greater than the previous list's version ${opts.previous.version}`);
  }

  for (const file of [...files].sort((a, b) => cmp(a.path, b.path))) {
    const path = file.path.replace(/\\/g, '/');
    const kind = path.startsWith('entries/') ? 'entry' : path.startsWith('allow/') ? 'allow' : path === 'icp-records.json' ? 'icp' : null;
    if (!kind) {
      errors.push(`${path}: unknown file (entries/**/<domain>.json, allow/**/<domain>.json or icp-records.json; JSON only)`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (err) {
      errors.push(`${path}: not JSON (${(err as Error).message})`);
      continue;
    }
    if (kind === 'icp') {
      const parsed = icpFileSchema.safeParse(json);
      if (!parsed.success) errors.push(...issues(path, parsed.error));
      else {
        for (const d of Object.keys(parsed.data)) domainErrors(path, d, errors);
        icpRecords = Object.fromEntries(Object.entries(parsed.data).sort(([a], [b]) => cmp(a, b)));
      }
      continue;
    }
    const rawDomain = (json as { domain?: unknown } | null)?.domain;
    if (typeof rawDomain === 'string' && domainErrors(path, rawDomain, errors)) continue;
    const parsed = kind === 'entry' ? riskEntrySchema.safeParse(json) : allowEntrySchema.safeParse(json);
    if (!parsed.success) {
      errors.push(...issues(path, parsed.error));
      continue;
    }
    const domain = parsed.data.domain;
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base !== `${domain}.json`) errors.push(`${path}: the file for ${domain} must be named ${domain}.json`);
    const table = kind === 'entry' ? entries : allow;
    const dup = table.get(domain);
    if (dup) errors.push(`${path}: duplicate ${kind === 'entry' ? 'entry' : 'allow entry'} for ${domain} (also in ${dup.path})`);
    else if (kind === 'entry') {
      const e = parsed.data as RiskEntry;
      const max = opts.maxLifetimeDays?.[e.status];
      const days = (Date.parse(e.expires) - Date.parse(e.lastSeen)) / 86_400_000;
      if (max !== undefined && days > max) errors.push(`${path}: a ${e.status} entry lives at most ${max} days from lastSeen (expires ${e.expires} is ${days} days after ${e.lastSeen}); see risk-list/EVIDENCE.md`);
      entries.set(domain, { value: canonEntry(e), path });
    }
    else allow.set(domain, { value: canonAllow(parsed.data as AllowEntry), path });
  }

  for (const [domain, a] of allow) {
    const e = entries.get(domain);
    if (e?.value.status === 'confirmed') errors.push(`${a.path}: ${domain} is allowed but ${e.path} confirms it: resolve the conflict first`);
  }
  if (entries.size > RISK_LIST_LIMITS.entries) errors.push(`${entries.size} entries: more than ${RISK_LIST_LIMITS.entries}`);
  if (errors.length) return { ok: false, errors };

  const list: RiskList = {
    schema: RISK_LIST_SCHEMA,
    version: opts.version,
    generatedAt: opts.generatedAt,
    entries: [...entries.values()].map((e) => e.value).sort((a, b) => cmp(a.domain, b.domain)),
    allow: [...allow.values()].map((a) => a.value).sort((a, b) => cmp(a.domain, b.domain)),
    ...(icpRecords ? { icpRecords } : {}),
  };
  // The whole file through the same schema the extension uses, so a list that builds is a list that loads.
  const check = riskListSchema.safeParse(list);
  if (!check.success) return { ok: false, errors: issues('list', check.error) };
  const text = serializeList(list);
  if (new TextEncoder().encode(text).byteLength > RISK_LIST_LIMITS.bytes) return { ok: false, errors: [`the list is larger than ${RISK_LIST_LIMITS.bytes} bytes`] };
  return { ok: true, list, text };
}

/** One entry per line, keys in a fixed order: the same input always gives the same bytes, and diffs stay readable. */
export function serializeList(list: RiskList): string {
  const arr = (items: readonly unknown[]) => (items.length ? `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]` : '[]');
  const head = `{"schema":${list.schema},"version":${list.version},"generatedAt":${JSON.stringify(list.generatedAt)},\n`;
  const body = `"entries":${arr(list.entries.map(canonEntry))},\n"allow":${arr(list.allow.map(canonAllow))}`;
  const icp = list.icpRecords
    ? `,\n"icpRecords":{${Object.keys(list.icpRecords).length ? '\n' : ''}${Object.entries(list.icpRecords).map(([d, r]) => `${JSON.stringify(d)}:${JSON.stringify(r)}`).join(',\n')}\n}`
    : '';
  return `${head}${body}${icp}}\n`;
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const canonEntry = (e: RiskEntry): RiskEntry => ({
  domain: e.domain, category: e.category, status: e.status, firstSeen: e.firstSeen, lastSeen: e.lastSeen, expires: e.expires,
  evidence: [...new Set(e.evidence)], note: e.note,
});
const canonAllow = (a: AllowEntry): AllowEntry => ({ domain: a.domain, reason: a.reason, kind: a.kind });

/** Adds the domain's problem (if any) to errors; true when there was one. */
function domainErrors(path: string, domain: string, errors: string[]): boolean {
  const p = listDomainProblem(domain);
  if (p) errors.push(`${path}: ${domain}: ${p.problem} (${p.hint})`);
  return p !== null;
}

const issues = (path: string, err: z.ZodError) => err.issues.map((i) => `${path}: ${i.path.join('.') || '(file)'}: ${i.message}`);
