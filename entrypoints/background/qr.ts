// QR decoding in the service worker: inline (data:) images of a snapshot → pixels through createImageBitmap and
// OffscreenCanvas → jsQR (lib/qr/decode.ts). Bounded: at most QR_LIMITS.images images chosen by likelihood
// (lib/qr/candidates.ts), each under the snapshot's data-URL cap and QR_LIMITS.maxSide pixels a side by its header
// (PNG, JPEG, GIF, WebP; other formats are skipped), a time cap for the page; a failing image is skipped.
// Table-drawn codes arrive as `matrix:` grids (lib/extract/table-qr.ts) and need no canvas (lib/qr/matrix.ts).
import { SNAPSHOT_LIMITS } from '../../lib/core/limits';
import type { DecodedQr } from '../../lib/detectors/page/context';
import { qrCandidates, refuseBySize } from '../../lib/qr/candidates';
import { decodeQrRgba, QR_LIMITS } from '../../lib/qr/decode';
import { decodeMatrixSrc } from '../../lib/qr/matrix';
import { qrFromImageUrls } from '../../lib/qr/payload-from-url';

export type Pixels = { data: Uint8ClampedArray; width: number; height: number };
/** data: URL → RGBA pixels, or null when the image is too large. Throws on anything unreadable. */
export type LoadPixels = (dataUrl: string) => Promise<Pixels | null>;

type SnapshotImages = { images: ReadonlyArray<{ src: string; width?: number; height?: number; blockId?: number }>; blocks?: ReadonlyArray<{ id: number; text: string }> };

/** The likeliest codes first (size, squareness, pay wording nearby), at most QR_LIMITS.images, within QR_LIMITS.pageMs. */
export async function decodeSnapshotQr(snapshot: SnapshotImages, loadPixels: LoadPixels = canvasPixels, clock: () => number = () => performance.now()): Promise<DecodedQr[]> {
  const out: DecodedQr[] = [];
  const images = snapshot.images.map((img) => ({
    src: img.src.length <= SNAPSHOT_LIMITS.imageDataUrlChars ? img.src : '', width: img.width ?? 0, height: img.height ?? 0, blockId: img.blockId,
  }));
  const started = clock();
  for (const imageIndex of qrCandidates(images, snapshot.blocks)) {
    if (clock() - started > QR_LIMITS.pageMs) break;
    const img = images[imageIndex]!;
    try {
      let payload: string | null;
      if (img.src.startsWith('matrix:')) payload = decodeMatrixSrc(img.src);
      else {
        const px = await loadPixels(img.src);
        payload = px ? decodeQrRgba(px.data, px.width, px.height) : null;
      }
      if (payload) out.push({ imageIndex, payload });
    } catch {
      // A broken or hostile image is skipped; the other images and the verdict go on.
    }
  }
  return [...out, ...qrFromImageUrls(snapshot.images)];
}

/** The browser path: fetch(data:) → Blob → ImageBitmap → OffscreenCanvas → ImageData (service worker and Firefox). */
export async function canvasPixels(dataUrl: string): Promise<Pixels | null> {
  const blob = await (await fetch(dataUrl)).blob();
  // Every format is sized from its header before createImageBitmap decodes it; an unreadable header is skipped.
  if (refuseBySize(new Uint8Array(await blob.slice(0, 64 * 1024).arrayBuffer()))) return null;
  const bitmap = await createImageBitmap(blob);
  try {
    const { width, height } = bitmap;
    if (width > QR_LIMITS.maxSide || height > QR_LIMITS.maxSide || width === 0 || height === 0) return null;
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d', { willReadFrequently: true });
    if (!g) return null;
    g.drawImage(bitmap, 0, 0);
    return { data: g.getImageData(0, 0, width, height).data, width, height };
  } finally {
    bitmap.close();
  }
}
