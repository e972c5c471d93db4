// eth-phishing-detect's test-lists idea: pages that must never be red, run through the whole pipeline — an official
// vendor's own top-up page (marked `<!-- official: true -->` in any page fixture), anti-fraud notices and news
// articles that quote scam wording, and a legitimate shop with modest discounts. No data source answers here (every
// source unavailable or off), which is exactly when a false alarm would be read from page text alone.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../../lib/pipeline/analyze';
import { extractHtml, FIXTURE_NOW, PAGE_FIXTURES } from '../helpers/fixtures';
import { VENDOR_LIST } from './domain/inputs';

const allPageFixtures = readdirSync(PAGE_FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(PAGE_FIXTURES, d.name)).filter((f) => f.endsWith('.html')).map((f) => join(PAGE_FIXTURES, d.name, f)));
const rel = (file: string) => relative(PAGE_FIXTURES, file);

/** Official vendors' pages, wherever they sit. */
const OFFICIAL = allPageFixtures.filter((f) => /<!--\s*official:\s*true\s*-->/.test(readFileSync(f, 'utf8')));
/** Pages about scams rather than scams: they quote 个人收款码, 跑分, 黑号, 5折 and fake terms. */
const NOTICES_AND_NEWS = [
  '_common/nomatch-antifraud-notice.html',
  '_common/nomatch-news-article.html',
  '_common/nomatch-blog-review.html',
  'shop-detected/nomatch-news-article.html',
  'icp-filing-missing/nomatch-blog.html',
];
const LEGITIMATE_SHOPS = ['_common/nomatch-legit-shop.html'];

function verdictOf(file: string) {
  const html = readFileSync(file, 'utf8');
  return analyze({ snapshot: extractHtml(html).snapshot, now: FIXTURE_NOW, answers: { icp: { status: 'unavailable', reason: 'test' } } });
}
const dangers = (file: string) => verdictOf(file).signals.filter((s) => s.severity === 'danger').map((s) => s.id);

describe('never red', () => {
  it('finds the official-vendor fixtures and the listed pages', () => {
    expect(OFFICIAL.map(rel)).toContain('_common/nomatch-official-recharge.html');
    for (const f of [...NOTICES_AND_NEWS, ...LEGITIMATE_SHOPS]) expect(allPageFixtures.map(rel)).toContain(f);
  });

  it.each(OFFICIAL.map((f) => [rel(f), f]))('official vendor page %s is never red and has no danger signal', (_n, file) => {
    expect(verdictOf(file).light).not.toBe('red');
    expect(dangers(file)).toEqual([]);
  });

  it.each(NOTICES_AND_NEWS.map((f) => [f, join(PAGE_FIXTURES, f)]))('notice / news page %s is never red', (_n, file) => {
    expect(verdictOf(file).light).not.toBe('red');
    expect(dangers(file)).toEqual([]);
  });

  it.each(LEGITIMATE_SHOPS.map((f) => [f, join(PAGE_FIXTURES, f)]))('legitimate shop %s is never red', (_n, file) => {
    expect(verdictOf(file).light).not.toBe('red');
    expect(dangers(file)).toEqual([]);
  });
});

describe('official vendor domains never read as impersonation', () => {
  it.each(VENDOR_LIST.vendors.flatMap((v) => v.domains.map((d) => [v.id, d] as const)))('%s: %s with its own claims', (_id, d) => {
    const v = VENDOR_LIST.vendors.find((x) => x.domains.includes(d))!;
    const name = v.names?.['zh-CN'][0] ?? v.names?.en[0] ?? v.name.en;
    const numbers = (v.licences ?? []).map((l) => `<span>${l.number}</span>`).join(' ');
    const html = `<!doctype html><html><head><title>${name}官方充值中心 - ${name}</title></head><body>
      <h1>${name}官方充值中心</h1><p>充值 100元 立即购买</p><button>立即支付</button>
      <footer><p>增值电信业务经营许可证：${numbers}</p><p>Copyright © 1998 - 2026 ${name} 版权所有</p></footer></body></html>`;
    for (const host of [d, `www.${d}`, `pay.${d}`]) {
      const verdict = analyze({ snapshot: extractHtml(html, `https://${host}/`).snapshot, now: FIXTURE_NOW, answers: { icp: { status: 'unavailable', reason: 'test' } } });
      expect(verdict.signals.filter((s) => s.id === 'impersonation'), host).toEqual([]);
    }
  });
});
