// The popup's zod/mini verdict schema (lib/core/verdict-mini.ts) must agree with the contracts' verdictSchema on
// every verdict, valid or broken: same accept/reject, same output (unknown signal ids dropped by both).
import { describe, expect, it } from 'vitest';
import type { z as zm } from 'zod/mini';
import { verdictSchema } from '../../lib/core/schemas';
import type { Verdict } from '../../lib/core/types';
import { verdictMiniSchema } from '../../lib/core/verdict-mini';
import { grey, off, red, trusted } from '../helpers/sample-verdicts';

// Compile-time: both schemas infer the same shape (a drift in either direction fails `npm run typecheck`).
type Mini = zm.infer<typeof verdictMiniSchema>;
const sameShape: [Mini extends Verdict ? true : false, Verdict extends Mini ? true : false] = [true, true];

const broken: Array<[string, unknown]> = [
  ['no light', { ...red, light: undefined }],
  ['an unknown light', { ...red, light: 'blue' }],
  ['an unknown rule', { ...red, rule: 'magic' }],
  ['a domain over 260 characters', { ...red, domain: 'a'.repeat(261) }],
  ['a negative block id', { ...red, signals: [{ ...red.signals[0]!, evidence: [{ quote: 'x', blockId: -1 }] }] }],
  ['a fractional block id', { ...red, signals: [{ ...red.signals[0]!, evidence: [{ quote: 'x', blockId: 1.5 }] }] }],
  ['a known id with an unknown severity', { ...red, signals: [{ ...red.signals[0]!, severity: 'fatal' }] }],
  ['a source of an unknown kind', { ...red, signals: [{ ...red.signals[0]!, source: { kind: 'rumour' } }] }],
  ['a param that is an object', { ...red, signals: [{ ...red.signals[0]!, params: { x: { y: 1 } } }] }],
  ['21 evidence items', { ...red, signals: [{ ...red.signals[0]!, evidence: Array.from({ length: 21 }, () => ({ quote: 'x' })) }] }],
  ['201 signals', { ...red, signals: Array.from({ length: 201 }, () => red.signals[0]) }],
  ['13 advice keys', { ...red, advice: Array.from({ length: 13 }, () => 'advice.x') }],
  ['a missing source status', { ...red, sources: { page: red.sources.page, icp: off, rdap: off } }],
  ['a source state it does not know', { ...red, sources: { ...red.sources, icp: { state: 'maybe' } } }],
  ['checkedAt as text', { ...red, checkedAt: 'yesterday' }],
  ['a string instead of a verdict', 'red'],
  ['null', null],
];

describe('verdictMiniSchema agrees with verdictSchema', () => {
  it('types: the two inferred shapes are the same', () => expect(sameShape).toEqual([true, true]));

  it.each([['red with evidence and provider sources', red], ['trusted', trusted], ['grey, not a shop', grey]])('accepts %s, with the same output', (_n, v) => {
    const full = verdictSchema.safeParse(v);
    const mini = verdictMiniSchema.safeParse(v);
    expect(full.success).toBe(true);
    expect(mini.success).toBe(true);
    expect(mini.data).toEqual(full.data);
  });

  it('drops signals with ids this version does not know, as the full schema does', () => {
    const v = { ...red, signals: [...red.signals, { id: 'retired-signal', severity: 'danger', evidence: [], source: { kind: 'page' }, params: {} }] };
    const mini = verdictMiniSchema.parse(v);
    expect(mini.signals.map((s) => s.id)).toEqual(red.signals.map((s) => s.id));
    expect(mini).toEqual(verdictSchema.parse(v));
  });

  it.each(broken)('rejects %s, as the full schema does', (_n, v) => {
    expect(verdictSchema.safeParse(v).success).toBe(false);
    expect(verdictMiniSchema.safeParse(v).success).toBe(false);
  });
});
