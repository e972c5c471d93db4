import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { icpLicenseClaimed } from '../../../lib/detectors/page/icp-license-claimed';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('icp-license-claimed');

const EXPECTED: Record<string, string> = {
  'match-b2-footer.html': '浙B2-20180123',
  'match-icp-licence.html': '粤ICP证150123号',
  'match-cross-province-old.html': 'B2-2009-0312',
};

describe('icp-license-claimed', () => {
  it('has fixtures', () => {
    expect(match.length).toBeGreaterThanOrEqual(2);
    expect(nomatch.length).toBeGreaterThanOrEqual(2);
  });
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (name, file) => {
    const signals = icpLicenseClaimed.detect(contextFor(readFileSync(file, 'utf8')));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('info');
    expect(signals[0]!.evidence[0]!.blockId).toBeTypeOf('number');
    if (EXPECTED[name]) expect(signals[0]!.params.number).toBe(EXPECTED[name]);
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(icpLicenseClaimed.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
