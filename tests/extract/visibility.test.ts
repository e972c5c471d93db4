// The hidden-text check's budgets (lib/extract/visibility.ts): computed styles only where a page's sheets can hide
// something, within a depth-weighted budget; checkVisibility within a count in a real browser.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createHiddenCheck, HUGE_BYTES, HUGE_PAGE, hugePage, NATIVE_CHECKS, STYLE_STEPS } from '../../lib/extract/visibility';

function setup(body: string, head = '') {
  const w = new Window({ url: 'https://x.example/', settings: { disableJavaScriptEvaluation: true } });
  w.document.write(`<html><head>${head}</head><body>${body}</body></html>`);
  let reads = 0;
  const win = { getComputedStyle: (el: Element) => (reads++, w.getComputedStyle(el as never) as unknown as CSSStyleDeclaration) };
  return { doc: w.document as unknown as Document, win, reads: () => reads };
}

describe('createHiddenCheck', () => {
  it('reads no computed style when the page has no hiding rule, and still honours inline styles', () => {
    const { doc, win, reads } = setup('<p class="a">shown</p><p style="display: none">gone</p>', '<style>.a{color:red}</style>');
    const hidden = createHiddenCheck(win);
    const [a, b] = [...doc.querySelectorAll('p')];
    expect(hidden(a!)).toBe(false);
    expect(hidden(b!)).toBe(true);
    expect(reads()).toBe(0);
  });

  it('with a hiding rule, reads computed styles (and finds the hidden text) until the depth-weighted budget is spent', () => {
    const depth = 300;
    const { doc, win, reads } = setup('<div>'.repeat(depth) + '<p class="gone">x</p>' + '</div>'.repeat(depth), '<style>.gone{display:none}</style>');
    let spent = false;
    const hidden = createHiddenCheck(win, false, () => (spent = true));
    expect(hidden(doc.querySelector('p')!)).toBe(false); // budget spent on the way down: read as shown, and said
    expect(spent).toBe(true);
    expect(reads()).toBeLessThan(STYLE_STEPS / 100);
    const shallow = setup('<p class="gone">x</p>', '<style>.gone{display:none}</style>');
    expect(createHiddenCheck(shallow.win)(shallow.doc.querySelector('p')!)).toBe(true);
  }, 30_000); // happy-dom copies each ancestor's style per read: seconds on a loaded machine

  it('in a real browser, at most NATIVE_CHECKS checkVisibility calls, then inline styles only', () => {
    const { doc } = setup('<b>x</b>'.repeat(NATIVE_CHECKS + 50) + '<b style="display:none">y</b>');
    let calls = 0;
    const bs = [...doc.querySelectorAll('b')];
    for (const b of bs) (b as unknown as { checkVisibility: () => boolean }).checkVisibility = () => (calls++, true);
    let spent = false;
    const hidden = createHiddenCheck(null, true, () => (spent = true));
    const results = bs.map((b) => hidden(b));
    expect(calls).toBeLessThanOrEqual(NATIVE_CHECKS); // <body> and <html> take two of them
    expect(calls).toBeGreaterThan(NATIVE_CHECKS - 5);
    expect(spent).toBe(true);
    expect(results.at(-1)).toBe(true);
  });
});

describe('hugePage', () => {
  it('is true past HUGE_PAGE elements only, and then no checkVisibility is called', () => {
    expect(hugePage(setup('<b>x</b>'.repeat(100)).doc)).toBe(false);
    const { doc } = setup('<b>x</b>'.repeat(HUGE_PAGE));
    expect(hugePage(doc)).toBe(true);
    let calls = 0;
    const b = doc.querySelector('b')! as unknown as { checkVisibility: () => boolean };
    b.checkVisibility = () => (calls++, true);
    expect(createHiddenCheck(null, true, undefined, 0)(b as unknown as Element)).toBe(false);
    expect(calls).toBe(0);
  }, 30_000);

  it("is true for a document the browser read as HUGE_BYTES or more, without counting its elements", () => {
    const withSize = (bytes: number) => {
      const { doc } = setup('<b>x</b>'.repeat(10));
      const entry = { decodedBodySize: bytes };
      Object.defineProperty(doc, 'defaultView', { value: { performance: { getEntriesByType: (t: string) => (t === 'navigation' ? [entry] : []) } } });
      let counted = 0;
      const all = doc.getElementsByTagName.bind(doc);
      doc.getElementsByTagName = ((tag: string) => (counted++, all(tag))) as typeof doc.getElementsByTagName;
      return { huge: hugePage(doc), counted };
    };
    expect(withSize(HUGE_BYTES)).toEqual({ huge: true, counted: 0 });
    // Under the size, the elements are counted: ten are not huge.
    expect(withSize(HUGE_BYTES - 1)).toEqual({ huge: false, counted: 1 });
    expect(withSize(0)).toEqual({ huge: false, counted: 1 });
  });
});
