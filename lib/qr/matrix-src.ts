// A QR module grid carried as a snapshot image's `src` (kind 'matrix'): `matrix:<N>:<hex>`, N modules a side, the
// N×N bits row by row (1 = dark), most significant bit first, padded with zeros to whole hex digits. Pure and tiny:
// the content script's extractor writes it (lib/extract/table-qr.ts), both decoders read it (lib/qr/matrix.ts).

/** QR versions 1–40: 21 to 177 modules a side, N ≡ 1 (mod 4). */
export const MATRIX_MIN = 21;
export const MATRIX_MAX = 177;
export const isQrSide = (n: number): boolean => Number.isInteger(n) && n >= MATRIX_MIN && n <= MATRIX_MAX && n % 4 === 1;

const PREFIX = /^matrix:(\d{2,3}):([0-9a-f]+)$/;

/** `matrix:<N>:<hex>` for an N×N grid given row by row (truthy = dark). */
export function encodeMatrixSrc(size: number, dark: ArrayLike<number | boolean>): string {
  let hex = '';
  for (let i = 0; i < size * size; i += 4) {
    let nibble = 0;
    for (let b = 0; b < 4; b++) nibble = (nibble << 1) | (i + b < size * size && dark[i + b] ? 1 : 0);
    hex += nibble.toString(16);
  }
  return `matrix:${size}:${hex}`;
}

/** The grid of a `matrix:` src (one byte per module, 1 = dark), or null when it is malformed. */
export function parseMatrixSrc(src: string): { size: number; dark: Uint8Array } | null {
  const m = PREFIX.exec(src);
  if (!m) return null;
  const size = Number(m[1]);
  const hex = m[2]!;
  if (!isQrSide(size) || hex.length !== Math.ceil((size * size) / 4)) return null;
  const dark = new Uint8Array(size * size);
  for (let i = 0; i < dark.length; i++) dark[i] = (parseInt(hex[i >> 2]!, 16) >> (3 - (i & 3))) & 1;
  return { size, dark };
}
