// The CLI's pre-pass before happy-dom. happy-dom costs ~50 µs an element (3,000 <option>s took ~6 s) and walks some
// trees recursively, so a hostile page must be cut down before it is parsed — but never by a regex over the whole
// document (a tag regex took 19 s on a 0.6 MB page with an unclosed <style>). One hand-written scan, each character
// looked at a bounded number of times: tags beyond the caps are dropped and their text kept, so the visible text
// after any amount of filler still reaches the extractor. Filler is cheap to drop: comments and empty attribute-less
// pairs (`<i></i>`) cost nothing, <head> has its own small budget, and every tag name its own share of the total.
import { PREPASS_LIMITS as P } from '../core/limits';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Raw-text elements: their content is not markup, so a `<` inside a script never opens a tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Start tags that end an open element of these names (the parser's implied end tags), so unclosed <td>s do not nest. */
// Maps, not object literals: a tag name sliced from the page is a fresh string, and a keyed lookup on an object
// internalises it every time (measurable at 100,000 tags).
const CLOSES = new Map<string, readonly string[]>(Object.entries({
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], tr: ['td', 'th', 'tr'], td: ['td', 'th'], th: ['td', 'th'],
}));
/** Tags that carry pay controls and images: a reserve of them survives after the total budget is spent. */
const RESERVE: Record<string, number> = { img: 120, button: 100, input: 100, form: 20, select: 20, a: 100, canvas: 10, table: 10, tr: 100, td: 1000 };
const PER_TAG = new Map<string, number>(Object.entries(P.perTag));

/** Raw-text content kept per element (script and style: 256 KB). */
const RAW_CHARS = new Map<string, number>(Object.entries({ title: 4096, textarea: 4096, xmp: 4096, iframe: 4096, noembed: 4096, noframes: 4096 }));
const rawChars = (name: string) => RAW_CHARS.get(name) ?? 262_144;

export type Prepared = { html: string; truncated: boolean; skipped: Record<string, number> };

type Open = { name: string; kept: boolean };

export function prepareHtml(input: string, maxDepth: number = P.depth): Prepared {
  const counts = new Map<string, number>();
  const skip = (what: string, n = 1) => void counts.set(what, (counts.get(what) ?? 0) + n);
  let html = input;
  if (html.length > P.inputChars) {
    skip('input-chars', html.length - P.inputChars);
    html = html.slice(0, P.inputChars);
  }
  const out: string[] = [];
  let last = 0; // html[last..] not yet copied
  const drop = (from: number, to: number) => {
    out.push(html.slice(last, from));
    last = to;
  };
  const stack: Open[] = [];
  const perTag = new Map<string, number>();
  const reserve = new Map(Object.entries(RESERVE));
  let kept = 0;
  let headKept = 0;
  let inHead = true; // until <body> or the first body-only element

  let pos = html.indexOf('<');
  while (pos !== -1 && pos < html.length - 1) {
    const next = html.charCodeAt(pos + 1);
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      const stop = end === -1 ? html.length : end + 3;
      drop(pos, stop);
      pos = html.indexOf('<', stop);
      continue;
    }
    const closing = next === 47; // '/'
    const nameStart = pos + (closing ? 2 : 1);
    let i = nameStart;
    while (i < html.length && isNameChar(html.charCodeAt(i), i === nameStart)) i++;
    if (i === nameStart) {
      // "<!DOCTYPE", "<?xml", "< 5": not an element tag; the parser copes with them as they are.
      pos = html.indexOf('<', pos + 1);
      continue;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    const gt = tagEnd(html, i);
    if (gt === -1) {
      drop(pos, html.length); // a tag cut off by the end of the input: the parser would drop it too
      skip('unterminated-tag');
      break;
    }
    const stop = gt + 1;
    if (closing) {
      const at = findOpen(stack, name);
      if (at === -1 || !stack[at]!.kept) drop(pos, stop); // a stray end tag, or the end of a dropped element
      if (at !== -1) stack.length = at;
      if (name === 'head') inHead = false;
      pos = html.indexOf('<', stop);
      continue;
    }
    if (name === 'body' || (inHead && !HEAD_TAGS.has(name))) inHead = false;
    const attrs = hasAttributes(html, i, gt);
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    const isVoid = VOID.has(name) || (selfClosing && !RAW.has(name));
    // Free filler: an empty element with no attributes (`<i></i>`, `<span></span>`) shows and says nothing.
    if (!isVoid && !attrs && !RAW.has(name) && !KEEP_EMPTY.has(name) && endTagAt(html, stop, name)) {
      drop(pos, stop + name.length + 3);
      skip('empty');
      pos = html.indexOf('<', last);
      continue;
    }
    for (const closes = CLOSES.get(name); closes && stack.length && closes.includes(stack[stack.length - 1]!.name);) stack.pop();
    let keep: boolean;
    if (name === 'html' || name === 'head' || name === 'body') keep = true;
    else if (inHead) keep = headKept++ < P.headElements;
    else {
      const n = perTag.get(name) ?? 0;
      perTag.set(name, n + 1);
      keep = stack.length < maxDepth && n < (PER_TAG.get(name) ?? P.perTagDefault) && kept < P.elements;
      const left = reserve.get(name) ?? 0;
      if (!keep && stack.length < maxDepth && left > 0) {
        reserve.set(name, left - 1);
        keep = true;
      }
      if (keep) kept++;
    }
    let end = stop;
    if (RAW.has(name) && !selfClosing) {
      // Raw text runs to its end tag; unclosed, it swallows the rest of the document, as in a browser.
      const close = indexOfCi(html, `</${name}`, stop);
      end = close === -1 ? html.length : close;
    }
    if (!keep) {
      skip(stack.length >= maxDepth ? 'depth' : inHead ? 'head' : name);
      if (RAW.has(name)) {
        const close = end < html.length ? tagEnd(html, end + 2 + name.length) : -1;
        end = close === -1 ? html.length : close + 1;
      }
      drop(pos, RAW.has(name) ? end : stop);
    } else if (!isVoid) stack.push({ name, kept: true });
    if (!keep && !isVoid && !RAW.has(name)) stack.push({ name, kept: false });
    if (RAW.has(name) && keep && end - stop > rawChars(name)) {
      // A 5 MB <title> or <style> costs the parser seconds and says nothing more than its first part.
      drop(stop + rawChars(name), end);
      skip(`${name}-chars`);
    }
    if (RAW.has(name) && keep && end === html.length) break;
    pos = html.indexOf('<', RAW.has(name) ? end : stop);
  }
  out.push(html.slice(last));
  const result = out.join('');
  const skipped = Object.fromEntries(counts);
  return { html: result, truncated: Object.keys(skipped).some((k) => k !== 'empty'), skipped };
}

/** The old entry point: nesting only (and the other caps), as a string. */
export function limitNesting(html: string, maxDepth: number = P.depth): string {
  return prepareHtml(html, maxDepth).html;
}

/** Empty but meaningful: table cells hold a column's place (and draw table QR codes), controls act. */
const KEEP_EMPTY = new Set(['td', 'th', 'tr', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'option', 'select', 'button', 'a', 'canvas', 'video', 'audio', 'object', 'form', 'label', 'svg', 'math', 'template', 'html', 'head', 'body']);
const HEAD_TAGS = new Set(['html', 'head', 'meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'template']);

function isNameChar(c: number, first: boolean): boolean {
  const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return first ? alpha : alpha || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** Index of the `>` ending a tag whose name ends at `from`, skipping quoted attribute values; -1 at the end. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote opens a value only after `=`; a stray one elsewhere would otherwise hide every later `>`.
      if (prevNonSpace(html, i, from) === 61) quote = c;
    } else if (c === 62) return i;
  }
  return -1;
}

function prevNonSpace(html: string, i: number, floor: number): number {
  for (let k = i - 1, n = 0; k >= floor && n < 64; k--, n++) {
    const c = html.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return c;
  }
  return 0;
}

/** The open element `name` nearest the top, looked for among the top 64 entries (bounded work per end tag). */
function findOpen(stack: Open[], name: string): number {
  for (let k = stack.length - 1, n = 0; k >= 0 && n < 64; k--, n++) if (stack[k]!.name === name) return k;
  return -1;
}

/** `s` (lower case) at `at`, compared case-insensitively character by character (no copy of the document). */
function startsWithCi(html: string, at: number, s: string): boolean {
  if (html.length < at + s.length) return false;
  for (let k = 0; k < s.length; k++) {
    const c = html.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== s.charCodeAt(k)) return false;
  }
  return true;
}

/** `</name>` at `at`. */
function endTagAt(html: string, at: number, name: string): boolean {
  return html.charCodeAt(at) === 60 && html.charCodeAt(at + 1) === 47 && startsWithCi(html, at + 2, name) && html.charCodeAt(at + 2 + name.length) === 62;
}

/** Anything but spaces and a self-closing slash between a tag's name (ending at `from`) and its `>` at `gt`. */
function hasAttributes(html: string, from: number, gt: number): boolean {
  for (let k = from; k < gt; k++) {
    const c = html.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 47) return true;
  }
  return false;
}

/** Case-insensitive indexOf without lowering the whole document: scan for '<' + '/' and compare the name. */
function indexOfCi(html: string, s: string, from: number): number {
  for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) if (startsWithCi(html, k, s)) return k;
  return -1;
}
