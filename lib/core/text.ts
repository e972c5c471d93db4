// Matching runs on normalised text; evidence quotes the original. `normalizeWithMap` keeps, for every character of
// the normalised string, the index of the original character it came from.

// Zero-width and invisible formatting characters that pages use to split words such as "ICP备" or a card number.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;

export type NormalizedText = { norm: string; map: number[] };

/** NFKC per character (full-width digits and letters, full-width dashes), invisible characters dropped, whitespace collapsed. */
export function normalizeWithMap(original: string): NormalizedText {
  let norm = '';
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (!INVISIBLE.test(ch)) {
      let n = ch.normalize('NFKC');
      if (/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.test(n)) n = '-';
      if (/\s/.test(n)) {
        if (!lastSpace) {
          norm += ' ';
          map.push(i);
          lastSpace = true;
        }
      } else {
        for (const c of n) {
          norm += c;
          for (let k = 0; k < c.length; k++) map.push(i);
        }
        lastSpace = false;
      }
    }
    i += width;
  }
  if (norm.endsWith(' ')) {
    norm = norm.slice(0, -1);
    map.pop();
  }
  return { norm, map };
}

export function normalize(text: string): string {
  return normalizeWithMap(text).norm;
}

/** The original characters behind normalised range [start, end), widened by `pad` original characters each side. */
export function originalSlice(original: string, nt: NormalizedText, start: number, end: number, pad = 0): string {
  if (nt.map.length === 0) return '';
  const from = nt.map[Math.min(start, nt.map.length - 1)]!;
  const lastIdx = nt.map[Math.min(Math.max(end - 1, 0), nt.map.length - 1)]!;
  const lastCp = original.codePointAt(lastIdx)!;
  const to = lastIdx + (lastCp > 0xffff ? 2 : 1);
  return original.slice(Math.max(0, from - pad), Math.min(original.length, to + pad)).trim();
}
