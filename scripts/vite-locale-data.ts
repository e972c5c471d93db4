// Build-time: each language's texts (lib/i18n/locale-zh-CN.ts, locale-en.ts) become one JSON literal in the
// extension bundle. The tables are computed here, at build time, by importing those very modules, so the bundle holds
// exactly what the source says. Why: a page signal's text is declared with its detector (lib/detectors/page/*), and
// importing it the ordinary way pulls every detector and tldts into the popup's first paint; as data it costs only
// its own bytes, and JSON.parse of a large literal is cheaper for V8 than an object literal. Only in the build of the
// HTML pages: the service worker bundles the detectors anyway, so there the data would be a second copy of the texts.
// Node (CLI, tests) keeps the modules as written.
import type { Plugin } from 'vite';
import { texts as en } from '../lib/i18n/locale-en';
import { texts as zhCN } from '../lib/i18n/locale-zh-CN';

const LOCALE_MODULE = /[\\/]lib[\\/]i18n[\\/]locale-(zh-CN|en)\.ts(?:$|\?)/;

export function localeTextsAsData(): Plugin {
  let pages = false;
  return {
    name: 'kadun:locale-texts-as-data',
    enforce: 'pre',
    buildStart(options) {
      // WXT builds the background, the content scripts and the HTML pages as separate Vite builds.
      const input = options.input;
      const entries = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input);
      pages = entries.some((entry) => entry.endsWith('.html'));
    },
    load(id) {
      const lang = LOCALE_MODULE.exec(id)?.[1];
      if (!pages || !lang) return null;
      const texts = lang === 'en' ? en : zhCN;
      return `export const texts = JSON.parse(${JSON.stringify(JSON.stringify(texts))});\n`;
    },
  };
}
