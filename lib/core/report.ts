// Reports and appeals: what KaDun pre-fills, and the texts a person can share. Nothing here sends anything:
// the person clicks "open an issue" or "copy" themselves (design.md "Community risk list").
import type { ReportCategory, ReportDraft, Signal } from './types';
import type { SignalId } from './signal-ids';

/** Which signal suggests which category; the first match in signal order (danger first) wins. */
const CATEGORY_OF: Partial<Record<SignalId, ReportCategory>> = {
  'payment-personal-qr': 'personal-payment',
  'payment-personal-transfer': 'personal-payment',
  'payment-unlicensed-gateway': 'personal-payment',
  'icp-filing-invalid': 'fake-filing',
  'icp-number-not-registered': 'fake-filing',
  'icp-record-mismatch': 'fake-filing',
  'icp-filing-missing': 'fake-filing',
  'illegal-goods': 'illegal-goods',
  impersonation: 'impersonation',
};

export function guessCategory(signals: readonly Pick<Signal, 'id'>[]): ReportCategory {
  for (const s of signals) {
    const c = CATEGORY_OF[s.id];
    if (c) return c;
  }
  return 'other';
}

/** Evidence worth carrying into a report: danger and warn signals with their first quotes. */
export function reportEvidence(signals: readonly Signal[]): ReportDraft['evidence'] {
  return signals
    .filter((s) => s.severity === 'danger' || s.severity === 'warn')
    .flatMap((s) => s.evidence.slice(0, 2).map((e) => ({ signalId: s.id, quote: e.quote.slice(0, 300), params: s.params })))
    .slice(0, 30);
}

/** What a shared report says about where: the domain, or the full URL only when the person ticked it. */
export function sharedLocation(draft: Pick<ReportDraft, 'domain' | 'url' | 'includeUrl'>): string {
  return draft.includeUrl ? draft.url : draft.domain;
}

export type ReportLabels = {
  title: (kind: ReportDraft['kind'], domain: string) => string;
  category: (c: ReportCategory) => string;
  signal: (id: string, params: Record<string, string | number>) => string;
  /** "98.50 元" / "¥98.50". */
  amount: (yuan: string) => string;
  /** "另有 2 张截图保存在本机…" (the images themselves never go into text). */
  shots: (n: number) => string;
  headings: {
    site: string; category: string; description: string; evidence: string; via: string;
    amount: string; payee: string; orderNo: string; paidAt: string;
  };
};

/**
 * Plain text for 12321 / 国家反诈中心 / 12315 / the police / an e-mail (first line: the subject). It names the domain, not
 * the URL, and page-derived quotes only when the person ticked "include URL" (a quote can hold the path, an order
 * number, someone's name). What the person typed (amount, payee, order number, time, notes) goes in as typed.
 */
export function reportText(draft: ReportDraft, labels: ReportLabels, shots = 0): string {
  const h = labels.headings;
  // The first line is the title, so pasted into an e-mail it serves as the subject and the rest as the body.
  const lines = [labels.title(draft.kind, draft.domain), '', `${h.site}: ${sharedLocation(draft)}`, `${h.category}: ${labels.category(draft.category)}`];
  const fact = (heading: string, value: string | undefined, show = (v: string) => v) => {
    if (value?.trim()) lines.push(`${heading}: ${show(value.trim())}`);
  };
  fact(h.amount, draft.amount, labels.amount);
  fact(h.payee, draft.payee);
  fact(h.orderNo, draft.orderNo);
  fact(h.paidAt, draft.paidAt, (v) => v.replace('T', ' '));
  lines.push('', `${h.description}:`, draft.text.trim() || '—');
  const evidence = evidenceLines(draft, labels);
  if (evidence.length) lines.push('', `${h.evidence}:`, ...evidence);
  if (shots > 0) lines.push('', labels.shots(shots));
  lines.push('', h.via);
  return lines.join('\n');
}

/**
 * What goes into a PUBLIC issue: never the amount, order number or time of payment (they identify the person who
 * paid), and the payee only when the person ticked "include URL" (the same box that lets page quotes out).
 */
export function publicDraft(draft: ReportDraft): ReportDraft {
  const { amount: _a, orderNo: _o, paidAt: _p, payee, ...rest } = draft;
  return draft.includeUrl && payee ? { ...rest, payee } : rest;
}

/** Longest issue URL produced, counted after percent-encoding: GitHub answers 414 past about 8 KB. */
export const MAX_ISSUE_URL = 8_000;

/**
 * The issue forms on the list's repository (.github/ISSUE_TEMPLATE/) and the field ids KaDun pre-fills through the
 * URL (`?template=report.yml&<id>=<value>`). A test reads the YAML forms and checks every id here is a field there;
 * scripts/list/triage.ts reads the submitted issue back by the same forms.
 */
export const ISSUE_FORMS = {
  report: { template: 'report.yml', fields: ['domain', 'category', 'description', 'evidence', 'url', 'payee'] },
  appeal: { template: 'appeal.yml', fields: ['domain', 'reason'] },
} as const;

/** Which field gives way first when the URL is too long: KaDun's own findings, then the person's words, then the address. */
const CUT_ORDER = ['evidence', 'description', 'reason', 'url'] as const;

/**
 * What a public issue's form fields hold. Only the domain and hedged facts: the full address, and the payee, only
 * when the person ticked "include URL" (the same box that lets page quotes out); never the amount, order number
 * or time of payment (publicDraft). An appeal carries the domain and the person's reasons only.
 */
export function issueFormValues(draft: ReportDraft, labels: ReportLabels): Record<string, string> {
  if (draft.kind === 'appeal') return { domain: draft.domain, reason: draft.text.trim() };
  const pub = publicDraft(draft);
  const values: Record<string, string> = {
    domain: draft.domain,
    category: draft.category,
    description: draft.text.trim(),
    evidence: [...evidenceLines(pub, labels), labels.headings.via].join('\n'),
  };
  if (draft.includeUrl) values.url = draft.url;
  if (pub.payee?.trim()) values.payee = pub.payee.trim();
  return values;
}

/**
 * A pre-filled "new issue" URL on the list's repository: its issue form (`template=`) with the form's fields set by
 * id. The issue is public (see issueFormValues). Long fields are cut, findings first, until the encoded URL fits.
 */
export function issueUrl(repoUrl: string, draft: ReportDraft, labels: ReportLabels): string | null {
  let base: URL;
  try {
    base = new URL(repoUrl.replace(/(?<!\/)\/+$/, '') + '/issues/new');
  } catch {
    return null;
  }
  if (base.protocol !== 'https:') return null;
  const form = ISSUE_FORMS[draft.kind];
  // Code points: a cut never splits a surrogate pair.
  const values = new Map(Object.entries(issueFormValues(draft, labels)).map(([k, v]) => [k, [...v]]));
  const build = () => {
    const url = new URL(base.href);
    url.searchParams.set('template', form.template);
    url.searchParams.set('title', labels.title(draft.kind, draft.domain).slice(0, 200));
    for (const id of form.fields) {
      const v = values.get(id);
      if (v?.length) url.searchParams.set(id, v.join(''));
    }
    return url.href;
  };
  for (const id of CUT_ORDER) {
    const full = values.get(id);
    if (!full || build().length <= MAX_ISSUE_URL) continue;
    // The longest prefix that fits: encoded length grows with n, so a binary search finds it in ~15 builds.
    let lo = 0;
    let hi = full.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      values.set(id, full.slice(0, mid));
      if (build().length <= MAX_ISSUE_URL) lo = mid;
      else hi = mid - 1;
    }
    values.set(id, full.slice(0, lo));
  }
  return build();
}

/** The evidence list of a report, one `- ` line per finding; page quotes only when "include URL" is ticked. */
function evidenceLines(draft: ReportDraft, labels: ReportLabels): string[] {
  const evidence = draft.includeUrl ? draft.evidence : withoutQuotes(draft.evidence);
  return evidence.map((e) => {
    const label = labels.signal(e.signalId, e.params ?? {});
    return e.quote ? `- ${label}: “${e.quote}”` : `- ${label}`;
  });
}

/** Evidence lines that name the signal only (reportText prints no quote for an empty one). */
function withoutQuotes(evidence: ReportDraft['evidence']): ReportDraft['evidence'] {
  const seen = new Set<string>();
  return evidence.flatMap((e) => (seen.has(e.signalId) ? [] : (seen.add(e.signalId), [{ ...e, quote: '' }])));
}
