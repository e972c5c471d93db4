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

/** Where a sentence ends (normalised text: NFKC turned full-width ！？；into ASCII; 。 stays). */
const SENTENCE_END = /[。！？!?；;\n]/;
/** Where a long sentence may be cut: after a clause mark or a separator such as "|". */
const CLAUSE_END = /[，,、：:|｜·]/;

/**
 * The range of normalised `text` to quote for a match at [start, end): the whole sentence around it when that fits in
 * `max` characters; otherwise the clauses closest to the match, cut at clause marks, with `cutStart` / `cutEnd` saying
 * where text was left out (the caller adds "…"). A quote never starts or ends in the middle of a word run when a
 * boundary is in reach, so "…元，请在 5 分钟内" reads as the page's own sentence, not a window of characters.
 */
export function sentenceRange(text: string, start: number, end: number, max = 120): { from: number; to: number; cutStart: boolean; cutEnd: boolean } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++; // keep the sentence's own full stop
  while (from < start && text[from] === ' ') from++;
  while (to > end && text[to - 1] === ' ') to--;
  if (to - from <= max) return { from, to, cutStart: false, cutEnd: false };
  if (end - start >= max) return { from: start, to: start + max, cutStart: start > from, cutEnd: true };
  // Share what is left of the budget on both sides, then move each edge inwards to the nearest clause boundary.
  const room = max - (end - start);
  let a = Math.max(from, start - Math.floor(room / 2));
  let b = Math.min(to, end + (room - (start - a)));
  if (a > from) for (let i = a; i < start; i++) if (CLAUSE_END.test(text[i - 1] ?? '')) { a = i; break; }
  if (b < to) for (let i = b; i > end; i--) if (CLAUSE_END.test(text[i - 1]!) || SENTENCE_END.test(text[i - 1]!)) { b = i; break; }
  while (a < start && text[a] === ' ') a++;
  return { from: a, to: b, cutStart: a > from, cutEnd: b < to };
}
