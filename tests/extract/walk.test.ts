// The snapshot's bounded walk (lib/extract/walk.ts): the first nodes, then the last ones, in document order, never
// more than the limits, and never inside a subtree the head walk would skip.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { walkBounded } from '../../lib/extract/walk';

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
