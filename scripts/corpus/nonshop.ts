// A seeded, deterministic corpus of ordinary Chinese web pages that are NOT card shops: every one must read grey
// (not a shop). `npx tsx scripts/corpus/nonshop.ts [seed]` writes tests/fixtures/nonshop/generated/<kind>-<nnn>.html.
// The pages are meant to look like the real thing (navigation, sidebars, tables, comments, ICP and 公安 filing
// footers, pagination, share and login links, the buttons such a page really has), including commerce that is not a
// card shop (product pages of physical goods, hotel prices) and pages that QUOTE card-shop and scam wording (anti-fraud
// notices, news, game wikis). Nothing here is tuned to dodge the classifier. Hosts are reserved names only.
// The phrase banks, page parts and kinds live in scripts/corpus/nonshop/.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esc, mulberry32, R } from './nonshop/random';
import { doc, header, type Kind } from './nonshop/parts';
import { blog, docs, forum, fraudKind, newsKind, product } from './nonshop/kinds-media';
import { appdl, bank, company, gov, hotel, jobs, map, qa, recipe, school, travel, video, weather, wiki } from './nonshop/kinds-life';

const SEED = Number(process.argv[2] ?? 20261205);
const PER_KIND = 20;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'nonshop', 'generated');

const KINDS: Kind[] = [newsKind(false), newsKind(true), forum, docs, blog, product, fraudKind(false), fraudKind(true), wiki, gov, recipe, video, company, qa, jobs, appdl, bank, school, weather, map, travel, hotel];

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.html')) rmSync(join(OUT, f));
  const urls = new Set<string>();
  let bytes = 0;
  let n = 0;
  KINDS.forEach((kind, k) => {
    for (let i = 0; i < PER_KIND; i++) {
      // One stream per page: a page does not change when another kind is edited.
      const r = new R(mulberry32((SEED ^ Math.imul(k + 1, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0));
      const p = kind.make(r, i);
      const key = new URL(p.url).host + new URL(p.url).pathname + new URL(p.url).search;
      if (urls.has(key)) throw new Error(`duplicate url ${p.url}`);
      urls.add(key);
      const html = header(p.desc, SEED, p.url) + '\n' + doc(esc(p.title), p.cls, p.body, r, p.meta);
      writeFileSync(join(OUT, `${kind.id}-${String(i + 1).padStart(3, '0')}.html`), html);
      bytes += Buffer.byteLength(html);
      n++;
    }
  });
  console.log(`${n} pages, ${KINDS.length} kinds, ${(bytes / 1024).toFixed(0)} KB in ${OUT}`);
}

main();
