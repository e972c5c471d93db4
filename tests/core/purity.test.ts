// style.md rule 1: the pure core takes what it needs as parameters. These folders never reach for the browser,
// DOM globals, fetch or Dexie; content scripts never import lib/db or lib/providers; zod and React stay out of
// content scripts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
});
const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');

describe('purity', () => {
  it('lib/core, lib/detectors, lib/pipeline and lib/risk-list never touch browser, DOM globals, fetch or Dexie', () => {
    const files = ['lib/core', 'lib/detectors', 'lib/pipeline'].flatMap(walk);
    const bad = /\b(browser|chrome)\.[a-z]|\bwindow\.|\bdocument\.|\bfetch\(|from ['"]dexie['"]|from ['"]wxt|localStorage|indexedDB/;
    for (const f of files) expect(code(f), f).not.toMatch(bad);
  });

  it('lib/extract uses only the Document it is given', () => {
    for (const f of walk('lib/extract').filter((f) => !f.endsWith('from-html.ts'))) expect(code(f), f).not.toMatch(/\bwindow\.|(?<![\w.])document\.|\bfetch\(|\bbrowser\./);
  });

  it('content scripts import neither zod, React, Dexie, lib/db nor lib/providers (directly or through lib/)', () => {
    const seen = new Set<string>();
    const resolveImport = (from: string, spec: string): string | null => {
      if (!spec.startsWith('.')) return spec;
      const base = join(from, '..', spec);
      for (const cand of [base + '.ts', base + '.tsx', join(base, 'index.ts')]) if (statSync(cand, { throwIfNoEntry: false })?.isFile()) return cand;
      return null;
    };
    const visit = (file: string, offenders: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of code(file).matchAll(/^import(?!\s+type)[^'"]*['"]([^'"]+)['"]/gm)) {
        const target = resolveImport(file, m[1]!);
        if (!target) continue;
        if (/^(zod|react|react-dom|dexie)(\/|$)/.test(target) || /lib\/(db|providers)\//.test(target)) offenders.push(`${file} → ${m[1]}`);
        else if (target.endsWith('.ts') || target.endsWith('.tsx')) visit(target, offenders);
      }
    };
    for (const entry of walk('entrypoints').filter((f) => f.includes('.content'))) {
      const offenders: string[] = [];
      visit(entry, offenders);
      expect(offenders, entry).toEqual([]);
    }
  });
});
