// A small import-graph scan of the source tree, for the architecture tests: every file's relative imports resolved
// to files, and every file's layer (lib/<folder>, entrypoints/<name>, components). Comments are stripped first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
});

export const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

export type Import = { spec: string; typeOnly: boolean; target: string | null };

/** The file an import names (a relative one), or the package name (a bare one); null when it resolves to nothing. */
export function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return spec;
  const base = join(dirname(from), spec);
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (statSync(cand, { throwIfNoEntry: false })?.isFile()) return relative('.', cand);
  }
  return null;
}

/** Static `import … from`, `export … from` and side-effect imports (dynamic `import()` too). */
export function importsOf(file: string): Import[] {
  const src = code(file);
  const out: Import[] = [];
  for (const m of src.matchAll(/^\s*(import|export)(\s+type\b)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const spec = (m[3] ?? m[4] ?? m[5])!;
    out.push({ spec, typeOnly: Boolean(m[2]), target: resolveImport(file, spec) });
  }
  return out;
}

/** lib/core, entrypoints/popup, components, public…: the first folder of lib/ and entrypoints/, else the top folder. */
export function layerOf(path: string): string {
  const parts = path.split('/');
  if ((parts[0] === 'lib' || parts[0] === 'entrypoints') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}
