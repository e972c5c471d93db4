// Every domain detector against its table (cases.ts): fires where it should, with the severity, params, evidence and
// source it should; stays silent everywhere else.
import { describe, expect, it } from 'vitest';
import { signalSchema } from '../../../lib/core/schemas';
import { DOMAIN_DETECTORS } from '../../../lib/detectors/domain';
import { CASES } from './cases';

describe.each(DOMAIN_DETECTORS.map((d) => [d.id, d] as const))('%s', (id, detector) => {
  const cases = CASES[id];
  it('has cases where it fires and where it stays silent', () => {
    expect(cases.some((c) => c.severity !== null)).toBe(true);
    expect(cases.some((c) => c.severity === null)).toBe(true);
  });

  it.each(cases.filter((c) => c.severity !== null).map((c) => [c.name, c] as const))('fires: %s', (_name, c) => {
    const signals = detector.detect(c.input);
    expect(signals).toHaveLength(1);
    const s = signals[0]!;
    expect(signalSchema.parse(s)).toEqual(s);
    expect(s.id).toBe(id);
    expect(s.severity).toBe(c.severity);
    expect(s.params).toMatchObject(c.params ?? {});
    expect(s.evidence.length).toBeGreaterThan(0);
    expect(s.source.kind).toBe('provider');
  });

  it.each(cases.filter((c) => c.severity === null).map((c) => [c.name, c] as const))('silent: %s', (_name, c) => {
    expect(detector.detect(c.input)).toEqual([]);
  });
});
