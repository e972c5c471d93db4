// Pixels → QR payload, pure (no canvas, no DOM): the background feeds it OffscreenCanvas pixels, the CLI and the
// tests PNG pixels (scripts/qr-node.ts). jsQR (https://github.com/cozmo/jsQR) is pure JS and runs in both.
import jsQR from 'jsqr';

/** Caps shared by every caller: how many images of one page are decoded, and how large one may be. */
export const QR_LIMITS = {
  /** Images decoded per page (each decode is tens of milliseconds on a large image). */
  images: 6,
  /** Larger images are refused before decoding: a payment QR on a cashier page is a few hundred pixels. */
  maxSide: 1600,
  /** Anything above this many pixels is downscaled before jsQR (1,600² took jsQR up to 4.7 s; 640² is ~10×less). */
  pixelBudget: 640 * 640,
  /** Decoding stops for the page once this much time is spent (checked between images). */
  pageMs: 1500,
} as const;

/** The text of the first QR code found in an RGBA image, or null (none found, image too large or malformed). */
export function decodeQrRgba(data: Uint8ClampedArray, width: number, height: number): string | null {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return null;
  if (width > QR_LIMITS.maxSide || height > QR_LIMITS.maxSide) return null;
  if (data.length < width * height * 4) return null;
  try {
    const px = downscale(data, width, height, QR_LIMITS.pixelBudget);
    const code = jsQR(px.data, px.width, px.height, { inversionAttempts: 'attemptBoth' });
    const text = code?.data.trim();
    return text ? text : null;
  } catch {
    return null; // jsQR can throw on pathological input; a page's image never sinks the check
  }
}

/** Width and height a PNG declares in its IHDR chunk, read before decoding (a small file can inflate to a huge image). */
export function pngDeclaredSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const u32 = (o: number) => ((bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!) >>> 0;
  return { width: u32(16), height: u32(20) };
}

/** A PNG (by its header) larger than QR_LIMITS.maxSide; false for other formats, which are checked after decoding. */
export function pngTooLarge(bytes: Uint8Array): boolean {
  const size = pngDeclaredSize(bytes);
  return size !== null && (size.width > QR_LIMITS.maxSide || size.height > QR_LIMITS.maxSide);
}

/** Nearest-neighbour downscale by a whole factor so that width × height fits `budget` (QR modules stay sharp). */
export function downscale(data: Uint8ClampedArray, width: number, height: number, budget: number): { data: Uint8ClampedArray; width: number; height: number } {
  if (width * height <= budget) return { data, width, height };
  const f = Math.ceil(Math.sqrt((width * height) / budget));
  const w = Math.floor(width / f);
  const h = Math.floor(height / f);
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const from = ((y * f) * width + x * f) * 4;
      const to = (y * w + x) * 4;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
      out[to + 3] = data[from + 3]!;
    }
  }
  return { data: out, width: w, height: h };
}
