// The Node QR path shared by the CLI and the test helper: inline PNGs decoded for real, bounded, plus URL payloads.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { decodePngDataUrl, decodeSnapshotQrNode } from '../../scripts/qr-node';
import { QR_LIMITS } from '../../lib/qr/decode';
import { extractHtml, PAGE_FIXTURES } from '../helpers/fixtures';

const png = (payload: string) => QRCode.toDataURL(payload, { margin: 2, scale: 4 });

describe('decodeSnapshotQrNode', () => {
  it('decodes a fixture page\'s inline QR image', () => {
    const html = readFileSync(join(PAGE_FIXTURES, 'payment-personal-qr', 'match-dujiaoka-vpay-wechat.html'), 'utf8');
    const { snapshot } = extractHtml(html);
    expect(decodeSnapshotQrNode(snapshot)).toEqual([{ imageIndex: 0, payload: 'wxp://f2f0KaDunTest7Hq2mZ9vXcR4bN8sLpW1yEoTjU6aGdK3' }]);
  });

  it(`decodes at most ${QR_LIMITS.images} inline PNGs and still reads URL payloads`, async () => {
    const images = await Promise.all(Array.from({ length: 8 }, async (_, i) => ({ src: await png(`wxp://f2f0KaDunTestNode${i}`) })));
    images.push({ src: 'https://vpay.example/enQrcode?url=wxp%3A%2F%2Ff2f1KaDunTestUrl' });
    const out = decodeSnapshotQrNode({ images });
    expect(out.map((q) => q.imageIndex)).toEqual([0, 1, 2, 3, 4, 5, 8]);
    expect(out.at(-1)!.payload).toBe('wxp://f2f1KaDunTestUrl');
  });

  it('skips other formats, broken data and PNGs that declare more than the cap', async () => {
    expect(decodePngDataUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(decodeSnapshotQrNode({ images: [{ src: 'data:image/jpeg;base64,/9j/4AAQ' }] })).toEqual([]);
    const buf = await QRCode.toBuffer('wxp://f2f0KaDunTestBig', { margin: 2, scale: 4 });
    expect(decodePngDataUrl(`data:image/png;base64,${buf.toString('base64')}`)).toBe('wxp://f2f0KaDunTestBig');
    buf.writeUInt32BE(QR_LIMITS.maxSide + 1, 16);
    expect(decodePngDataUrl(`data:image/png;base64,${buf.toString('base64')}`)).toBeNull();
  });
});
