// style.md rule 1 for lib/risk-list: no browser, DOM globals, fetch or Dexie import. store.ts and cache.ts are given
// the database as a parameter and import only its type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('lib/risk-list purity', () => {
  it('never touches browser, DOM globals, fetch or a Dexie import; lib/db only as a type', () => {
    for (const f of readdirSync('lib/risk-list').filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(join('lib/risk-list', f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(src, f).not.toMatch(/\b(browser|chrome)\.[a-z]|\bwindow\.|\bdocument\.|\bfetch\(|from ['"]dexie['"]|from ['"]wxt|localStorage|indexedDB/);
      for (const m of src.matchAll(/^import(\s+type)?[^'"]*['"]([^'"]+)['"]/gm)) {
        if (/lib\/db|\.\.\/db\//.test(m[2]!)) expect(m[1], `${f} imports ${m[2]} as a value`).toBeTruthy();
      }
    }
  });
});
