// A fixed sample of the seeded hostile corpus (scripts/hostile/generate.ts) through the CLI pipeline: no crash, caps
// reported, never grey, and bounded time (printed; asserted only with a generous bound so a busy machine never fails it).
import { describe, expect, it } from 'vitest';
import { hostilePage, KIND_NAMES } from '../../scripts/hostile/generate';
import { runHostile } from '../../scripts/hostile/run';

const SCALE = 0.2;
const times: string[] = [];

describe('hostile pages through the CLI pipeline', () => {
  it('covers at least the ~40 kinds of issue 10', () => {
    expect(KIND_NAMES.length).toBeGreaterThanOrEqual(40);
  });

  for (const kind of KIND_NAMES) {
    it(kind, () => {
      const { html } = hostilePage(kind, 1, SCALE);
      const run = runHostile(html);
      times.push(`${kind}: ${run.ms.toFixed(0)} ms (${(html.length / 1e6).toFixed(1)} MB)`);
      expect(run.blocks).toBeLessThanOrEqual(1500);
      expect(run.images).toBeLessThanOrEqual(24);
      // Every sample shows shop wording; a page cut short by a cap is never read grey.
      if (run.verdict.truncated) expect(run.verdict.light).not.toBe('grey');
      expect(run.ms).toBeLessThan(4000);
    }, 20_000);
  }

  it('prints the times', () => {
    console.log(times.join('\n'));
  });
});
