// A QR module grid (a `matrix:` image, lib/qr/matrix-src.ts) → RGBA pixels with a quiet zone → jsQR. Pure (no DOM,
// no canvas): the CLI (scripts/qr-node.ts) and the service worker (entrypoints/background/qr.ts) share it.
import { decodeQrRgba } from './decode';
import { parseMatrixSrc } from './matrix-src';

/** Pixels per module and quiet-zone modules: 177 modules → (177 + 8) × 4 = 740 px, under QR_LIMITS.maxSide. */
const SCALE = 4;
const QUIET = 4;

/** An N×N grid (1 = dark) as black-on-white RGBA, with a 4-module light border. */
export function matrixToRgba(size: number, dark: ArrayLike<number>, scale = SCALE, quiet = QUIET): { data: Uint8ClampedArray; width: number; height: number } {
  const side = (size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!dark[r * size + c]) continue;
      for (let y = 0; y < scale; y++) {
        let p = (((r + quiet) * scale + y) * side + (c + quiet) * scale) * 4;
        for (let x = 0; x < scale; x++, p += 4) data[p] = data[p + 1] = data[p + 2] = 0;
      }
    }
  }
  return { data, width: side, height: side };
}

/** The payload of a `matrix:` image, or null (malformed, or no readable code). */
export function decodeMatrixSrc(src: string): string | null {
  const grid = parseMatrixSrc(src);
  if (!grid) return null;
  const px = matrixToRgba(grid.size, grid.dark);
  return decodeQrRgba(px.data, px.width, px.height);
}
