// Same-origin payment-code images become data URLs in the content script: which ones, how many, and what happens
// with a tainted canvas. The DOM is a stub (happy-dom has no canvas pixels).
import { describe, expect, it } from 'vitest';
import { captureQrImages } from '../../entrypoints/shop/capture-images';
import type { PageImage, PageSnapshot } from '../../lib/core/types';

type FakeImg = { src: string; currentSrc: string; complete: boolean; naturalWidth: number; naturalHeight: number };
const img = (src: string, w = 200, h = 200, complete = true): FakeImg => ({ src, currentSrc: src, complete, naturalWidth: w, naturalHeight: h });

function fakeDoc(images: FakeImg[], opts: { taint?: (el: FakeImg) => boolean } = {}) {
  let last: FakeImg | null = null;
  return {
    images,
    createElement: () => ({
      width: 0,
      height: 0,
      getContext: () => ({ drawImage: (el: FakeImg) => void (last = el) }),
      toDataURL: () => {
        if (last && opts.taint?.(last)) throw new DOMException('tainted', 'SecurityError');
        return `data:image/png;base64,${Buffer.from(last?.src ?? '').toString('base64')}`;
      },
    }),
  } as unknown as Document;
}

function snapshotWith(images: Array<Partial<PageImage> & { src: string }>, blocks: PageSnapshot['blocks'] = []): PageSnapshot {
  return {
    url: 'https://ka.example/pay', title: '', lang: '', shopHint: true, blocks, links: [], forms: [],
    scripts: { srcs: [], inline: [] }, meta: {}, truncated: false,
    images: images.map((i) => ({ kind: 'img', alt: '', width: 0, height: 0, ...i })),
  };
}

const ORIGIN = 'https://ka.example';

describe('captureQrImages', () => {
  it('turns a same-origin, loaded, payment-looking image into a PNG data URL', () => {
    const src = `${ORIGIN}/upload/skm.jpg`;
    const out = captureQrImages(fakeDoc([img(src, 300, 300)]), snapshotWith([{ src, alt: '收款码' }]), ORIGIN);
    expect(out.images[0]!.src).toMatch(/^data:image\/png;base64,/);
    expect(out.images[0]).toMatchObject({ width: 300, height: 300, alt: '收款码' });
  });

  it('uses the words around a non-square image, and skips one with neither shape nor words', () => {
    const a = `${ORIGIN}/a.png`;
    const b = `${ORIGIN}/banner.png`;
    const blocks = [{ id: 0, tag: 'p', text: '请扫码付款' }];
    const out = captureQrImages(fakeDoc([img(a, 400, 200), img(b, 800, 200)]), snapshotWith([{ src: a, blockId: 0 }, { src: b }], blocks), ORIGIN);
    expect(out.images[0]!.src).toMatch(/^data:/);
    expect(out.images[1]!.src).toBe(b);
  });

  it('leaves cross-origin, unloaded, oversized and already-inline images alone', () => {
    const cross = 'https://cdn.other.example/qr.png';
    const loading = `${ORIGIN}/qr-loading.png`;
    const huge = `${ORIGIN}/qr-huge.png`;
    const inline = 'data:image/png;base64,AAAA';
    const doc = fakeDoc([img(cross), img(loading, 200, 200, false), img(huge, 1500, 1500)]);
    const snap = snapshotWith([{ src: cross }, { src: loading }, { src: huge }, { src: inline }]);
    expect(captureQrImages(doc, snap, ORIGIN)).toBe(snap);
  });

  it('skips a tainted canvas and captures at most 4 images', () => {
    const srcs = Array.from({ length: 6 }, (_, i) => `${ORIGIN}/qr${i}.png`);
    const doc = fakeDoc(srcs.map((s) => img(s)), { taint: (el) => el.src.endsWith('qr0.png') });
    const out = captureQrImages(doc, snapshotWith(srcs.map((src) => ({ src }))), ORIGIN);
    expect(out.images.map((i) => i.src.startsWith('data:'))).toEqual([false, true, true, true, true, false]);
  });

  it('draws a code with pay words before square photos, within 2 M pixels in all', () => {
    const photos = Array.from({ length: 4 }, (_, i) => `${ORIGIN}/goods${i}.jpg`);
    const code = `${ORIGIN}/upload/skm.jpg`;
    const doc = fakeDoc([...photos.map((s) => img(s, 1000, 1000)), img(code, 300, 300)]);
    const out = captureQrImages(doc, snapshotWith([...photos.map((src) => ({ src })), { src: code, alt: '收款码' }]), ORIGIN);
    // The code (0.09 M) and one 1000² photo (1 M) fit; a second photo would pass 2 M.
    expect(out.images.map((i) => i.src.startsWith('data:'))).toEqual([true, false, false, false, true]);
  });
});

