// The background's QR step: bounded, failure-tolerant, and the same answers as the Node path (scripts/qr-node.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import { canvasPixels, decodeSnapshotQr, type LoadPixels } from '../../entrypoints/background/qr';
import { QR_LIMITS } from '../../lib/qr/decode';

const pngPixels: LoadPixels = async (src) => {
  const png = PNG.sync.read(Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'));
  return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
};
const qrImage = async (payload: string) => ({ src: await QRCode.toDataURL(payload, { margin: 2, scale: 4 }) });

afterEach(() => vi.unstubAllGlobals());

describe('decodeSnapshotQr', () => {
  it('decodes inline images and adds payloads carried in image URLs', async () => {
    const images = [
      await qrImage('wxp://f2f0KaDunTestBg01'),
      { src: 'https://shop.example/logo.png' },
      { src: 'https://vpay.example/enQrcode?url=wxp%3A%2F%2Ff2f1KaDunTestBg02' },
    ];
    expect(await decodeSnapshotQr({ images }, pngPixels)).toEqual([
      { imageIndex: 0, payload: 'wxp://f2f0KaDunTestBg01' },
      { imageIndex: 2, payload: 'wxp://f2f1KaDunTestBg02' },
    ]);
  });

  it(`tries at most ${QR_LIMITS.images} inline images`, async () => {
    const images = await Promise.all(Array.from({ length: 9 }, (_, i) => qrImage(`wxp://f2f0KaDunTestCap${i}`)));
    const load = vi.fn(pngPixels);
    const out = await decodeSnapshotQr({ images }, load);
    expect(load).toHaveBeenCalledTimes(QR_LIMITS.images);
    expect(out.map((q) => q.imageIndex)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('skips an image that fails to load and goes on with the next', async () => {
    const images = [{ src: 'data:image/png;base64,AAAA' }, await qrImage('wxp://f2f0KaDunTestBg03')];
    const load: LoadPixels = async (src) => (src.endsWith('AAAA') ? Promise.reject(new Error('broken')) : pngPixels(src));
    expect(await decodeSnapshotQr({ images }, load)).toEqual([{ imageIndex: 1, payload: 'wxp://f2f0KaDunTestBg03' }]);
  });

  it('skips an image the loader refuses as too large', async () => {
    expect(await decodeSnapshotQr({ images: [await qrImage('wxp://f2f0KaDunTestBg04')] }, async () => null)).toEqual([]);
  });
});

describe('canvasPixels (fetch → createImageBitmap → OffscreenCanvas)', () => {
  /** Minimal stand-ins for the browser APIs, decoding with pngjs underneath. */
  function stubCanvasApis() {
    const closed: unknown[] = [];
    vi.stubGlobal('createImageBitmap', async (blob: Blob) => {
      const png = PNG.sync.read(Buffer.from(await blob.arrayBuffer()));
      const bitmap = { width: png.width, height: png.height, png, close: () => void closed.push(bitmap) };
      return bitmap;
    });
    vi.stubGlobal('OffscreenCanvas', class {
      private bitmap: { png: PNG } | null = null;
      constructor(readonly width: number, readonly height: number) {}
      getContext() {
        return {
          drawImage: (b: { png: PNG }) => void (this.bitmap = b),
          getImageData: () => ({ data: new Uint8ClampedArray(this.bitmap!.png.data) }),
        };
      }
    });
    return closed;
  }

  it('turns a data URL into pixels jsQR reads, and releases the bitmap', async () => {
    const closed = stubCanvasApis();
    const { src } = await qrImage('wxp://f2f0KaDunTestCanvas');
    expect(await decodeSnapshotQr({ images: [{ src }] }, canvasPixels)).toEqual([{ imageIndex: 0, payload: 'wxp://f2f0KaDunTestCanvas' }]);
    expect(closed).toHaveLength(1);
  });

  it('refuses a PNG whose header declares more than the cap, before decoding it', async () => {
    stubCanvasApis();
    const buf = await QRCode.toBuffer('KaDunTest', { margin: 2, scale: 4 });
    buf.writeUInt32BE(QR_LIMITS.maxSide + 1, 16);
    const decoded = vi.fn(globalThis.createImageBitmap);
    vi.stubGlobal('createImageBitmap', decoded);
    expect(await canvasPixels(`data:image/png;base64,${buf.toString('base64')}`)).toBeNull();
    expect(decoded).not.toHaveBeenCalled();
  });
});
