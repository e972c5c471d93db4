import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { policeFilingInvalid } from '../../../lib/detectors/page/police-filing-invalid';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('police-filing-invalid');

const EXPECTED: Record<string, { problem: string; number: string }> = {
  'match-wuhan-forged.html': { problem: 'province-mismatch', number: '武汉网安备64546121358510号' },
  'match-thirteen-digits.html': { problem: 'digits', number: '粤公网安备4403050200123号' },
  'match-bad-province-code.html': { problem: 'province-code', number: '沪公网安备99010502001234号' },
  'match-prefix-mismatch.html': { problem: 'province-mismatch', number: '京公网安备44030502001234号' },
};

describe('police-filing-invalid', () => {
  it('has fixtures', () => {
    expect(match.length).toBeGreaterThanOrEqual(2);
    expect(nomatch.length).toBeGreaterThanOrEqual(2);
  });
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (name, file) => {
    const signals = policeFilingInvalid.detect(contextFor(readFileSync(file, 'utf8')));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('warn');
    expect(signals[0]!.evidence[0]!.blockId).toBeTypeOf('number');
    if (EXPECTED[name]) expect(signals[0]!.params).toEqual(EXPECTED[name]);
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(policeFilingInvalid.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
