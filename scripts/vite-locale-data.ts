// Build-time: each language's texts (lib/i18n/locale-zh-CN.ts, locale-en.ts) become one JSON literal in the
// extension bundle. The tables are computed here, at build time, by importing those very modules, so the bundle holds
// exactly what the source says. Why: a page signal's text is declared with its detector (lib/detectors/page/*), and
// importing it the ordinary way pulls every detector and tldts into the popup's first paint; as data it costs only
// its own bytes, and JSON.parse of a large literal is cheaper for V8 than an object literal. Only in the build of the
// HTML pages: the service worker bundles the detectors anyway, so there the data would be a second copy of the texts.
// Node (CLI, tests) keeps the modules as written. The popup's first-screen texts (lib/i18n/first-screen-texts.ts, a
// few KB of both languages) become data the same way.
import type { Plugin } from 'vite';
import { firstScreenTexts } from '../lib/i18n/first-screen-texts';
import { texts as en } from '../lib/i18n/locale-en';
import { texts as zhCN } from '../lib/i18n/locale-zh-CN';

const LOCALE_MODULE = /[\\/]lib[\\/]i18n[\\/]locale-(zh-CN|en)\.ts(?:$|\?)/;
const FIRST_SCREEN_MODULE = /[\\/]lib[\\/]i18n[\\/]first-screen-texts\.ts(?:$|\?)/;
const asData = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

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
      // In every build (harmless where nothing imports it): never the whole tables behind it.
      if (FIRST_SCREEN_MODULE.test(id)) return asData('firstScreenTexts', firstScreenTexts);
      if (!pages) return null;
      const lang = LOCALE_MODULE.exec(id)?.[1];
      return lang ? asData('texts', lang === 'en' ? en : zhCN) : null;
    },
  };
}
