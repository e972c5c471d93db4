// @vitest-environment happy-dom
// The shop script's second look at what was still loading when it first read the page (late-look.ts): which parts
// are followed, when the page is checked again (a payment code or a pay frame arrived) and when not (a product photo,
// a 404, a cross-origin frame, a page already loaded), and that a newer snapshot replaces the follow-up. Images and
// frames are stubs: happy-dom loads neither.
import { describe, expect, it } from 'vitest';
import { createLateLook, LATE_LIMITS, lateWorthALook, pendingParts } from '../../entrypoints/shop/late-look';

const ORIGIN = 'https://shop.example';
type Img = {
  localName: 'img'; src: string; currentSrc: string; complete: boolean; naturalWidth: number; naturalHeight: number; alt: string;
  getAttribute(n: string): string | null; addEventListener(type: string, fn: () => void, o?: { signal?: AbortSignal }): void;
  fire(type: string): void; listening(): number;
};
const img = (src: string, opts: Partial<Img> = {}): Img => {
  const o = { localName: 'img' as const, src, currentSrc: '', complete: false, naturalWidth: 0, naturalHeight: 0, alt: '', ...opts };
  const listeners: Array<[string, () => void]> = [];
  return {
    ...o, getAttribute: (n: string) => (n === 'alt' ? o.alt : n === 'src' ? o.src : null),
    addEventListener: (type, fn, o) => {
      listeners.push([type, fn]);
      o?.signal?.addEventListener('abort', () => listeners.splice(listeners.findIndex(([t, f]) => t === type && f === fn), 1));
    },
    fire: (type) => listeners.filter(([t]) => t === type).forEach(([, fn]) => fn()),
    listening: () => listeners.length,
  };
};
type Frame = { contentDocument: { readyState: string; URL: string; body: HTMLElement | null } | null };
const frame = (inner: Frame['contentDocument']): Frame => ({ contentDocument: inner });
const doc = (images: Img[], frames: Frame[] = [], readyState = 'interactive') =>
  ({ readyState, images, getElementsByTagName: (t: string) => (t === 'iframe' ? frames : []) }) as unknown as Document & { readyState: string };
const body = (html: string) => {
  const b = document.createElement('body');
  b.innerHTML = html;
  return b;
};
/** `later` that queues timers; `run()` fires them in order (and the ones they queue, up to `max`); `delays` what each asked for. */
function timers() {
  const q: Array<() => void> = [];
  const delays: number[] = [];
  return {
    later: (fn: () => void, ms: number) => void (q.push(fn), delays.push(ms)),
    run: (max = 200) => { for (let i = 0; q.length && i < max; i++) q.shift()!(); },
    get size() { return q.length; },
    delays,
  };
}

describe('pendingParts', () => {
  it('follows same-origin images and frames still loading, bounded', () => {
    const loading = img(`${ORIGIN}/pay/qr.png`);
    const parts = pendingParts(doc([
      loading,
      img(`${ORIGIN}/done.png`, { complete: true, naturalWidth: 200, naturalHeight: 200 }),
      img('https://cdn.example/other.png'),
      img('data:image/png;base64,AAAA'),
      ...Array.from({ length: 40 }, (_, i) => img(`${ORIGIN}/p/${i}.jpg`)),
    ], [
      frame({ readyState: 'loading', URL: 'about:blank', body: null }),
      frame(null), // cross-origin
      frame({ readyState: 'complete', URL: `${ORIGIN}/layer`, body: body('<p>x</p>') }),
    ]), ORIGIN, { images: [{ src: `${ORIGIN}/pay/qr.png`, kind: 'img', alt: '', width: 0, height: 0 }] });
    expect(parts.images[0]).toBe(loading);
    expect(parts.images).toHaveLength(LATE_LIMITS.images);
    expect(parts.images.every((i) => i.src.startsWith(ORIGIN))).toBe(true);
    expect(parts.frames).toHaveLength(1);
  });

  it('follows nothing once the page has loaded', () => {
    const parts = pendingParts(doc([img(`${ORIGIN}/pay/qr.png`)], [frame({ readyState: 'loading', URL: 'about:blank', body: null })], 'complete'), ORIGIN, { images: [] });
    expect(parts).toEqual({ images: [], frames: [] });
  });

  it('does not look at the page\'s images when the snapshot holds no same-origin one (only frames then)', () => {
    const d = doc([], [frame({ readyState: 'loading', URL: 'about:blank', body: null })]);
    Object.defineProperty(d, 'images', { get: () => { throw new Error('document.images read'); } });
    const parts = pendingParts(d, ORIGIN, { images: [{ src: 'data:image/png;base64,AAAA', kind: 'img', alt: '', width: 1, height: 1 }, { src: 'https://cdn.example/a.png', kind: 'img', alt: '', width: 0, height: 0 }] });
    expect(parts.images).toEqual([]);
    expect(parts.frames).toHaveLength(1);
  });
});

describe('lateWorthALook', () => {
  it('is true for an arrived payment code (a code-shaped image, or pay words) and a frame showing a pay step', () => {
    expect(lateWorthALook({ images: [img(`${ORIGIN}/a.png`, { complete: true, naturalWidth: 300, naturalHeight: 300 }) as unknown as HTMLImageElement], frames: [] })).toBe(true);
    expect(lateWorthALook({ images: [img(`${ORIGIN}/wxpay.png`, { complete: true, naturalWidth: 600, naturalHeight: 900, currentSrc: `${ORIGIN}/wxpay.png` }) as unknown as HTMLImageElement], frames: [] })).toBe(true);
    const payFrame = frame({ readyState: 'complete', URL: `${ORIGIN}/order/pay`, body: body('<p>请使用微信扫码支付</p>') });
    expect(lateWorthALook({ images: [], frames: [payFrame as unknown as HTMLIFrameElement] })).toBe(true);
  });

  it('is false for a product photo, a failed image, a still-loading one and a frame without a pay step', () => {
    const photo = img(`${ORIGIN}/banner.jpg`, { complete: true, naturalWidth: 1200, naturalHeight: 400 });
    const broken = img(`${ORIGIN}/qr.png`, { complete: true, naturalWidth: 0 });
    const loading = img(`${ORIGIN}/qr.png`);
    const news = frame({ readyState: 'complete', URL: `${ORIGIN}/news`, body: body('<p>公告：春节假期发货时间调整</p>') });
    expect(lateWorthALook({ images: [photo, broken, loading] as unknown as HTMLImageElement[], frames: [news as unknown as HTMLIFrameElement] })).toBe(false);
  });
});

describe('createLateLook', () => {
  it('checks the page again once when a followed payment code has arrived', () => {
    const t = timers();
    let again = 0;
    const code = img(`${ORIGIN}/pay/qr.png`);
    const d = doc([code]);
    const look = createLateLook(d, t.later, () => again++);
    look.follow({ images: [code as unknown as HTMLImageElement], frames: [] });
    t.run(3);
    expect(again).toBe(0); // still loading: polled, not looked at
    Object.assign(code, { complete: true, naturalWidth: 240, naturalHeight: 240 });
    t.run();
    expect(again).toBe(1);
    expect(t.size).toBe(0);
  });

  it('does not check again when what arrived does not matter, or when a newer snapshot took over', () => {
    const t = timers();
    let again = 0;
    const photo = img(`${ORIGIN}/banner.jpg`);
    const look = createLateLook(doc([photo]), t.later, () => again++);
    look.follow({ images: [photo as unknown as HTMLImageElement], frames: [] });
    Object.assign(photo, { complete: true, naturalWidth: 1200, naturalHeight: 400 });
    t.run();
    expect(again).toBe(0);

    const code = img(`${ORIGIN}/pay/qr.png`);
    look.follow({ images: [code as unknown as HTMLImageElement], frames: [] });
    look.follow({ images: [], frames: [] }); // the newer snapshot saw the page loaded
    Object.assign(code, { complete: true, naturalWidth: 240, naturalHeight: 240 });
    t.run();
    expect(again).toBe(0);
    look.follow({ images: [code as unknown as HTMLImageElement], frames: [] });
    look.stop();
    t.run();
    expect(again).toBe(0);
  });

  it('polls less and less often while the parts load: every call is one into a possibly huge page', () => {
    const t = timers();
    const code = img(`${ORIGIN}/pay/qr.png`);
    const look = createLateLook(doc([code]), t.later, () => undefined);
    look.follow({ images: [code as unknown as HTMLImageElement], frames: [] });
    t.run(9);
    expect(t.delays).toEqual([300, 300, 300, 600, 1200, 2400, 2400, 2400, 2400, 2400]);
    // Over the whole wait that is about a dozen calls, not fifty.
    let sum = 0;
    expect(t.delays.findIndex((ms) => (sum += ms) >= LATE_LIMITS.waitMs)).toBeLessThan(12);
  });

  it("looks at once when a followed image's own load event says it arrived (the poll stays, for pages that stop it)", () => {
    const t = timers();
    let again = 0;
    const code = img(`${ORIGIN}/pay/qr.png`);
    const look = createLateLook(doc([code]), t.later, () => again++);
    look.follow({ images: [code as unknown as HTMLImageElement], frames: [] });
    t.run(3);
    expect(t.delays.at(-1)).toBe(600);
    Object.assign(code, { complete: true, naturalWidth: 240, naturalHeight: 240 });
    code.fire('load');
    expect(t.delays.at(-1)).toBe(0);
    // The 600 ms timer still queued does nothing; the event's look checks the page again, once.
    t.run();
    expect(again).toBe(1);
    expect(t.size).toBe(0);
    // Done: its listeners are gone from the image; a newer follow-up's replace the older one's.
    expect(code.listening()).toBe(0);
    const late = img(`${ORIGIN}/pay/qr2.png`);
    look.follow({ images: [late as unknown as HTMLImageElement], frames: [] });
    expect(late.listening()).toBe(2);
    look.follow({ images: [], frames: [] });
    expect(late.listening()).toBe(0);
  });

  it('gives up waiting after waitMs and looks at what has arrived by then', () => {
    const t = timers();
    let again = 0;
    const code = img(`${ORIGIN}/pay/qr.png`, { complete: true, naturalWidth: 240, naturalHeight: 240 });
    const stalled = img(`${ORIGIN}/slow.png`); // never completes
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    try {
      const look = createLateLook(doc([code, stalled]), t.later, () => again++);
      look.follow({ images: [code, stalled] as unknown as HTMLImageElement[], frames: [] });
      t.run(5);
      expect(again).toBe(0);
      now += LATE_LIMITS.waitMs + 1;
      t.run();
      expect(again).toBe(1);
    } finally {
      Date.now = realNow;
    }
  });
});
