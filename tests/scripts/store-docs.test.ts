// The store material in docs/store/ agrees with what ships: the short descriptions are the manifest's own (and fit
// the Chrome Web Store's 132 characters), and the privacy policy the listings link to says what the page inside the
// extension says, item for item.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (p: string) => readFileSync(p, 'utf8');
const shortDescription = (md: string) => md.split(/^## Short description.*$|^## 简短描述.*$/m)[1]!.split(/^## /m)[0]!.trim();
const manifestDescription = (locale: string) => (JSON.parse(read(`public/_locales/${locale}/messages.json`)) as { extDescription: { message: string } }).extDescription.message;

describe('store listing', () => {
  it.each([['docs/store/listing.zh-CN.md', 'zh_CN'], ['docs/store/listing.en.md', 'en']])('%s: the short description is the manifest\'s, at most 132 characters', (file, locale) => {
    const text = shortDescription(read(file));
    expect(text).toBe(manifestDescription(locale));
    expect([...text].length).toBeLessThanOrEqual(132);
  });
});

describe('privacy policy', () => {
  const page = read('entrypoints/privacy/index.html');
  const md = read('docs/store/privacy.md');
  const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const items = [...page.matchAll(/<(li|p|h1|h2)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => plain(m[2]!)).filter((t) => !t.includes('English below'));

  it('docs/store/privacy.md carries every heading, paragraph and item of the page in the extension', () => {
    expect(items.length).toBeGreaterThan(20);
    const mdPlain = md.replace(/\*\*|`/g, '').replace(/\s+/g, ' ');
    expect(items.filter((t) => !mdPlain.includes(t))).toEqual([]);
  });

  it('is Chinese first, then English, and names the one thing that may leave: the registrable domain', () => {
    expect(md.indexOf('# 卡盾隐私政策')).toBeLessThan(md.indexOf('# KaDun privacy policy'));
    expect(md).toMatch(/注册域名/);
    expect(md).toMatch(/registrable domain/);
  });
});
