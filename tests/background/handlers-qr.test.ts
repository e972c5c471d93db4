// The decoded QR payloads reach the pipeline: handlers → analyze({ qr }).
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../entrypoints/background/handlers';
import { openAppDb } from '../../lib/db/app-db';
import * as pipeline from '../../lib/pipeline/analyze';
import { extractHtml } from '../helpers/fixtures';

vi.mock('../../lib/pipeline/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof pipeline>();
  return { ...real, analyze: vi.fn(real.analyze) };
});

describe('background handlers and QR decoding', () => {
  it('passes what decodeQr returns to analyze', async () => {
    const qr = [{ imageIndex: 0, payload: 'wxp://f2f0KaDunTestHandler' }];
    const handlers = createHandlers({
      db: openAppDb(`kadun-bg-qr-${Date.now()}`), now: () => 1, locale: () => 'zh-CN', saveTabVerdict: async () => {},
      loadTabVerdict: async () => null, showLight: async () => {}, requestSnapshot: async () => true, decodeQr: async () => qr,
    });
    const url = 'https://ka.example/pay';
    const { snapshot } = extractHtml('<p>应付金额 ¥10.00</p><div><img src="data:image/png;base64,AAAA" alt="收款码"></div>', url);
    await handlers['page/snapshot']({ snapshot }, { kind: 'content', tabId: 3, url });
    expect(vi.mocked(pipeline.analyze)).toHaveBeenCalledWith(expect.objectContaining({ qr }));
  });
});
