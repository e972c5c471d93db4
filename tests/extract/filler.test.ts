// Issue 10 §7 "Evasion by filler" and "QR decoys", reproduced through the CLI pipeline: filler before the content
// must not cost the signal-bearing parts, and a page cut short by a cap never reads grey or softer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVerdict } from '../../lib/core/verdict';
import { isolateBidi } from '../../lib/detectors/page/context';
import { prepareHtml } from '../../lib/extract/limit-nesting';
import { imageDeclaredSize, qrCandidates } from '../../lib/qr/candidates';
import { runHostile } from '../../scripts/hostile/run';
import { PAGE_FIXTURES } from '../helpers/fixtures';

const red = readFileSync(join(PAGE_FIXTURES, 'payment-personal-qr', 'match-dujiaoka-vpay-wechat.html'), 'utf8');
const inBody = (filler: string) => red.replace(/<body[^>]*>/, (m) => m + filler);
const DECOY = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('filler before the content', () => {
  it('a red page stays red', () => expect(runHostile(red).verdict.light).toBe('red'));
  it.each([
    ['60,001 <meta> in <head>', red.replace('<head>', '<head>' + '<meta name="x" content="y">'.repeat(60_001))],
    ['60,000 empty <i> in <body>', inBody('<i></i>'.repeat(60_000))],
    ['20,000 links before the content', inBody('<a href="/l">l</a>'.repeat(20_000))],
    ['six 1×1 QR decoys before the real code', inBody(`<img src="${DECOY}" width="1" height="1">`.repeat(6))],
    ['40 QR decoys (past the image cap)', inBody(`<img src="${DECOY}" width="1" height="1">`.repeat(40))],
  ])('%s: still red with payment-personal-qr', (_name, html) => {
    const { verdict } = runHostile(html);
    expect(verdict.light).toBe('red');
    expect(verdict.signals.map((s) => s.id)).toContain('payment-personal-qr');
  }, 30_000);

  it('says which caps were hit', () => {
    const { verdict } = runHostile(inBody('<a href="/l">l</a>'.repeat(20_000)));
    expect(verdict.truncated).toBe(true);
    expect(verdict.skipped).toEqual(expect.arrayContaining(['parse:a']));
  }, 30_000);
});

describe('verdict: a truncated page is never grey', () => {
  it('not a shop and truncated reads amber, not grey', () => {
    const base = { url: 'https://x.example/', domain: 'x.example', isShop: false, signals: [], sources: {} as never, override: null, checkedAt: 1 };
    expect(buildVerdict({ ...base, truncated: false }).light).toBe('grey');
    expect(buildVerdict({ ...base, truncated: true }).light).toBe('amber');
  });
});

describe('pre-pass', () => {
  it('is linear on an unclosed <style> full of tag starts (was 19 s on 0.6 MB)', () => {
    const html = '<html><body><p>京ICP备12345678号</p><style>' + '<a x'.repeat(500_000);
    const t = performance.now();
    const out = prepareHtml(html);
    expect(performance.now() - t).toBeLessThan(1500);
    expect(out.html).toContain('京ICP备12345678号');
    expect(out.skipped).toHaveProperty('style-chars');
  });
  it('caps the input at 5 MB and keeps text after dropped filler', () => {
    const out = prepareHtml('<body>' + '<div class="f">'.repeat(300) + '<span x>1</span>'.repeat(10_000) + '<p>收款码</p>' + 'x'.repeat(6 * 1024 * 1024));
    expect(out.html.length).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(out.skipped).toMatchObject({ depth: expect.any(Number), 'input-chars': expect.any(Number) });
    expect(out.html).toContain('收款码'); // its <p> is past the depth cap: the tag goes, the text stays
  });
});

describe('QR candidates and image headers', () => {
  it('ranks a square code near pay wording before 1×1 decoys', () => {
    const images = [...Array.from({ length: 8 }, () => ({ src: DECOY, width: 1, height: 1 })), { src: DECOY, width: 200, height: 200, blockId: 0 }];
    expect(qrCandidates(images, [{ id: 0, text: '请扫码付款' }])[0]).toBe(8);
  });
  it('reads sizes from PNG, GIF, JPEG and WebP headers, and nothing from others', () => {
    const gif = Buffer.from('GIF89a\x40\x06\x40\x06', 'latin1');
    expect(imageDeclaredSize(gif)).toEqual({ width: 1600, height: 1600 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x07, 0xd0, 0x0b, 0xb8, 3, 0, 0]);
    expect(imageDeclaredSize(jpeg)).toEqual({ width: 3000, height: 2000 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1'); webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(4999, 24, 3); webp.writeUIntLE(99, 27, 3);
    expect(imageDeclaredSize(webp)).toEqual({ width: 5000, height: 100 });
    expect(imageDeclaredSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('evidence quotes', () => {
  it('strip bidi controls (U+202A–202E, U+2066–2069)', () => {
    expect(isolateBidi('京ICP备\u202E号\u2066x\u2069')).toBe('京ICP备号x');
  });
});
