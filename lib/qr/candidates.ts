// Which of a page's images are worth decoding, and how large an image says it is before anything decodes it.
// Decoding is capped (QR_LIMITS.images a page), so the choice is by likelihood, not document order: six 1×1 decoys
// before the real code once removed `payment-personal-qr`. Pure: the background and the CLI share it.
import { QR_LIMITS } from './decode';

type Img = { src: string; width: number; height: number; blockId?: number };
type Block = { id: number; text: string };

/** Words a payment code stands next to (收款码, 扫码支付, 二维码…). */
const PAY_WORDS = /收款|付款|扫码|扫一扫|二维码|支付|转账|微信|支付宝|QQ钱包|qr ?code|pay/i;

/** Indexes of decodable images (data: or matrix:), likeliest payment code first, at most QR_LIMITS.images. */
export function qrCandidates(images: readonly Img[], blocks: readonly Block[] = [], max: number = QR_LIMITS.images): number[] {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const near = (id: number | undefined) => id !== undefined && [id - 1, id, id + 1].some((k) => PAY_WORDS.test((text.get(k) ?? '').slice(0, 400)));
  return images
    .map((img, i) => ({ i, img }))
    .filter(({ img }) => img.src.startsWith('data:image/') || img.src.startsWith('matrix:'))
    .map(({ i, img }) => ({ i, score: sizeScore(img.width, img.height) + (near(img.blockId) ? 3 : 0) + (img.src.startsWith('matrix:') ? 2 : 0) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map((c) => c.i);
}

/** Square and QR-sized scores high; tiny or strip-shaped images (tracking pixels, spacers, banners) low. */
function sizeScore(w: number, h: number): number {
  if (!w || !h) return 2; // not declared: unknown, neither a decoy nor a code
  const side = Math.min(w, h);
  const square = Math.max(w, h) / side <= 1.25;
  return (side >= 64 ? 3 : side >= 21 ? 1 : -3) + (square ? 2 : -1);
}

/** Width and height from an image's header (PNG, JPEG, GIF, WebP), or null for any other format or a short header. */
export function imageDeclaredSize(b: Uint8Array): { width: number; height: number } | null {
  const u16be = (o: number) => (b[o]! << 8) | b[o + 1]!;
  const u16le = (o: number) => b[o]! | (b[o + 1]! << 8);
  const u32be = (o: number) => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
  const ascii = (o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
  if (b.length >= 24 && b[0] === 0x89 && ascii(1, 3) === 'PNG') return { width: u32be(16), height: u32be(20) };
  if (b.length >= 10 && ascii(0, 4) === 'GIF8') return { width: u16le(6), height: u16le(8) };
  if (b.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const kind = ascii(12, 4);
    if (kind === 'VP8 ') return { width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff };
    if (kind === 'VP8L') {
      const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    if (kind === 'VP8X') return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
    return null;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    // JPEG: walk the segments to a start-of-frame marker (EXIF may come first), within the bytes given.
    for (let o = 2; o + 9 < b.length;) {
      if (b[o] !== 0xff) return null;
      const marker = b[o + 1]!;
      if (marker === 0xff) { o++; continue; }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: u16be(o + 7), height: u16be(o + 5) };
      o += 2 + u16be(o + 2);
    }
  }
  return null;
}

/** True when the header says the image is too large to decode, or says nothing we can read (then it is skipped). */
export function refuseBySize(head: Uint8Array): boolean {
  const size = imageDeclaredSize(head);
  return size === null || size.width === 0 || size.height === 0 || size.width > QR_LIMITS.maxSide || size.height > QR_LIMITS.maxSide;
}
