// Issue 10's "no source file over 300 lines": every TypeScript source file of the extension, the CLI and the scripts
// stays within 300 lines, so a file is one piece a reader can hold (split by what it does, not by line count).
// Generated data and test files are not source here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walk } from './scan';

const MAX_LINES = 300;
const ROOTS = ['lib', 'entrypoints', 'components', 'scripts'];

describe('source file size', () => {
  it(`no source file is over ${MAX_LINES} lines`, () => {
    const files = ROOTS.flatMap((r) => walk(r));
    expect(files.length).toBeGreaterThan(100);
    const over = files
      .map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').filter((l, i, all) => i < all.length - 1 || l !== '').length }))
      .filter((x) => x.lines > MAX_LINES)
      .map((x) => `${x.f}: ${x.lines}`);
    expect(over).toEqual([]);
  });
});
