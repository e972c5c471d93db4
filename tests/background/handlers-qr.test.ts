// The decoded QR payloads reach the pipeline: what decodeQr returns decides the payment signals of the verdict.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import type { Verdict } from '../../lib/core/types';
import { createHandlers } from '../../entrypoints/background/handlers';
import { openAppDb } from '../../lib/db/app-db';
import { extractHtml } from '../helpers/fixtures';
import { memoryTabs } from './memory-tabs';

async function verdictWith(qr: { imageIndex: number; payload: string }[]): Promise<Verdict> {
  const { store, tabs } = memoryTabs();
  const handlers = createHandlers({
    db: openAppDb(`kadun-bg-qr-${Date.now()}-${Math.random()}`), now: () => 1, locale: () => 'zh-CN', settings: async () => DEFAULT_SETTINGS,
    tabs: store, showLight: async () => {},
    requestSnapshot: async () => true, decodeQr: async () => qr,
  });
  const url = 'https://ka.example/pay';
  const { snapshot } = extractHtml('<h1>订单支付</h1><p>商品：Q币 100个 卡密</p><p>应付金额 ¥10.00</p><div><img src="data:image/png;base64,AAAA" alt="收款码"></div><button>立即支付</button>', url);
  await handlers['page/snapshot']({ snapshot, trigger: 'auto' }, { kind: 'content', tabId: 3, url });
  return tabs.get(3)!;
}

describe('background handlers and QR decoding', () => {
  it('a decoded personal code makes the verdict red; no decoded code, no such signal', async () => {
    const withCode = await verdictWith([{ imageIndex: 0, payload: 'wxp://f2f0KaDunTestHandler' }]);
    expect(withCode.signals.map((s) => s.id)).toContain('payment-personal-qr');
    expect(withCode.light).toBe('red');
    const without = await verdictWith([]);
    expect(without.signals.map((s) => s.id)).not.toContain('payment-personal-qr');
  });
});
