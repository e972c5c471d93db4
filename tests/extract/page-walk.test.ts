// The content script's smaller walk (PAGE_WALK_LIMITS): real shop and pay pages read exactly as with the CLI's
// budget, and a page of filler is cut short (saying so) but its end is still read.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractSnapshot } from '../../lib/extract/snapshot';
import { PAGE_WALK_LIMITS, WALK_LIMITS } from '../../lib/extract/walk';
import { FIXTURES } from '../helpers/fixtures';

function snap(html: string, walk: { headSteps: number; tailSteps: number }) {
  const window = new Window({ url: 'https://shop.example/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  try {
    return extractSnapshot(window.document as unknown as Document, { url: 'https://shop.example/', walk }).snapshot;
  } finally {
    window.happyDOM.close().catch(() => undefined);
  }
}

const field = join(FIXTURES, 'field');
const files = readdirSync(field, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));

describe('PAGE_WALK_LIMITS', () => {
  it(`reads the ${files.length} field pages (real templates) as the CLI's budget does`, { timeout: 120_000 }, () => {
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) {
      const html = readFileSync(join(field, f), 'utf8');
      const page = snap(html, PAGE_WALK_LIMITS);
      expect(page, f).toEqual(snap(html, WALK_LIMITS));
      expect(page.skipped ?? [], f).not.toContain('steps');
    }
  });

  it('cuts 7,000 filler links short, says so, and still reads what follows them', { timeout: 60_000 }, () => {
    const html = `<html><head><title>T</title></head><body>${'<a href="/l">l</a>'.repeat(7_000)}<p>请扫描下方收款码付款</p></body></html>`;
    const page = snap(html, PAGE_WALK_LIMITS);
    expect(page.truncated).toBe(true);
    expect(page.skipped).toContain('steps');
    expect(page.blocks.map((b) => b.text)).toContain('请扫描下方收款码付款');
    // The CLI's budget walks the same page further (more of the filler).
    expect(snap(html, WALK_LIMITS).links.length).toBeGreaterThanOrEqual(page.links.length);
  });

  it('reads a select for its first options only, so that its other options are no filler', { timeout: 60_000 }, () => {
    // 4,000 options: 8,000 nodes, more than the whole head walk when a select was walked like the rest.
    const filler = '<option value="alipay">支付宝</option>'.repeat(4_000);
    const html = `<body><select name="pay"><option>V 免签微信</option>${filler}<option>最后的选项</option></select><p>支付前请核对备案号</p></body>`;
    const page = snap(html, PAGE_WALK_LIMITS);
    const texts = page.controls!.map((x) => x.text);
    expect(texts).toContain('V 免签微信');
    expect(texts).not.toContain('最后的选项');
    expect(page.blocks.some((b) => b.text.includes('支付前请核对备案号'))).toBe(true);
    // Nothing was cut but the options, and that is said.
    expect(page.skipped).toEqual(['controls']);
    expect(page.truncated).toBe(true);
  });
});
