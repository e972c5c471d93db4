// The decoded QR payloads reach the pipeline: what decodeQr returns decides the payment signals of the verdict.
import { describe, expect, it, vi } from 'vitest';
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

describe('QR decoding off the critical path', () => {
  const url = 'https://ka.example/pay';
  const page = '<h1>订单支付</h1><p>商品：Q币 100个 卡密</p><p>应付金额 ¥10.00</p><div><img src="data:image/png;base64,AAAA" alt="收款码"></div><button>立即支付</button>';

  function setup(decodeMs: number) {
    const { store, tabs } = memoryTabs();
    const lights: string[] = [];
    const pushed: Array<string | null> = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const handlers = createHandlers({
      db: openAppDb(`kadun-bg-qr-late-${Date.now()}-${Math.random()}`), now: () => 1, locale: () => 'zh-CN', settings: async () => DEFAULT_SETTINGS,
      tabs: store, showLight: async (_t, light) => void lights.push(light), requestSnapshot: async () => true,
      // A decode that ends when the test says so (or after decodeMs): slower than the grace, or within it.
      decodeQr: async (s) => {
        await Promise.race([gate, new Promise((r) => setTimeout(r, decodeMs))]);
        return s.images.length ? [{ imageIndex: 0, payload: 'wxp://f2f0KaDunTestLate' }] : [];
      },
      qrGraceMs: 20,
      pushBanner: async (_t, banner) => void pushed.push(banner?.tone ?? null),
    });
    return { handlers, tabs, lights, pushed, release };
  }

  it('a slow decode: the verdict is published without it, then refined to red (toolbar and banner follow)', async () => {
    const { handlers, tabs, lights, pushed, release } = setup(60_000);
    const { snapshot } = extractHtml(page, url);
    const reply = await handlers['page/snapshot']({ snapshot, trigger: 'auto', doc: { id: 'd1', seq: 1 } }, { kind: 'content', tabId: 5, url });
    expect(tabs.get(5)!.signals.map((s) => s.id)).not.toContain('payment-personal-qr');
    expect(reply.light).toBe(tabs.get(5)!.light);
    release();
    await vi.waitFor(() => expect(tabs.get(5)!.signals.map((s) => s.id)).toContain('payment-personal-qr'));
    expect(tabs.get(5)!.light).toBe('red');
    await vi.waitFor(() => expect(pushed).toEqual(['red']));
    expect(lights.at(-1)).toBe('red');
  });

  it('a decode within the grace is part of the first verdict, and nothing is pushed later', async () => {
    const { handlers, tabs, pushed } = setup(0);
    const { snapshot } = extractHtml(page, url);
    const reply = await handlers['page/snapshot']({ snapshot, trigger: 'auto', doc: { id: 'd2', seq: 1 } }, { kind: 'content', tabId: 6, url });
    expect(reply.light).toBe('red');
    expect(tabs.get(6)!.signals.map((s) => s.id)).toContain('payment-personal-qr');
    await new Promise((r) => setTimeout(r, 50));
    expect(pushed).toEqual([]);
  });

  it('a late decode never lands on a newer snapshot of the page', async () => {
    const { handlers, tabs, pushed, release } = setup(60_000);
    const { snapshot } = extractHtml(page, url);
    await handlers['page/snapshot']({ snapshot, trigger: 'auto', doc: { id: 'd3', seq: 1 } }, { kind: 'content', tabId: 7, url });
    // The page changed: a newer snapshot without the image claims the tab before the old decode ends.
    const { snapshot: plain } = extractHtml('<h1>订单支付</h1><p>应付金额 ¥10.00</p><button>立即支付</button>', url);
    await handlers['page/snapshot']({ snapshot: plain, trigger: 'auto', doc: { id: 'd3', seq: 2 } }, { kind: 'content', tabId: 7, url });
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(tabs.get(7)!.signals.map((s) => s.id)).not.toContain('payment-personal-qr');
    expect(pushed).toEqual([]);
  });
});
