// @vitest-environment happy-dom
// What makes the content script look again (docs/dynamic-pages.md): added QR candidates and payment wording, route
// changes, early growth; and what never does (plain feed articles, anchors), with the throttle and the caps.
import { afterEach, describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { createPageWatch, isRouteChange, WATCH_LIMITS, type Reason } from '../../entrypoints/shop/page-watch';
import { lookAtAdded, qrCandidate } from '../../entrypoints/shop/watch';

const el = (html: string): Element => {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d.firstElementChild!;
};
const qrTable = (text: string) => {
  const m = QRCode.create(text).modules;
  let h = '<table>';
  for (let r = 0; r < m.size; r++) {
    h += '<tr>';
    for (let c = 0; c < m.size; c++) h += `<td style="background-color:${m.get(r, c) ? '#000' : '#fff'}"></td>`;
    h += '</tr>';
  }
  return h + '</table>';
};

describe('lookAtAdded', () => {
  it('reacts to payment dialogs and QR candidates', () => {
    expect(lookAtAdded(el('<div class="layui-layer"><p>请使用微信扫码支付</p></div>')).hint).toBe(true);
    expect(lookAtAdded(el(`<div><img src="data:image/png;base64,${'A'.repeat(600)}"></div>`)).hint).toBe(true);
    expect(lookAtAdded(el('<div><img src="/qr.png" width="200" height="200"></div>')).hint).toBe(true);
    expect(lookAtAdded(el('<div><canvas width="256" height="256"></canvas></div>')).hint).toBe(true);
    expect(lookAtAdded(el(`<div>${qrTable('wxp://f2f0KaDunWatch1')}</div>`)).hint).toBe(true);
  });

  it('does not react to plain articles, placeholders, small canvases, our own banner', () => {
    const article = lookAtAdded(el('<article><h3>新版本更新了三张地图</h3><p>欢迎大家留言讨论。</p></article>'));
    expect(article).toEqual({ hint: false, chars: expect.any(Number) });
    expect(article.chars).toBeGreaterThan(10);
    expect(lookAtAdded(el('<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>')).hint).toBe(false);
    expect(lookAtAdded(el('<div><canvas width="300" height="40"></canvas><canvas width="32" height="32"></canvas></div>')).hint).toBe(false);
    expect(lookAtAdded(el('<kadun-banner-x1>付款</kadun-banner-x1>')).hint).toBe(false);
    expect(qrCandidate(el('<table><tr><td>商品</td><td>价格</td></tr></table>'))).toBe(false);
  });

  it('reads a bounded sample of a large subtree', () => {
    const big = el(`<div>${'<p>普通文字内容</p>'.repeat(5000)}<p>付款</p></div>`);
    const look = lookAtAdded(big);
    expect(look.hint).toBe(false); // the wording is past the sample
    expect(look.chars).toBeLessThanOrEqual(700);
  });
});

describe('isRouteChange', () => {
  it('paths, queries and hash routes change the page; anchors do not', () => {
    expect(isRouteChange('https://a.example/', 'https://a.example/pay/1')).toBe(true);
    expect(isRouteChange('https://a.example/?p=1', 'https://a.example/?p=2')).toBe(true);
    expect(isRouteChange('https://a.example/#/', 'https://a.example/#/pay')).toBe(true);
    expect(isRouteChange('https://a.example/', 'https://a.example/#top')).toBe(false);
    expect(isRouteChange('https://a.example/#a', 'https://a.example/#b')).toBe(false);
  });
});

describe('createPageWatch', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
    history.replaceState(null, '', '/');
  });
  const tick = () => new Promise((r) => setTimeout(r, 0));

  function setup(analysed: boolean) {
    let t = 1_000_000;
    const timers: Array<{ at: number; fn: () => void }> = [];
    const calls: Array<{ reason: Reason; analyse: boolean; at: number }> = [];
    const w = createPageWatch({
      analysedAtStart: analysed,
      quickCheck: () => analysed,
      recheck: (reason, analyse) => calls.push({ reason, analyse, at: t }),
      setTimeout: (fn, ms) => timers.push({ at: t + ms, fn }),
      now: () => t,
    });
    stop = () => w.stop();
    /** Moves the clock, running due timers in order. */
    const advance = (ms: number) => {
      const end = t + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        t = next.at;
        next.fn();
      }
      t = end;
    };
    return { calls, advance, watch: w };
  }

  it('re-checks once for a payment dialog, throttled, and caps the re-checks of a page', async () => {
    const { calls, advance, watch } = setup(true);
    for (let i = 0; i < 5; i++) document.body.append(el('<div class="modal"><p>扫码支付</p></div>'));
    await tick();
    advance(WATCH_LIMITS.settleMs);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.reason).toBe('payment');
    for (let i = 0; i < 40; i++) {
      document.body.append(el('<div><p>请付款</p></div>'));
      await tick();
      advance(500);
    }
    expect(calls.length).toBe(WATCH_LIMITS.rechecksPerPage);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(WATCH_LIMITS.throttleMs);
    expect(watch.stats().rechecks).toBe(WATCH_LIMITS.rechecksPerPage);
  });

  it('re-checks on a route change (a fresh cap), not on plain articles', async () => {
    const { calls, advance } = setup(true);
    document.body.append(el('<p>' + '公告'.repeat(400) + '</p>'));
    await tick();
    advance(2000);
    const before = calls.length;
    for (let i = 0; i < 10; i++) document.body.append(el('<article><p>一篇普通的文章。</p></article>'));
    await tick();
    advance(2000);
    expect(calls.length).toBe(before);
    history.pushState(null, '', '/pay/123');
    window.dispatchEvent(new PopStateEvent('popstate'));
    advance(WATCH_LIMITS.settleMs);
    expect(calls.at(-1)?.reason).toBe('route');
  });

  it('stops observing a page that is not a shop after its first 20 s', async () => {
    const { calls, advance, watch } = setup(false);
    advance(WATCH_LIMITS.growthWindowMs + 100);
    const batches = watch.stats().batches;
    document.body.append(el('<div class="modal"><p>扫码支付</p></div>'));
    await tick();
    advance(2000);
    expect(watch.stats().batches).toBe(batches);
    expect(calls).toHaveLength(0);
  });

  it('samples an endless feed on a page not worth analysing, and stops after its growth re-checks', async () => {
    const { calls, advance, watch } = setup(false);
    const feed = () => {
      const f = document.createDocumentFragment();
      for (let i = 0; i < 40; i++) f.append(el('<article><p>' + '一条普通的动态。'.repeat(20) + '</p></article>'));
      document.body.append(f);
    };
    feed();
    await tick();
    // 40 items added at once: 10 looked at.
    expect(watch.stats().nodes).toBe(WATCH_LIMITS.plainNodesPerBatch);
    for (let i = 0; i < 12; i++) {
      advance(1600);
      feed();
      await tick();
    }
    advance(2000);
    expect(calls.filter((c) => c.reason === 'growth')).toHaveLength(WATCH_LIMITS.growthRechecks);
    // Within the 20 s window, but the growth re-checks are spent: the feed is no longer observed.
    const batches = watch.stats().batches;
    feed();
    await tick();
    expect(watch.stats().batches).toBe(batches);
  });

  it.each([[true, ['payment']], [false, ['growth']]] as const)('worth analysing %s: a pay dialog after 30 items in one batch is seen only then (else the batch is growth)', async (analysed, reasons) => {
    const { calls, advance } = setup(analysed);
    const f = document.createDocumentFragment();
    for (let i = 0; i < 30; i++) f.append(el('<article><p>一条普通的动态。</p></article>'));
    f.append(el('<div class="modal"><p>扫码支付</p></div>'));
    document.body.append(f);
    await tick();
    advance(WATCH_LIMITS.settleMs);
    expect(calls.map((c) => c.reason)).toEqual(reasons);
  });

  it('a shop list rendered in one batch into an empty shell is growth, though only 10 of its 40 cards are read', async () => {
    const { calls, advance, watch } = setup(false);
    const f = document.createDocumentFragment();
    for (let i = 0; i < 40; i++) f.append(el('<div class="card"><p>商品名称很长的一段描述文字，库存充足</p></div>'));
    document.body.append(f);
    await tick();
    advance(WATCH_LIMITS.settleMs);
    expect(watch.stats().nodes).toBe(WATCH_LIMITS.plainNodesPerBatch);
    expect(calls.map((c) => c.reason)).toEqual(['growth']);
  });
});

