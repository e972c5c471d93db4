// Canvases that look like QR codes become PNG data URL images of kind 'canvas': which ones, how many, where in the
// list, and what happens with a tainted canvas. The DOM is a stub (happy-dom has no canvas pixels).
import { describe, expect, it } from 'vitest';
import { captureCanvasQrs } from '../../entrypoints/shop/capture-images';
import { SNAPSHOT_LIMITS } from '../../lib/core/limits';
import type { PageSnapshot } from '../../lib/core/types';

type FakeCanvas = { width: number; height: number; visible?: boolean; taint?: boolean; url?: string };
function fakeDoc(canvases: FakeCanvas[]) {
  const els = canvases.map((c, i) => ({
    width: c.width,
    height: c.height,
    checkVisibility: () => c.visible !== false,
    getAttribute: () => null,
    toDataURL: () => {
      if (c.taint) throw new DOMException('tainted', 'SecurityError');
      return c.url ?? `data:image/png;base64,canvas${i}`;
    },
  }));
  return { getElementsByTagName: () => els } as unknown as Document;
}
const snap = (images: PageSnapshot['images'] = []): PageSnapshot => ({
  url: 'https://shop.example/', title: '', lang: '', shopHint: true, blocks: [], links: [], forms: [], scripts: { srcs: [], inline: [] }, meta: {}, images, truncated: false,
});

describe('captureCanvasQrs', () => {
  it('captures square-ish shown canvases of 64–1200 px, first in the list, and skips tainted ones', () => {
    const doc = fakeDoc([
      { width: 256, height: 256 },
      { width: 300, height: 40 },
      { width: 32, height: 32 },
      { width: 2000, height: 2000 },
      { width: 200, height: 200, visible: false },
      { width: 180, height: 200, taint: true },
      { width: 180, height: 200 },
    ]);
    const before = snap([{ src: 'https://shop.example/logo.png', kind: 'img', alt: '', width: 10, height: 10 }]);
    const out = captureCanvasQrs(doc, before, () => 3);
    expect(out.images.map((i) => [i.kind, i.src, i.blockId])).toEqual([
      ['canvas', 'data:image/png;base64,canvas0', 3],
      ['canvas', 'data:image/png;base64,canvas6', 3],
      ['img', 'https://shop.example/logo.png', undefined],
    ]);
  });

  it('is bounded: four canvases, the image cap, the data URL cap', () => {
    expect(captureCanvasQrs(fakeDoc(Array.from({ length: 10 }, () => ({ width: 100, height: 100 }))), snap(), () => undefined).images).toHaveLength(4);
    const full = snap(Array.from({ length: SNAPSHOT_LIMITS.images }, () => ({ src: 'data:image/png;base64,x', kind: 'img' as const, alt: '', width: 1, height: 1 })));
    expect(captureCanvasQrs(fakeDoc([{ width: 100, height: 100 }]), full, () => undefined)).toBe(full);
    const huge = 'data:image/png;base64,' + 'A'.repeat(SNAPSHOT_LIMITS.imageDataUrlChars);
    expect(captureCanvasQrs(fakeDoc([{ width: 100, height: 100, url: huge }]), snap(), () => undefined).images).toHaveLength(0);
  });
});
