// The ordered verdict rules of design.md. The first rule that applies decides the light; every signal is still shown.
import { adviceFor } from './advice';
import type { SignalId } from './signal-ids';
import type { Light, Severity, Signal, Verdict } from './types';

export const RULESET_VERSION = '2026.11.1';

export type Override = 'trusted' | 'blocked' | null;

export type VerdictInput = {
  url: string;
  domain: string;
  isShop: boolean;
  signals: Signal[];
  sources: Verdict['sources'];
  override: Override;
  checkedAt: number;
  truncated: boolean;
  /** Which caps were hit (from the snapshot). */
  skipped?: readonly string[];
};

/** Signals that can make a shop green: positive, verified evidence about this very domain (rule 6). */
export const GREEN_EVIDENCE: ReadonlySet<SignalId> = new Set<SignalId>(['icp-record-verified', 'official-vendor', 'list-allowed']);

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warn: 1, good: 2, info: 3 };

type Decision = { light: Light; rule: Verdict['rule']; headline: string; top?: Signal };

function decide(input: VerdictInput, sorted: Signal[]): Decision {
  const first = (severity: Severity) => sorted.find((s) => s.severity === severity);
  // 1. The person's own override for this site. Trusting a site never turns danger green: with danger signals it is
  // a distinct amber "you chose to trust it (KaDun still finds N dangers)", and the payment step still warns.
  if (input.override === 'trusted') {
    const danger = first('danger');
    if (danger) return { light: 'amber', rule: 'user-override', headline: 'headline.user-trusted-danger', top: danger };
    return { light: 'green', rule: 'user-override', headline: 'headline.user-trusted' };
  }
  if (input.override === 'blocked') return { light: 'red', rule: 'user-override', headline: 'headline.user-blocked' };
  // 2. A confirmed community-list entry.
  const confirmed = sorted.find((s) => s.id === 'list-confirmed');
  if (confirmed) return { light: 'red', rule: 'list-confirmed', headline: 'headline.list-confirmed', top: confirmed };
  // 3. Any danger signal. 4. Any warn signal.
  const danger = first('danger');
  if (danger) return { light: 'red', rule: 'danger', headline: 'headline.danger', top: danger };
  const warn = first('warn');
  if (warn) return { light: 'amber', rule: 'warn', headline: 'headline.warn', top: warn };
  // 5. Not a shop page and nothing on the list.
  const listed = sorted.some((s) => s.id.startsWith('list-'));
  // A page cut short by a cap may hide its shop behind filler (60,001 <meta>, 60,000 empty <i>): it never reads grey.
  if (!input.isShop && !listed && !input.truncated) return { light: 'grey', rule: 'not-shop', headline: 'headline.not-shop' };
  // 6. Green needs positive evidence; missing data never reads as green.
  const proof = sorted.find((s) => GREEN_EVIDENCE.has(s.id) && s.severity === 'good');
  if (proof) return { light: 'green', rule: 'verified', headline: 'headline.verified', top: proof };
  return { light: 'amber', rule: 'unverified', headline: 'headline.unverified' };
}

export function buildVerdict(input: VerdictInput): Verdict {
  const signals = [...input.signals];
  if (input.override === 'trusted') signals.push(userSignal('user-trusted', 'good'));
  if (input.override === 'blocked') signals.push(userSignal('user-blocked', 'danger'));
  // Stable sort: severity first, detector order within a severity.
  const sorted = signals.map((s, i) => [s, i] as const)
    .sort((a, b) => SEVERITY_ORDER[a[0].severity] - SEVERITY_ORDER[b[0].severity] || a[1] - b[1])
    .map(([s]) => s);
  const d = decide(input, sorted);
  const count = sorted.filter((s) => s.severity === d.top?.severity).length;
  return {
    url: input.url,
    domain: input.domain,
    isShop: input.isShop,
    light: d.light,
    rule: d.rule,
    headline: { key: d.headline, params: d.top ? { signal: d.top.id, more: Math.max(0, count - 1) } : {} },
    signals: sorted,
    advice: adviceFor(d.light, d.rule),
    sources: input.sources,
    checkedAt: input.checkedAt,
    rulesetVersion: RULESET_VERSION,
    truncated: input.truncated,
    ...(input.truncated && input.skipped?.length ? { skipped: [...input.skipped] } : {}),
  };
}

function userSignal(id: 'user-trusted' | 'user-blocked', severity: Severity): Signal {
  return { id, severity, evidence: [], source: { kind: 'user' }, params: {} };
}
