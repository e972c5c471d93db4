import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { usccSoleProprietor } from '../../../lib/detectors/page/uscc-sole-proprietor';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('uscc-sole-proprietor');

describe('uscc-sole-proprietor', () => {
  it('has fixtures', () => {
    expect(match.length).toBeGreaterThanOrEqual(2);
    expect(nomatch.length).toBeGreaterThanOrEqual(2);
  });
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (_n, file) => {
    const signals = usccSoleProprietor.detect(contextFor(readFileSync(file, 'utf8')));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('info');
    expect(signals[0]!.evidence[0]!.blockId).toBeTypeOf('number');
    expect(String(signals[0]!.params.code)).toMatch(/^92/);
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(usccSoleProprietor.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
