// Every regex literal in lib/ (found by tests/hostile/regex-scan.ts) against ReDoS-shaped inputs built from its own
// source (tests/hostile/regex-worst.ts), 40,000 characters each. A linear regex takes a few milliseconds at most
// here; a quadratic one about a second, so the 250 ms bound tells them apart without flaking.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libRegexes } from './regex-scan';
import { worstInputs } from './regex-worst';

const LENGTH = 40_000;
const BOUND_MS = 250;
/**
 * Known quadratic regexes allowed, with why (none today: the trailing-run anchors `X+$` were rewritten as
 * `/(?<!X)X+$/`). A new entry needs a reason its input is bounded where it is used.
 */
const KNOWN: Record<string, string> = {};

const regexes = libRegexes(join(__dirname, '..', '..'));

describe('regexes in lib/ are linear on their own worst case', () => {
  it('finds the regexes', () => expect(regexes.length).toBeGreaterThan(200));

  const files = [...new Set(regexes.map((r) => r.file))];
  for (const file of files) {
    it(file, () => {
      const slow: string[] = [];
      for (const r of regexes.filter((x) => x.file === file)) {
        if (KNOWN[`${r.file}:${r.source}`]) continue;
        const re = new RegExp(r.source, r.flags.includes('g') ? r.flags : r.flags + 'g');
        for (const input of worstInputs(r.source, LENGTH)) {
          const t = performance.now();
          re.lastIndex = 0;
          let k = 0;
          for (let m = re.exec(input); m && k < 50_000; m = re.exec(input), k++) if (m[0].length === 0) re.lastIndex++;
          const ms = performance.now() - t;
          // Re-measured once: a single slow run can be the machine, not the regex.
          if (ms > BOUND_MS && timeAgain(re, input) > BOUND_MS) {
            slow.push(`${r.file}:${r.line} /${r.source.slice(0, 60)}/ on ${JSON.stringify(input.slice(0, 8))}…: ${ms.toFixed(0)} ms`);
            break;
          }
        }
      }
      expect(slow).toEqual([]);
    }, 60_000);
  }
});

function timeAgain(re: RegExp, input: string): number {
  const t = performance.now();
  re.lastIndex = 0;
  let k = 0;
  for (let m = re.exec(input); m && k < 50_000; m = re.exec(input), k++) if (m[0].length === 0) re.lastIndex++;
  return performance.now() - t;
}
