// style.md rules 1 and 9: providers get fetch, clock and the database injected. No `browser`/`window`/`document`
// globals, no global fetch, and Dexie (the database) only in cached.ts, by type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'lib/providers';
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const code = (f: string) => readFileSync(join(DIR, f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');

describe('lib/providers purity', () => {
  it.each(files)('%s uses only what it is given', (f) => {
    expect(code(f)).not.toMatch(/\b(browser|chrome)\.[a-z]|\bwindow\.|\bdocument\.|(?<![.\w])fetch\(|\bglobalThis\b|localStorage|indexedDB|from ['"]wxt/);
    expect(code(f)).not.toMatch(/from ['"]dexie['"]/);
    if (f !== 'cached.ts') expect(code(f)).not.toMatch(/lib\/db|\.\.\/db\//);
  });
});
