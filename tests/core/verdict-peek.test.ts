// The popup's first screen checks the stored verdict by hand (lib/core/verdict-peek.ts, no zod before the first
// paint). It must never paint what the popup's zod/mini check (and the contracts' verdictSchema) would reject: the same
// verdicts accepted, every broken one rejected, unknown signal ids dropped as both schemas drop them.
import { describe, expect, it } from 'vitest';
import { verdictSchema } from '../../lib/core/schemas';
import { verdictMiniSchema } from '../../lib/core/verdict-mini';
import { peekVerdict } from '../../lib/core/verdict-peek';
import { grey, off, red, trusted } from '../helpers/sample-verdicts';

const first = red.signals[0]!;
const withSignal = (patch: Record<string, unknown>) => ({ ...red, signals: [{ ...first, ...patch }] });

const broken: Array<[string, unknown]> = [
  ['no light', { ...red, light: undefined }],
  ['an unknown light', { ...red, light: 'blue' }],
  ['an unknown rule', { ...red, rule: 'magic' }],
  ['a headline without params', { ...red, headline: { key: 'headline.danger' } }],
  ['a headline key over 80 characters', { ...red, headline: { key: 'h'.repeat(81), params: {} } }],
  ['a domain over 260 characters', { ...red, domain: 'a'.repeat(261) }],
  ['no url', { ...red, url: undefined }],
  ['isShop as text', { ...red, isShop: 'yes' }],
  ['a negative block id', withSignal({ evidence: [{ quote: 'x', blockId: -1 }] })],
  ['a fractional block id', withSignal({ evidence: [{ quote: 'x', blockId: 1.5 }] })],
  ['a quote over 300 characters', withSignal({ evidence: [{ quote: 'q'.repeat(301) }] })],
  ['evidence that is not a list', withSignal({ evidence: 'x' })],
  ['a known id with an unknown severity', withSignal({ severity: 'fatal' })],
  ['a source of an unknown kind', withSignal({ source: { kind: 'rumour' } })],
  ['a provider source without a time', withSignal({ source: { kind: 'provider', provider: 'rdap' } })],
  ['a param that is an object', withSignal({ params: { x: { y: 1 } } })],
  ['a param that is not a finite number', withSignal({ params: { n: Number.POSITIVE_INFINITY } })],
  ['21 evidence items', withSignal({ evidence: Array.from({ length: 21 }, () => ({ quote: 'x' })) })],
  ['201 signals', { ...red, signals: Array.from({ length: 201 }, () => first) }],
  ['13 advice keys', { ...red, advice: Array.from({ length: 13 }, () => 'advice.x') }],
  ['a missing source status', { ...red, sources: { page: red.sources.page, icp: off, rdap: off } }],
  ['a source state it does not know', { ...red, sources: { ...red.sources, icp: { state: 'maybe' } } }],
  ['checkedAt as text', { ...red, checkedAt: 'yesterday' }],
  ['checkedAt NaN', { ...red, checkedAt: Number.NaN }],
  ['no rulesetVersion', { ...red, rulesetVersion: undefined }],
  ['truncated as a number', { ...red, truncated: 1 }],
  ['skipped as text', { ...red, skipped: 'blocks' }],
  ['a list of verdicts', [red]],
  ['a string instead of a verdict', 'red'],
  ['null', null],
  ['nothing stored', undefined],
];

describe('peekVerdict', () => {
  it.each([['red with evidence and provider sources', red], ['trusted', trusted], ['grey, not a shop', grey]])('accepts %s, as both schemas do, with the same fields', (_n, v) => {
    expect(verdictSchema.safeParse(v).success).toBe(true);
    expect(peekVerdict(v)).toEqual(verdictMiniSchema.parse(v));
  });

  it.each(broken)('rejects %s, as both schemas do', (_n, v) => {
    expect(verdictMiniSchema.safeParse(v).success).toBe(false);
    expect(verdictSchema.safeParse(v).success).toBe(false);
    expect(peekVerdict(v)).toBeNull();
  });

  it('drops signals with ids this version does not know, as the schemas do (even a broken one)', () => {
    const v = { ...red, signals: [...red.signals, { id: 'retired-signal', severity: 'fatal' }, 'payment-personal-qr', null] };
    expect(peekVerdict(v)?.signals.map((s) => s.id)).toEqual(red.signals.map((s) => s.id));
    expect(verdictMiniSchema.parse(v).signals).toEqual(peekVerdict(v)?.signals);
  });
});
