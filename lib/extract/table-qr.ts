// A QR code drawn as an HTML table (jquery.qrcode's `render: 'table'` and similar): N×N empty cells whose inline
// `background-color` (or `bgcolor`) is dark or light. Rebuilt into a module grid carried as an image of kind 'matrix'
// (`matrix:<N>:<hex>`, lib/qr/matrix-src.ts), which both decoders turn into pixels (lib/qr/matrix.ts).
// Cheap by construction, because the extractor calls it for every <table>: inline styles only (no
// getComputedStyle), at most MAX_CELLS a side (a cell budget of 200×200), and the first row that is not a row of
// empty coloured cells of the same width ends the attempt.
import type { PageImage } from '../core/types';
import { encodeMatrixSrc, isQrSide } from '../qr/matrix-src';

/** Rows and columns read at most: a version-40 code (177) with a light margin of up to 11 cells a side. */
const MAX_CELLS = 200;
const BG = /background(?:-color)?\s*:\s*([^;!]+)/i;

/** The table's QR module grid as a snapshot image, or null when the table is not a QR code. */
export function tableQrImage(table: Element): PageImage | null {
  const rows = rowsOf(table);
  if (!rows) return null;
  const n = rows.length;
  const dark = new Uint8Array(n * n);
  // A code's cells share two or three style strings: each is parsed once.
  const tones = new Map<string, number>();
  let any = false;
  for (let r = 0; r < n; r++) {
    const cells = rows[r]!.children;
    if (cells.length !== n) return null;
    for (let c = 0; c < n; c++) {
      const tone = cellTone(cells[c]!, tones);
      if (tone < 0) return null;
      if (tone) any = true;
      dark[r * n + c] = tone;
    }
  }
  if (!any) return null;
  // A light margin drawn as cells (some renderers add one): the code is the dark cells' bounding box.
  let top = n, left = n, bottom = -1, right = -1;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!dark[r * n + c]) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  const side = bottom - top + 1;
  if (side !== right - left + 1 || !isQrSide(side)) return null;
  const grid = new Uint8Array(side * side);
  for (let r = 0; r < side; r++) grid.set(dark.subarray((top + r) * n + left, (top + r) * n + left + side), r * side);
  return { kind: 'matrix', src: encodeMatrixSrc(side, grid), alt: '', width: side, height: side };
}

/** The table's own rows (directly or in thead/tbody/tfoot, not nested tables'), or null when too few or too many. */
function rowsOf(table: Element): Element[] | null {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.localName;
    const group = tag === 'tbody' || tag === 'thead' || tag === 'tfoot' ? child.children : tag === 'tr' ? [child] : [];
    for (const row of Array.prototype.slice.call(group, 0, MAX_CELLS + 1) as Element[]) {
      if (row.localName !== 'tr') continue;
      if (rows.length >= MAX_CELLS) return null;
      rows.push(row);
      // The first row already tells: as many cells as a QR side, the first one empty with a readable colour.
      if (rows.length === 1 && !plausibleFirstRow(row)) return null;
    }
  }
  return rows.length >= 21 ? rows : null;
}

function plausibleFirstRow(row: Element): boolean {
  const n = row.children.length;
  return n >= 21 && n <= MAX_CELLS && cellTone(row.children[0]!) >= 0;
}

/** 1 dark, 0 light, -1 not a QR cell (text inside, an unreadable colour, not a cell). A cell without a colour is light. */
function cellTone(cell: Element, cache?: Map<string, number>): number {
  if (cell.localName !== 'td' && cell.localName !== 'th') return -1;
  const first = cell.firstChild;
  if (first && (first.nodeType !== 3 || first.nextSibling || (first.nodeValue ?? '').trim())) return -1;
  const style = cell.getAttribute('style');
  const bgcolor = cell.getAttribute('bgcolor');
  const key = `${style ?? ''}|${bgcolor ?? ''}`;
  const known = cache?.get(key);
  if (known !== undefined) return known;
  const value = (style && BG.exec(style)?.[1]) || bgcolor;
  const lum = value ? luminance(value.trim().toLowerCase()) : 255;
  const tone = lum === null ? -1 : lum < 128 ? 1 : 0;
  if (cache && cache.size < 64) cache.set(key, tone);
  return tone;
}

function luminance(v: string): number | null {
  let rgb: number[] | null = null;
  if (v[0] === '#') {
    const h = v.slice(1);
    if (/^[0-9a-f]{3}$/.test(h)) rgb = [...h].map((d) => parseInt(d + d, 16));
    else if (/^[0-9a-f]{6}([0-9a-f]{2})?$/.test(h)) rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else if (v.startsWith('rgb')) {
    const m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(v);
    if (m) rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (v === 'black') rgb = [0, 0, 0];
  else if (v === 'white') rgb = [255, 255, 255];
  return rgb ? 0.299 * rgb[0]! + 0.587 * rgb[1]! + 0.114 * rgb[2]! : null;
}
