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
});
