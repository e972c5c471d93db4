// The extractor over happy-dom: visible text only, bounded, evidence in original characters.
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS } from '../../lib/core/limits';
import { pageSnapshotSchema } from '../../lib/core/schemas';
import { extractHtml } from '../helpers/fixtures';

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="zh-CN"><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('extractSnapshot', () => {
  it('keeps visible text in blocks and skips scripts, styles, hidden and display:none text', () => {
    const { snapshot } = extractHtml(page(`
      <p>可见的文字 <b>加粗</b></p>
      <p hidden>隐藏属性</p>
      <div style="display:none"><p>不显示的备案号</p></div>
      <p style="visibility:hidden">不可见</p>
      <script>var secret = "脚本里的字"</script><style>.x{}</style>
      <button>立即购买</button>`, '<style>.gone{display:none}</style>') + '');
    const texts = snapshot.blocks.map((b) => b.text);
    expect(texts).toContain('可见的文字 加粗');
    expect(texts).toContain('立即购买');
    expect(texts.join(' ')).not.toMatch(/隐藏属性|不显示|不可见|脚本里/);
    expect(snapshot.scripts.inline[0]).toContain('secret');
    expect(snapshot.blocks.find((b) => b.text === '立即购买')?.tag).toBe('button');
  });

  it('honours stylesheet rules for hidden text', () => {
    const { snapshot } = extractHtml(page('<p class="gone">京ICP备2021012345号</p><p>shown</p>', '<style>.gone{display:none}</style>'));
    expect(snapshot.blocks.map((b) => b.text)).toEqual(['shown']);
  });

  it('keeps the original characters (full-width digits, zero-width) in the block text', () => {
    const { snapshot } = extractHtml(page('<footer>京ICP备２０２１\u200B０１２３４５号</footer>'));
    expect(snapshot.blocks[0]!.text).toBe('京ICP备２０２１\u200B０１２３４５号');
  });

  it('maps every block to the element it came from', () => {
    const { snapshot, elements } = extractHtml(page('<ul><li>一</li><li>二 <a href="/x">链接</a></li></ul>'));
    expect(snapshot.blocks.map((b) => [b.text, b.tag])).toEqual([['一', 'li'], ['二', 'li'], ['链接', 'a']]);
    expect(snapshot.blocks.map((b) => elements[b.id]!.localName)).toEqual(['li', 'li', 'a']);
    expect(snapshot.links[0]!.blockId).toBe(2);
  });

  it('bounds a huge page and says it was truncated, still matching the schema', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `<p>商品 ${i} 价格 ￥${i}.00 ${'很长的描述'.repeat(20)}</p>`).join('');
    const t0 = performance.now();
    const { snapshot } = extractHtml(page(huge + '<a href="/a">a</a>'.repeat(1000)));
    expect(performance.now() - t0).toBeLessThan(20_000); // a guard against hangs, not a speed budget
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.blocks.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.blocks);
    expect(snapshot.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(SNAPSHOT_LIMITS.totalChars);
    expect(snapshot.links.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.links);
    expect(pageSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('survives deep nesting without blowing the stack', () => {
    const depth = 5000;
    const { snapshot } = extractHtml(page('<div>'.repeat(depth) + '最深处的文字' + '</div>'.repeat(depth)));
    expect(snapshot.blocks.map((b) => b.text)).toContain('最深处的文字');
  });

  it('caps one very long text block', () => {
    const { snapshot } = extractHtml(page(`<p>${'字'.repeat(50_000)}</p>`));
    expect(snapshot.blocks[0]!.text.length).toBe(SNAPSHOT_LIMITS.blockChars);
    expect(snapshot.truncated).toBe(true);
  });

  it('collects links, forms, script srcs, meta and payment-looking images', () => {
    const { snapshot } = extractHtml(page(`
      <a href="/buy/3">立即购买</a>
      <form action="/create-order" method="POST"><input name="gid"><input name="email"></form>
      <img src="data:image/png;base64,iVBORw0KGgo=" alt="收款码">
      <img src="https://cdn.other.example/banner.jpg">
      <script src="/assets/hyper/js/app.js"></script>`, '<meta name="keywords" content="卡密,Q币">'), 'https://cards.example/');
    expect(snapshot.links[0]).toMatchObject({ href: 'https://cards.example/buy/3', text: '立即购买' });
    expect(snapshot.forms[0]).toEqual({ action: 'https://cards.example/create-order', method: 'post', fields: ['gid', 'email'] });
    expect(snapshot.scripts.srcs).toContain('https://cards.example/assets/hyper/js/app.js');
    expect(snapshot.meta.keywords).toBe('卡密,Q币');
    expect(snapshot.images.map((i) => i.alt)).toEqual(['收款码']);
  });
});
