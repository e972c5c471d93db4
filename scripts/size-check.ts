// Bundle budgets (issue 2): the content script runs on every page, so it stays small — zod and React stay out.
// Prints every bundle's raw and gzip size and fails when one is over its budget. Issue 12 item 4 adds budgets that
// hold the popup's split in place: what the popup parses before it shows the verdict (its module script, everything
// that imports statically, and one language's texts) and each language's chunk on its own.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { POPUP_VIEW_META } from '../lib/core/popup-hash';

const OUT = '.output/chrome-mv3';
const BUDGETS: Array<{ match: RegExp; gzipKB: number; why: string }> = [
  { match: /^content-scripts\//, gzipKB: 30, why: 'content scripts: no zod, no React' },
  // The two scripts every page runs (wxt.config.ts pageScripts): no polyfill, no WXT context. gate.js was 16 KB raw
  // with them, 3.2 KB without; shop.js 54 KB and 42 KB.
  { match: /^gate\.js$/, gzipKB: 3, why: 'document_start on every page: the site-filter read only' },
  { match: /^popup-first\.js$/, gzipKB: 4, why: 'the popup\'s first screen (also checked below)' },
  { match: /^shop\.js$/, gzipKB: 18, why: 'every page: quick check and watch; the snapshot code is parsed lazily' },
  { match: /^background\.js$/, gzipKB: 300, why: 'service worker cold start (zod, Dexie, tldts, jsQR, both locales)' },
  // One language's texts as data (scripts/vite-locale-data.ts): ~19 KB. Detectors or tldts pulled back in would add
  // 60 KB and more.
  { match: /^chunks\/locale-[\w-]+?-[\w-]{8}\.js$/, gzipKB: 24, why: 'one language\'s texts, nothing else' },
  // The pages' shared chunk is 88 KB (React, zod's core, the polyfill): 220 KB before the split, when it also held
  // zod's full API, tldts, the detectors, both languages and most components. Each page's own code is far smaller.
  { match: /^chunks\//, gzipKB: 100, why: 'extension pages: shared React chunk, or one page\'s own code' },
];

/**
 * The popup's first screen: popup-first.js (the layout of the words the popup's URL carries and their check; no
 * language table, no verdict code, no polyfill, no browser API), the only script parsed before anything is painted.
 * 2.1 KB gzip since the service worker words the first frame (8 KB when it still carried both languages' first-screen
 * texts and the verdict's hand check; the module entry it replaced as the first script was 14.8 KB with the
 * polyfill). A language table, the verdict's check, React or zod pulled back into it goes over.
 */
const POPUP_FIRST_SCREEN_KB = 4;

/**
 * The popup's view (React), loaded once the first screen is painted, which it replaces: measured at 113 KB gzip when
 * the split was made, 121 KB with the first screen's code and texts in the entry (React ~60 KB of it; before the split
 * the popup parsed 219 KB: zod's full API and every message schema, tldts and the detectors, both languages, the other
 * pages' code). The budget leaves ~10% for growth; a page's form, zod's full API or the other language in the popup's
 * static imports goes over it.
 */
const POPUP_FIRST_PAINT_KB = 125;

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
failed += popupFirstPaint();
if (failed) {
  console.error(`size-check: ${failed} bundle(s) over budget`);
  process.exit(1);
}

/**
 * popup.html's module script, the chunks it imports statically (transitively), the view its boot imports at once
 * (the entry chunk's own dynamic imports, with their static imports) and the larger language chunk. Dynamic imports
 * further down (dialogs, panels, the full messaging client) load on demand and are not counted.
 */
function popupFirstPaint(): number {
  const html = readFileSync(join(OUT, 'popup.html'), 'utf8');
  // The module is named by a <meta> (scripts/vite-popup-html.ts) and loaded by popup-first.js after the first paint.
  const entry = new RegExp(`<meta name="${POPUP_VIEW_META}" content="/([^"]+)"`).exec(html)?.[1];
  const first = /<script defer src="\/(popup-first\.js)"/.exec(html)?.[1];
  if (!entry || !first) {
    console.error(`size-check: popup.html names no module (meta ${POPUP_VIEW_META}) or no popup-first.js`);
    return 1;
  }
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    // Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` is loaded later, on demand.
    for (const m of readFileSync(join(OUT, rel), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(join(rel, '..', m[1]!));
  };
  // What runs before the first screen is painted: popup-first.js alone (a classic script; it imports nothing).
  const gzFirst = gzipSync(readFileSync(join(OUT, first)), { level: 9 }).length / 1024;
  const overFirst = gzFirst > POPUP_FIRST_SCREEN_KB;
  console.log(`${overFirst ? 'OVER' : 'ok  '}  popup first screen: ${first} = ${gzFirst.toFixed(1)} KB gzip / budget ${POPUP_FIRST_SCREEN_KB} KB`);
  visit(entry);
  for (const m of readFileSync(join(OUT, entry), 'utf8').matchAll(/import\(\s*[`"']\.\/([\w.-]+\.js)[`"']\s*\)/g)) visit(join(entry, '..', m[1]!));
  const gz = (rel: string) => gzipSync(readFileSync(join(OUT, rel)), { level: 9 }).length / 1024;
  const locales = files(join(OUT, 'chunks')).filter((f) => /^locale-/.test(f)).map((f) => gz(`chunks/${f}`));
  const total = [...seen].reduce((sum, rel) => sum + gz(rel), 0) + Math.max(0, ...locales);
  const over = total > POPUP_FIRST_PAINT_KB;
  console.log(`${over ? 'OVER' : 'ok  '}  popup view after its first screen: ${[...seen].join(' + ')} + one language = ${total.toFixed(1)} KB gzip / budget ${POPUP_FIRST_PAINT_KB} KB`);
  return (over ? 1 : 0) + (overFirst ? 1 : 0);
}
