import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { decodeMatrixSrc, matrixToRgba } from '../../lib/qr/matrix';
import { encodeMatrixSrc, isQrSide, parseMatrixSrc } from '../../lib/qr/matrix-src';
import { decodeSnapshotQrNode } from '../../scripts/qr-node';
import { decodeSnapshotQr } from '../../entrypoints/background/qr';

const grid = (text: string, opts: QRCode.QRCodeOptions = {}) => {
  const m = QRCode.create(text, opts).modules;
  return { size: m.size, dark: Uint8Array.from(m.data) };
};

describe('matrix: grids', () => {
  it('round-trips a grid through its src', () => {
    const { size, dark } = grid('wxp://f2f0KaDunMatrixRoundTrip');
    const src = encodeMatrixSrc(size, dark);
    expect(src).toMatch(new RegExp(`^matrix:${size}:[0-9a-f]+$`));
    expect(parseMatrixSrc(src)).toEqual({ size, dark });
  });

  it('refuses malformed sources', () => {
    for (const bad of ['matrix:22:00', 'matrix:21:zz', 'matrix:21:00', 'matrix:181:' + '0'.repeat(8191), 'data:image/png;base64,AAAA', 'matrix:21']) {
      expect(parseMatrixSrc(bad)).toBeNull();
      expect(decodeMatrixSrc(bad)).toBeNull();
    }
    expect([21, 25, 177].every(isQrSide)).toBe(true);
    expect([17, 22, 181].some(isQrSide)).toBe(false);
  });

  it('draws a quiet zone and decodes small and large versions', () => {
    for (const [text, version] of [['wxp://f2f0KaDunMatrixSmall', undefined], ['https://qr.alipay.com/fkx1KaDunMatrixLarge' + 'x'.repeat(900), 40]] as const) {
      const { size, dark } = grid(text, version ? { version, errorCorrectionLevel: 'L' } : {});
      if (version) expect(size).toBe(177);
      const px = matrixToRgba(size, dark);
      expect(px.width).toBe((size + 8) * 4);
      expect(px.data[0]).toBe(255); // the corner is the quiet zone
      expect(decodeMatrixSrc(encodeMatrixSrc(size, dark))).toBe(text);
    }
  });

  it('is decoded by both decoders, the CLI and the service worker', async () => {
    const { size, dark } = grid('wxp://f2f0KaDunMatrixBoth');
    const images = [{ src: 'https://shop.example/logo.png' }, { src: encodeMatrixSrc(size, dark) }];
    expect(decodeSnapshotQrNode({ images })).toEqual([{ imageIndex: 1, payload: 'wxp://f2f0KaDunMatrixBoth' }]);
    const noPixels = async () => {
      throw new Error('a matrix needs no canvas');
    };
    expect(await decodeSnapshotQr({ images }, noPixels)).toEqual([{ imageIndex: 1, payload: 'wxp://f2f0KaDunMatrixBoth' }]);
  });
});
