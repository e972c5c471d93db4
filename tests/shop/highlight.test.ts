// @vitest-environment happy-dom
// "在页面上显示": a payment code's evidence outlines the code image itself (not the price line beside it), text evidence
// outlines its block, and a new outline clears the last one. Sizes are stubbed (happy-dom does no layout).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeImageNear, highlightElement } from '../../entrypoints/shop/highlight';

function sized(el: Element, width: number, height: number) {
  el.getBoundingClientRect = () => ({ width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) }) as DOMRect;
}

function page() {
  document.body.innerHTML = `
    <div id="price">请务必付款 ¥88.01 元 <img id="logo" src="logo.png"><img id="qr" src="qr.png"></div>
    <p id="text">请使用微信扫码付款</p>
    <div id="price2">应付 10 元</div><div id="after"><canvas id="canvas"></canvas></div>`;
  for (const el of document.querySelectorAll('*')) sized(el, 300, 20);
  sized(document.getElementById('logo')!, 24, 24);
  sized(document.getElementById('qr')!, 200, 200);
  sized(document.getElementById('canvas')!, 180, 180);
  Element.prototype.scrollIntoView = () => {};
}
const outlined = () => [...document.querySelectorAll('[data-kadun-highlight]')].map((el) => el.id);

afterEach(() => vi.useRealTimers());

describe('highlightElement', () => {
  it('outlines the code image inside the block, not the price line or a small logo', () => {
    page();
    expect(codeImageNear(document.getElementById('price')!)?.id).toBe('qr');
    expect(highlightElement(document.getElementById('price')!, { image: true })).toBe(true);
    expect(outlined()).toEqual(['qr']);
  });

  it('finds a code drawn on a canvas just after its block', () => {
    page();
    highlightElement(document.getElementById('price2')!, { image: true });
    expect(outlined()).toEqual(['canvas']);
  });

  it('outlines the block itself for text evidence, or when no code is near', () => {
    page();
    highlightElement(document.getElementById('text')!, { image: true });
    expect(outlined()).toEqual(['text']);
    highlightElement(document.getElementById('price')!);
    expect(outlined()).toEqual(['price']);
  });

  it('one outline at a time: a new one clears the last, and each is gone after a few seconds', () => {
    vi.useFakeTimers();
    page();
    const qr = document.getElementById('qr')!;
    qr.style.setProperty('outline', '1px dotted blue');
    const own = qr.style.getPropertyValue('outline');
    highlightElement(document.getElementById('price')!, { image: true });
    highlightElement(document.getElementById('text')!);
    expect(outlined()).toEqual(['text']);
    expect(qr.style.getPropertyValue('outline')).toBe(own); // the page's own style restored
    vi.advanceTimersByTime(5000);
    expect(outlined()).toEqual([]);
  });

  it('refuses what is not an element in the page', () => {
    page();
    const detached = document.createElement('div');
    expect(highlightElement(undefined)).toBe(false);
    expect(highlightElement(detached)).toBe(false);
  });
});
