// Build-time trim of jsQR for the extension bundle: its Shift-JIS table (~36 KB of the ~46 KB it adds to the
// background, gzipped) only serves QR codes in Kanji mode, which payment codes never use (they are ASCII URLs and
// schemes; Chinese text in a QR is UTF-8 byte mode). Kanji-mode characters then decode as U+0000 instead of kanji.
// Node (CLI, tests) keeps the full table; no payment payload can tell the two apart.
import type { Plugin } from 'vite';

const JSQR = /[\\/]jsqr[\\/]dist[\\/]jsQR\.js(?:$|\?)/;
const TABLE = 'exports.shiftJISTable = {';

export function jsqrWithoutKanjiTable(): Plugin {
  return {
    name: 'kadun:jsqr-without-kanji-table',
    enforce: 'pre',
    transform(code, id) {
      if (!JSQR.test(id)) return null;
      const start = code.indexOf(TABLE);
      const end = start < 0 ? -1 : code.indexOf('};', start);
      if (end < 0) {
        this.warn('jsQR layout changed: Shift-JIS table not found, bundle left as is');
        return null;
      }
      return { code: `${code.slice(0, start)}exports.shiftJISTable = {}${code.slice(end + 1)}`, map: null };
    },
  };
}
