// Bundle budgets (issue 2): the content script runs on every page, so it stays small — zod and React stay out.
// Prints every bundle's raw and gzip size and fails when one is over its budget.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';
const BUDGETS: Array<{ match: RegExp; gzipKB: number; why: string }> = [
  { match: /^content-scripts\//, gzipKB: 30, why: 'content scripts: no zod, no React' },
  { match: /^background\.js$/, gzipKB: 300, why: 'service worker cold start (zod, Dexie, tldts, jsQR, both locales)' },
  { match: /^chunks\//, gzipKB: 220, why: 'extension pages: React, zod and both locales\' texts; the popup opens on click' },
];

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = join(dir, f);
    return statSync(full).isDirectory() ? files(full, prefix + f + '/') : [prefix + f];
  });
}

if (!existsSync(OUT)) {
  console.error(`size-check: ${OUT} not found — run \`npm run build\` first`);
  process.exit(2);
}
let failed = 0;
for (const rel of files(OUT).filter((f) => f.endsWith('.js')).sort()) {
  const buf = readFileSync(join(OUT, rel));
  const gz = gzipSync(buf, { level: 9 }).length / 1024;
  const budget = BUDGETS.find((b) => b.match.test(rel));
  const over = budget !== undefined && gz > budget.gzipKB;
  if (over) failed++;
  const limit = budget ? ` / budget ${budget.gzipKB} KB (${budget.why})` : '';
  console.log(`${over ? 'OVER' : 'ok  '}  ${rel.padEnd(40)} ${(buf.length / 1024).toFixed(1).padStart(7)} KB raw  ${gz.toFixed(1).padStart(6)} KB gzip${limit}`);
}
if (failed) {
  console.error(`size-check: ${failed} bundle(s) over budget`);
  process.exit(1);
}
