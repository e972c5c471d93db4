// list:triage without the file system: a report issue (the Markdown body GitHub renders from the issue form, or the
// API's issue object) in, a `reported` entry or the reasons it cannot be one out. Triage never confirms: a
// confirmed entry needs checkable evidence and a second maintainer (risk-list/EVIDENCE.md).
import { z } from 'zod';
import { getDomain } from 'tldts';
import { RISK_CATEGORIES, riskEntrySchema, RISK_LIST_LIMITS, type RiskCategory, type RiskEntry } from '../../lib/risk-list/format';
import { listDomainProblem } from '../../lib/risk-list/hygiene';
import { ENTRY_LIFETIME_DAYS } from './build-core';
import type { IssueForm } from './issue-form';

/** How long a reported entry lives before it must be renewed (risk-list/EVIDENCE.md "Two statuses"). */
export const REPORTED_LIFETIME_DAYS = ENTRY_LIFETIME_DAYS.reported;

/** The fields of a GitHub API issue object that triage reads; anything else in the object is ignored. */
const apiIssueSchema = z.object({
  body: z.string().nullable(),
  number: z.number().int().positive().optional(),
  html_url: z.string().optional(),
  created_at: z.string().optional(),
  pull_request: z.unknown().optional(),
}).loose();

export type IssueInput = { body: string; number?: number; htmlUrl?: string; createdAt?: string };

/** A `.json` file is the API's issue object; anything else is the issue body itself. */
export function readIssueInput(text: string, isJson: boolean): IssueInput {
  if (!isJson) return { body: text };
  const parsed = apiIssueSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`not a GitHub issue object: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  if (parsed.data.pull_request !== undefined) throw new Error('this is a pull request, not an issue');
  const { body, number, html_url: htmlUrl, created_at: createdAt } = parsed.data;
  return { body: body ?? '', number, htmlUrl, createdAt };
}

/** The answers in a body GitHub rendered from an issue form, by field id (`### <label>` then the answer). */
export function formAnswers(body: string, form: IssueForm): Map<string, string> {
  const byLabel = new Map(form.fields.flatMap((f) => (f.id && f.label ? [[f.label.trim(), f.id] as const] : [])));
  const out = new Map<string, string>();
  const sections = body.replace(/\r\n/g, '\n').split(/^### +/m).slice(1);
  for (const section of sections) {
    const nl = section.indexOf('\n');
    const label = (nl < 0 ? section : section.slice(0, nl)).trim();
    const id = byLabel.get(label);
    if (!id) continue;
    const value = nl < 0 ? '' : section.slice(nl + 1).trim();
    out.set(id, value === '_No response_' ? '' : value);
  }
  return out;
}

export type TriageOptions = {
  /** Day the report came in (YYYY-MM-DD): the issue's creation date, else today. */
  day: string;
  /** Registrable domains that must never be listed: the official-vendor allow entries and vendor list. */
  officialVendors: ReadonlySet<string>;
  /** Domains that already have an entry or an allow entry in the list's source. */
  existing: ReadonlyMap<string, string>;
};
export type TriageResult = { ok: true; entry: RiskEntry; notes: string[] } | { ok: false; errors: string[] };

const CATEGORY_ZH: Record<RiskCategory, string> = {
  'personal-payment': '使用个人收款码', 'fake-filing': '备案信息不实', 'non-delivery': '付款后不发货',
  'illegal-goods': '出售违法商品', impersonation: '冒充官方', other: '存在问题',
};

export function triage(issue: IssueInput, form: IssueForm, opts: TriageOptions): TriageResult {
  const answers = formAnswers(issue.body, form);
  if (!answers.has('domain') || !answers.has('category')) {
    return { ok: false, errors: ['not a report made with the report form (.github/ISSUE_TEMPLATE/report.yml): no 网站域名 / 类别 sections'] };
  }
  const errors: string[] = [];
  const notes: string[] = [];
  const domain = registrable(answers.get('domain')!, notes, errors);
  const category = RISK_CATEGORIES.find((c) => new RegExp(`(^|[^a-z-])${c}($|[^a-z-])`).test(answers.get('category')!.toLowerCase()));
  if (!category) errors.push(`category "${answers.get('category')}" is not one of ${RISK_CATEGORIES.join(', ')}`);
  if (domain) {
    const problem = listDomainProblem(domain);
    if (problem) errors.push(`${domain} cannot be listed: ${problem.problem} (${problem.hint})`);
    if (opts.officialVendors.has(domain)) errors.push(`${domain} is an official vendor's domain (allow list / official-vendors.json): refused; if it really is abused, raise it with the other maintainers`);
    const where = opts.existing.get(domain);
    if (where) errors.push(`${domain} is already in the list source (${where}): edit that file instead`);
  }
  if (errors.length || !domain || !category) return { ok: false, errors };

  const evidence = [issue.htmlUrl, ...httpsLinks(answers.get('links') ?? '', notes)]
    .filter((u): u is string => !!u && /^https:\/\//.test(u) && u.length <= RISK_LIST_LIMITS.urlChars);
  const ref = issue.number ? `#${issue.number}` : '';
  const entry = {
    domain, category, status: 'reported' as const, firstSeen: opts.day, lastSeen: opts.day,
    expires: addDays(opts.day, REPORTED_LIFETIME_DAYS),
    evidence: [...new Set(evidence)].slice(0, RISK_LIST_LIMITS.evidence),
    note: `疑似${CATEGORY_ZH[category]}：社区举报${ref}，尚未核实。Reported by a user${ref ? ` (${ref})` : ''}: possibly ${category}; not verified.`,
  };
  const parsed = riskEntrySchema.safeParse(entry);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, entry: parsed.data, notes };
}

/** The registrable domain of what the person wrote (a domain, or a pasted address), in lower-case punycode. */
function registrable(raw: string, notes: string[], errors: string[]): string | null {
  const text = raw.trim().split(/\s+/)[0] ?? '';
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    errors.push(`"${raw.slice(0, 100)}" is not a domain`);
    return null;
  }
  const domain = getDomain(host, { allowPrivateDomains: true }) ?? host;
  if (domain !== text) notes.push(`domain: wrote "${text.slice(0, 100)}" as ${domain} (the registrable domain; an entry covers its subdomains)`);
  return domain;
}

function httpsLinks(text: string, notes: string[]): string[] {
  const links = text.split(/\s+/).filter((w) => /^https?:\/\//.test(w));
  const https = links.filter((l) => l.startsWith('https://') && z.url().safeParse(l).success);
  if (https.length < links.length) notes.push(`links: ${links.length - https.length} left out (only https links are kept)`);
  return https;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
