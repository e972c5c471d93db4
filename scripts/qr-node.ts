// QR decoding in Node, for the CLI and the tests: data:image/png images through pngjs + jsQR (lib/qr/decode.ts),
// plus payloads carried in image URLs. The extension does the same in the background with OffscreenCanvas
// (entrypoints/background/qr.ts); other image formats are skipped here (PNG is what card-shop cashiers inline).
// QR codes drawn as tables arrive as `matrix:` grids (lib/extract/table-qr.ts) and are decoded by lib/qr/matrix.ts.
import { PNG } from 'pngjs';
import type { DecodedQr } from '../lib/detectors/page/context';
import { qrCandidates } from '../lib/qr/candidates';
import { decodeQrRgba, pngTooLarge, QR_LIMITS } from '../lib/qr/decode';
import { decodeMatrixSrc } from '../lib/qr/matrix';
import { qrFromImageUrls } from '../lib/qr/payload-from-url';

const PNG_DATA_URL = /^data:image\/png;base64,/i;

type SnapshotImages = { images: ReadonlyArray<{ src: string; width?: number; height?: number; blockId?: number }>; blocks?: ReadonlyArray<{ id: number; text: string }> };

/**
 * Every QR payload of a snapshot's images: up to QR_LIMITS.images inline PNGs or table grids decoded — the likeliest
 * codes first (size, squareness, pay wording nearby), within QR_LIMITS.pageMs — and URL payloads.
 */
export function decodeSnapshotQrNode(snapshot: SnapshotImages, clock: () => number = () => performance.now()): DecodedQr[] {
  const out: DecodedQr[] = [];
  const images = snapshot.images.map((img) => ({ src: img.src, width: img.width ?? 0, height: img.height ?? 0, blockId: img.blockId }));
  const started = clock();
  for (const imageIndex of qrCandidates(images.map((img) => (PNG_DATA_URL.test(img.src) || img.src.startsWith('matrix:') ? img : { ...img, src: '' })), snapshot.blocks)) {
    if (clock() - started > QR_LIMITS.pageMs) break;
    const src = images[imageIndex]!.src;
    const payload = src.startsWith('matrix:') ? decodeMatrixSrc(src) : decodePngDataUrl(src);
    if (payload) out.push({ imageIndex, payload });
  }
  return [...out, ...qrFromImageUrls(snapshot.images)];
}

/** One inline PNG → its QR payload; null when it is not a readable PNG, too large, or holds no code. */
export function decodePngDataUrl(src: string): string | null {
  try {
    const bytes = Buffer.from(src.replace(PNG_DATA_URL, ''), 'base64');
    if (pngTooLarge(bytes)) return null; // checked before inflating
    const png = PNG.sync.read(bytes);
    return decodeQrRgba(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  } catch {
    return null;
  }
}
