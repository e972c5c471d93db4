import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { shopDetected } from '../../../lib/detectors/page/shop-detected';
import { contextFor, detectorFixtures } from '../../helpers/fixtures';

const { match, nomatch } = detectorFixtures('shop-detected');

describe('shop-detected', () => {
  it.each(match.map((f) => [basename(f), f]))('fires on %s', (_n, file) => {
    const signals = shopDetected.detect(contextFor(readFileSync(file, 'utf8')));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('info');
    expect(signals[0]!.evidence.length).toBeGreaterThan(0);
  });
  it.each(nomatch.map((f) => [basename(f), f]))('stays silent on %s', (_n, file) => {
    expect(shopDetected.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
