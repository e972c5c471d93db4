// style.md rule 1, over all of lib/: the pure core takes what it needs as parameters. No file under lib/ reaches for
// the browser, DOM globals, the network or the database, except lib/db (which is the database); content scripts
// never import lib/db or lib/providers, and zod and React stay out of them. (Moved here from tests/core/purity.test.ts
// and widened from four folders to all of lib/.)
import { describe, expect, it } from 'vitest';
import { code, importsOf, walk } from './scan';

/** Platform globals: the extension APIs, the page, the network, storage, the browser's image decoders. */
const PLATFORM = /\b(browser|chrome)\.[a-z]|(?<![\w.])(window|document|navigator|location)\.|\bglobalThis\.(window|document|navigator|location|browser|chrome|fetch)\b|(?<![\w.])fetch\(|\b(XMLHttpRequest|WebSocket|createImageBitmap|OffscreenCanvas|localStorage|sessionStorage|indexedDB)\b/;
/** Files allowed one platform-looking name, each with why. */
const ALLOWED: Record<string, RegExp> = {
  // The CLI's parser: `window` / `document` are its own happy-dom Window's (Node only; tests/scripts/cli.test.ts keeps
  // this file out of the bundle).
  'lib/extract/from-html.ts': /(?<![\w.])(window|document)\./,
};

const lib = walk('lib').filter((f) => !f.startsWith('lib/db/'));

describe('purity of lib/', () => {
  it('scans every folder of lib/ (a new folder is covered without editing this test)', () => {
    const folders = new Set(lib.map((f) => f.split('/')[1]));
    for (const f of ['core', 'detectors', 'extract', 'i18n', 'messaging', 'pipeline', 'providers', 'qr', 'risk-list']) expect(folders).toContain(f);
  });

  it.each(lib)('%s never touches the browser, DOM globals, fetch or storage', (file) => {
    let src = code(file);
    const allowed = ALLOWED[file];
    // Until stable: `window.document.write` is two allowed names in a row.
    for (let prev = ''; allowed && prev !== src;) [prev, src] = [src, src.replace(new RegExp(allowed.source, 'g'), '')];
    expect(src).not.toMatch(PLATFORM);
  });

  it.each(lib)('%s imports neither dexie (as a value), wxt nor React', (file) => {
    for (const i of importsOf(file)) {
      expect(/^(wxt|react|react-dom)(\/|$)/.test(i.spec), `${file} → ${i.spec}`).toBe(false);
      if (/^dexie(\/|$)/.test(i.spec)) expect(i.typeOnly, `${file} → ${i.spec} as a value`).toBe(true);
    }
  });

  it('the pattern catches what it is for', () => {
    for (const bad of ['browser.tabs.query()', 'window.open()', 'document.title', 'navigator.language', 'globalThis.navigator?.language',
      'await fetch(url)', 'new OffscreenCanvas(1, 1)', 'createImageBitmap(b)', 'indexedDB.open()']) expect(bad).toMatch(PLATFORM);
    for (const ok of ['deps.fetch(url)', 'doc.defaultView', 'ctx.document.x', 'prefetch(x)']) expect(ok).not.toMatch(PLATFORM);
  });
});

describe('content scripts', () => {
  it('import neither zod, React, Dexie, lib/db nor lib/providers (directly or through lib/)', () => {
    const seen = new Set<string>();
    const visit = (file: string, offenders: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of importsOf(file)) {
        if (i.typeOnly || !i.target) continue;
        if (/^(zod|react|react-dom|dexie)(\/|$)/.test(i.target) || /lib\/(db|providers)\//.test(i.target)) offenders.push(`${file} → ${i.spec}`);
        else if (/\.tsx?$/.test(i.target)) visit(i.target, offenders);
      }
    };
    for (const entry of walk('entrypoints').filter((f) => f.includes('.content/'))) {
      const offenders: string[] = [];
      visit(entry, offenders);
      expect(offenders, entry).toEqual([]);
    }
  });
});
