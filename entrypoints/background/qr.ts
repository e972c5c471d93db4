// QR decoding in the service worker: inline (data:) images of a snapshot → pixels through createImageBitmap and
// OffscreenCanvas → jsQR (lib/qr/decode.ts). Bounded: at most QR_LIMITS.images images, each under the snapshot's
// data-URL cap and QR_LIMITS.maxSide pixels a side; a failing image is skipped. URL-carried payloads are added.
// Table-drawn codes arrive as `matrix:` grids (lib/extract/table-qr.ts) and need no canvas (lib/qr/matrix.ts).
import { SNAPSHOT_LIMITS } from '../../lib/core/limits';
import type { DecodedQr } from '../../lib/detectors/page/context';
import { decodeQrRgba, pngTooLarge, QR_LIMITS } from '../../lib/qr/decode';
import { decodeMatrixSrc } from '../../lib/qr/matrix';
import { qrFromImageUrls } from '../../lib/qr/payload-from-url';

export type Pixels = { data: Uint8ClampedArray; width: number; height: number };
/** data: URL → RGBA pixels, or null when the image is too large. Throws on anything unreadable. */
export type LoadPixels = (dataUrl: string) => Promise<Pixels | null>;

export async function decodeSnapshotQr(snapshot: { images: ReadonlyArray<{ src: string }> }, loadPixels: LoadPixels = canvasPixels): Promise<DecodedQr[]> {
  const out: DecodedQr[] = [];
  const candidates = snapshot.images
    .map((img, imageIndex) => ({ img, imageIndex }))
    .filter(({ img }) => (img.src.startsWith('data:image/') || img.src.startsWith('matrix:')) && img.src.length <= SNAPSHOT_LIMITS.imageDataUrlChars)
    .slice(0, QR_LIMITS.images);
  for (const { img, imageIndex } of candidates) {
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
  if (pngTooLarge(new Uint8Array(await blob.slice(0, 24).arrayBuffer()))) return null; // checked before decoding
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
