// QR decoding budgets (issue 10): a pixel budget (downscale before jsQR), a count cap chosen by likelihood, a time cap.
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeQrRgba, downscale, QR_LIMITS } from '../../lib/qr/decode';
import { decodeSnapshotQr } from '../../entrypoints/background/qr';
import { refuseBySize } from '../../lib/qr/candidates';
import { decodeSnapshotQrNode } from '../../scripts/qr-node';

async function pngOf(payload: string, scale: number) {
  return QRCode.toBuffer(payload, { margin: 2, scale });
}

describe('QR budgets', () => {
  it('downscales a large image to the pixel budget and still reads it', async () => {
    const png = PNG.sync.read(await pngOf('wxp://f2f0KaDunBudget01', 50)); // ~1,450 px a side
    expect(png.width * png.height).toBeGreaterThan(QR_LIMITS.pixelBudget);
    const small = downscale(new Uint8ClampedArray(png.data), png.width, png.height, QR_LIMITS.pixelBudget);
    expect(small.width * small.height).toBeLessThanOrEqual(QR_LIMITS.pixelBudget);
    expect(decodeQrRgba(new Uint8ClampedArray(png.data), png.width, png.height)).toBe('wxp://f2f0KaDunBudget01');
  });

  it('stops decoding once the page time cap is spent', async () => {
    const src = `data:image/png;base64,${(await pngOf('wxp://f2f0KaDunBudget02', 4)).toString('base64')}`;
    const images = Array.from({ length: 4 }, () => ({ src, width: 120, height: 120 }));
    let now = 0;
    // Every clock read after the start is past the cap: nothing more is decoded.
    const clock = () => (now === 0 ? (now = 1, 0) : QR_LIMITS.pageMs + 1);
    expect(decodeSnapshotQrNode({ images }, clock)).toHaveLength(0);
    expect(decodeSnapshotQrNode({ images })).toHaveLength(QR_LIMITS.images > 4 ? 4 : QR_LIMITS.images);
  });

  it('the background loads the likeliest code first, not the first six images in document order', async () => {
    const decoy = 'data:image/png;base64,AAAA';
    const real = 'data:image/png;base64,BBBB';
    const images = [...Array.from({ length: 6 }, () => ({ src: decoy, width: 1, height: 1 })), { src: real, width: 240, height: 240, blockId: 0 }];
    const loaded: string[] = [];
    await decodeSnapshotQr({ images, blocks: [{ id: 0, text: '请使用微信扫码付款' }] }, async (src) => (loaded.push(src), null));
    expect(loaded[0]).toBe(real);
    expect(loaded).toHaveLength(QR_LIMITS.images);
  });

  it('refuses an image by its header before decoding: too large in any format, or a format it cannot size', () => {
    const webp = Buffer.alloc(30);
    webp.write('RIFFxxxxWEBPVP8X', 0, 'latin1');
    webp.writeUIntLE(7999, 24, 3);
    webp.writeUIntLE(7999, 27, 3);
    expect(refuseBySize(webp)).toBe(true);
    expect(refuseBySize(Buffer.from('BM6\0\0\0'))).toBe(true);
    expect(refuseBySize(Buffer.from('GIF89a\xc8\x00\xc8\x00', 'latin1'))).toBe(false);
  });
});
