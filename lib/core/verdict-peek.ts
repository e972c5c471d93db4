// A hand-written check of a stored verdict, for the popup's first screen (entrypoints/popup/first-paint.ts): it is
// painted from storage.session before zod or React are loaded, so this check is plain code of a few hundred bytes.
// It accepts only what `verdictMiniSchema` (./verdict-mini.ts) accepts, on the fields the first screen reads and
// on the rest's shape; the full zod/mini check still runs when React takes over (entrypoints/popup/first-load.ts).
// tests/core/verdict-peek.test.ts runs it beside both schemas over the same verdicts and broken ones.
import { SNAPSHOT_LIMITS } from './limits';
import { LIGHTS, SEVERITIES } from './levels';
import { isSignalId } from './signal-ids';
import type { Evidence, Signal, Verdict } from './types';

const RULES: readonly string[] = ['user-override', 'list-confirmed', 'danger', 'warn', 'not-shop', 'verified', 'unverified'];
const STATES: readonly string[] = ['ok', 'not-found', 'unavailable', 'off', 'not-applicable'];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const optStr = (x: unknown, max: number) => x === undefined || str(x, max);
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const count = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const list = (x: unknown, max: number): x is unknown[] => Array.isArray(x) && x.length <= max;
const params = (x: unknown): x is Signal['params'] => isObj(x) && Object.values(x).every((v) => typeof v === 'string' || num(v));

const evidence = (e: unknown): e is Evidence => isObj(e) && str(e.quote, 300) && (e.blockId === undefined || count(e.blockId)) && optStr(e.where, 60);

function source(s: unknown): boolean {
  if (!isObj(s)) return false;
  if (s.kind === 'page' || s.kind === 'user') return true;
  return s.kind === 'provider' && str(s.provider, 40) && num(s.fetchedAt) && optStr(s.version, 40);
}

const signal = (s: Obj): boolean => (SEVERITIES as readonly unknown[]).includes(s.severity)
  && list(s.evidence, 20) && s.evidence.every(evidence) && source(s.source) && params(s.params);

const status = (s: unknown) => isObj(s) && STATES.includes(s.state as string) && optStr(s.reason, 200) && optStr(s.provider, 40)
  && (s.fetchedAt === undefined || num(s.fetchedAt));

/**
 * The stored verdict when it has the verdict's shape, else null. Signals with an id this version does not know are
 * dropped (and anything that is not a signal at all), as both schemas do; like them, a signal of a known id with a broken field rejects the whole verdict.
 */
export function peekVerdict(raw: unknown): Verdict | null {
  if (!isObj(raw) || !list(raw.signals, 200)) return null;
  const signals = raw.signals.filter((s): s is Obj => isObj(s) && isSignalId(s.id));
  const v = raw;
  const h = v.headline;
  const s = v.sources;
  const ok = str(v.url, SNAPSHOT_LIMITS.urlChars) && str(v.domain, 260) && typeof v.isShop === 'boolean'
    && (LIGHTS as readonly unknown[]).includes(v.light) && RULES.includes(v.rule as string)
    && isObj(h) && str(h.key, 80) && params(h.params) && signals.every(signal)
    && list(v.advice, 12) && v.advice.every((a) => str(a, 80))
    && isObj(s) && status(s.page) && status(s.icp) && status(s.rdap) && status(s.list)
    && num(v.checkedAt) && str(v.rulesetVersion, 20) && typeof v.truncated === 'boolean'
    && (v.skipped === undefined || (list(v.skipped, 20) && v.skipped.every((x) => str(x, 40))));
  return ok ? ({ ...v, signals } as unknown as Verdict) : null;
}
