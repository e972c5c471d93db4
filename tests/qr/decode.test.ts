import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import { decodeQrRgba, pngDeclaredSize, pngTooLarge, QR_LIMITS } from '../../lib/qr/decode';

async function rgbaOf(payload: string, scale = 4) {
  const png = PNG.sync.read(await QRCode.toBuffer(payload, { margin: 2, scale }));
  return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
}

describe('decodeQrRgba', () => {
  it('reads a generated code', async () => {
    const { data, width, height } = await rgbaOf('wxp://f2f0KaDunTestDecode01');
    expect(decodeQrRgba(data, width, height)).toBe('wxp://f2f0KaDunTestDecode01');
  });

  it('returns null for an image without a code, bad sizes and short buffers', () => {
    const blank = new Uint8ClampedArray(100 * 100 * 4).fill(255);
    expect(decodeQrRgba(blank, 100, 100)).toBeNull();
    expect(decodeQrRgba(blank, 0, 100)).toBeNull();
    expect(decodeQrRgba(blank, 100.5, 100)).toBeNull();
    expect(decodeQrRgba(blank, 200, 200)).toBeNull();
  });

  it('refuses images larger than the cap without looking at them', () => {
    const side = QR_LIMITS.maxSide + 1;
    // A short buffer proves the pixels are never read.
    expect(decodeQrRgba(new Uint8ClampedArray(4), side, 10)).toBeNull();
  });
});

describe('PNG header checks', () => {
  it('reads the declared size and flags oversized images', async () => {
    const buf = await QRCode.toBuffer('KaDunTest', { margin: 2, scale: 4 });
    const size = pngDeclaredSize(buf)!;
    expect(size.width).toBeGreaterThan(50);
    expect(pngTooLarge(buf)).toBe(false);
    const big = Buffer.from(buf);
    big.writeUInt32BE(5000, 16);
    expect(pngTooLarge(big)).toBe(true);
    expect(pngDeclaredSize(Buffer.from('GIF89a0000000000000000000'))).toBeNull();
  });
});
