import { describe, expect, it } from 'vitest';
import { limitNesting } from '../../lib/extract/limit-nesting';

describe('limitNesting', () => {
  it('leaves ordinary markup untouched', () => {
    const html = '<html><body><div><p>一<br>二<img src="x"/></p><script>if (a < b) document.write("<div>")</script></div></body></html>';
    expect(limitNesting(html, 10)).toBe(html);
  });

  it('drops tags deeper than the limit but keeps their text', () => {
    const out = limitNesting('<div>'.repeat(10) + '深处' + '</div>'.repeat(10), 3);
    expect(out).toBe('<div><div><div>深处</div></div></div>');
  });

  it('is linear on a huge hostile page', () => {
    const depth = 200_000;
    const out = limitNesting('<b>'.repeat(depth) + 'x' + '</b>'.repeat(depth), 256);
    expect(out.match(/<b>/g)).toHaveLength(256);
  });
});
