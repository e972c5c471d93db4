import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { icpFilingMissing } from '../../../lib/detectors/page/icp-filing-missing';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('icp-filing-missing');

describe('icp-filing-missing', () => {
  it('has fixtures', () => {
    expect(match.length).toBeGreaterThanOrEqual(2);
    expect(nomatch.length).toBeGreaterThanOrEqual(2);
  });
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (_n, file) => {
    const signals = icpFilingMissing.detect(contextFor(readFileSync(file, 'utf8')));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('warn');
    expect(signals[0]!.evidence[0]!.blockId).toBeTypeOf('number');
    expect(signals[0]!.evidence[0]!.where).toBe('footer');
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(icpFilingMissing.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
