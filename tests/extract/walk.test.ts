// The snapshot's bounded walk (lib/extract/walk.ts): the first nodes, then the last ones, in document order, never
// more than the limits, and never inside a subtree the head walk would skip.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { walkBounded } from '../../lib/extract/walk';
import { extractSnapshot } from '../../lib/extract/snapshot';

function doc(body: string): Document {
  const w = new Window({ url: 'https://x.example/', settings: { disableJavaScriptEvaluation: true } });
  w.document.write(`<html><head><title>t</title></head><body>${body}</body></html>`);
  return w.document as unknown as Document;
}
const texts = (d: Document, limits = { headSteps: 50, tailSteps: 20 }) => {
  const seen: string[] = [];
  const complete = walkBounded(d, d.documentElement, (n) => {
    if (n.nodeType === 3) seen.push(n.nodeValue ?? '');
    return !(n.nodeType === 1 && ['head', 'svg'].includes((n as Element).localName));
  }, (el) => ['head', 'svg'].includes(el.localName), limits);
  return { seen, complete };
};

describe('walkBounded', () => {
  it('walks a small page whole, in document order, skipping what visit refuses', () => {
    const { seen, complete } = texts(doc('<p>一</p><svg><text>图</text></svg><p>二</p>'));
    expect(complete).toBe(true);
    expect(seen).toEqual(['一', '二']);
  });

  it('after filler: the first nodes and the last ones, in order, the middle stepped over', () => {
    const { seen, complete } = texts(doc('<p>开头</p>' + '<i>x</i>'.repeat(500) + '<p>收款码</p><p>结尾</p>'));
    expect(complete).toBe(false);
    expect(seen[0]).toBe('开头');
    expect(seen.slice(-2)).toEqual(['收款码', '结尾']);
    expect(seen.length).toBeLessThan(50 + 20);
  });

  it('the tail leaves out a skipped subtree, also one whose root is beyond its budget', () => {
    const filler = '<i>x</i>'.repeat(300);
    expect(texts(doc(filler + '<svg><text>藏</text></svg><p>末</p>')).seen).not.toContain('藏');
    expect(texts(doc(filler + '<svg>' + '<text>藏</text>'.repeat(40) + '</svg>')).seen).not.toContain('藏');
  });

  it('never visits more than the limits, whatever the page', () => {
    let visits = 0;
    const d = doc('<b>y</b>'.repeat(2000));
    walkBounded(d, d.documentElement, () => (visits++, true), () => false, { headSteps: 100, tailSteps: 30 });
    expect(visits).toBeLessThanOrEqual(130);
  });
});

describe('the snapshot after filler', () => {
  // Straight into happy-dom (no CLI pre-pass), as the content script sees a page: 4,500 identical pay forms (13,500
  // elements) spend the control looks and the head of the walk; plain paragraphs follow; the picker at the end is
  // reached by the tail, which gets looks of its own (forms filling the tail too would spend those: documented).
  const picker = '<p>支付方式</p><select name="pay"><option value="vmq-alipay">V免签支付宝</option></select>';
  const forms = '<form action="/p"><input name="a" data-type="x1"><input type="submit" value="付款"></form>'.repeat(4500);
  const controlsOf = (body: string) => {
    const ex = extractSnapshot(doc(body), { url: 'https://x.example/' });
    return { texts: ex.snapshot.controls?.map((c) => c.text) ?? [], skipped: ex.snapshot.skipped ?? [] };
  };

  it('identical pay forms spend the control looks, yet a pay picker at the end of the page is read', () => {
    const { texts, skipped } = controlsOf(forms + '<p>x</p>'.repeat(6000) + picker);
    expect(skipped).toEqual(expect.arrayContaining(['controls', 'steps']));
    expect(texts).toContain('V免签支付宝');
    expect(controlsOf(picker).texts).toContain('V免签支付宝');
  }, 30_000);
});
