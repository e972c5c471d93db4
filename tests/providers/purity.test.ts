// style.md rules 1 and 9: providers and the one network layer (lib/net) get fetch, clock and the database injected.
// No `browser`/`window`/`document` globals, no global fetch, and Dexie (the database) only in cached.ts, by type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = ['lib/providers', 'lib/net'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');

describe('lib/providers and lib/net purity', () => {
  it.each(files)('%s uses only what it is given', (f) => {
    expect(code(f)).not.toMatch(/\b(browser|chrome)\.[a-z]|\bwindow\.|\bdocument\.|(?<![.\w])fetch\(|\bglobalThis\b|localStorage|indexedDB|from ['"]wxt/);
    expect(code(f)).not.toMatch(/from ['"]dexie['"]/);
    if (!f.endsWith('cached.ts')) expect(code(f)).not.toMatch(/lib\/db|\.\.\/db\//);
  });
});
