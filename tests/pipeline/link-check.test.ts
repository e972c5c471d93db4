// Checking a link without loading it: what is read from the input, what the list and the host say, and that what
// could not be checked is always named. Reserved names only.
import { describe, expect, it } from 'vitest';
import { checkLink, parseLinkInput } from '../../lib/pipeline/link-check';
import { compileList } from '../../lib/risk-list/lookup';
import { confirmed, entry, list, NOW } from '../risk-list/helpers';

const compiled = compileList(list({ entries: [confirmed('scam-listed.test', { note: '收款到个人微信，付款后不发货' }), entry('reported-only.test')] }), NOW);
const listAnswer = (url: string) => ({ match: compiled.match(url, NOW), info: { version: compiled.version, generatedAt: compiled.generatedAt } });
const noSources = { icp: [], rdap: [] };

describe('parseLinkInput', () => {
  it.each([
    ['https://shop.example/buy?id=1', 'https://shop.example/buy?id=1'],
    ['  shop.example/x  ', 'http://shop.example/x'],
    ['快来 https://pay.shop.example/a 买点卡，便宜', 'https://pay.shop.example/a'],
    ['“https://shop.example/”。', 'https://shop.example/'],
  ])('%s → %s', (input, url) => expect(parseLinkInput(input)).toEqual({ ok: true, url }));

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'scheme'],
    ['data:text/html,hi', 'scheme'],
    ['not a link at all', 'invalid'],
    ['localhost', 'invalid'],
    ['x'.repeat(3000), 'too-long'],
  ])('%j is refused (%s)', (input, reason) => expect(parseLinkInput(input)).toEqual({ ok: false, reason }));
});

describe('checkLink', () => {
  it('a confirmed list entry is red with the list\'s reason', async () => {
    const r = await checkLink({ url: 'https://pay.scam-listed.test/', now: NOW, sources: noSources, list: listAnswer('https://pay.scam-listed.test/') });
    expect(r.verdict.light).toBe('red');
    expect(r.verdict.rule).toBe('list-confirmed');
    expect(r.verdict.signals.find((s) => s.id === 'list-confirmed')?.params.note).toBe('收款到个人微信，付款后不发货');
    expect(r.domain).toBe('scam-listed.test');
  });

  it('a host dressed as an official vendor gets the impersonation warning', async () => {
    const r = await checkLink({ url: 'http://qq-pay.test/', now: NOW, sources: noSources, list: listAnswer('http://qq-pay.test/') });
    expect(r.verdict.signals.map((s) => s.id)).toContain('impersonation');
    expect(['red', 'amber']).toContain(r.verdict.light);
  });

  it('an unknown domain with every source off is amber, never green or grey, and says what was not checked', async () => {
    const r = await checkLink({ url: 'https://unknown-shop.example/', now: NOW, sources: noSources, list: listAnswer('https://unknown-shop.example/') });
    expect(r.verdict.light).toBe('amber');
    expect(r.verdict.signals.filter((s) => s.severity === 'danger' || s.severity === 'warn')).toEqual([]);
    expect(r.unchecked[0]).toEqual({ part: 'page', state: 'not-loaded' });
    expect(r.unchecked.map((u) => u.part)).toEqual(expect.arrayContaining(['page', 'rdap', 'icp']));
    expect(r.verdict.sources.page.state).toBe('off');
  });

  it('a reported entry warns; no list loaded is named as unchecked', async () => {
    const reported = await checkLink({ url: 'http://reported-only.test/', now: NOW, sources: noSources, list: listAnswer('http://reported-only.test/') });
    expect(reported.verdict.light).toBe('amber');
    expect(reported.verdict.signals.map((s) => s.id)).toContain('list-reported');
    const noList = await checkLink({ url: 'http://reported-only.test/', now: NOW, sources: noSources, list: null });
    expect(noList.unchecked).toContainEqual({ part: 'list', state: 'off' });
  });

  it('asks an enabled source for the registrable domain only', async () => {
    const asked: string[] = [];
    const rdap = { id: 'rdap', lookup: async (d: string) => (asked.push(d), { status: 'not-found' as const, fetchedAt: NOW }) };
    // A lookupable name (not reserved), so a remote source may be asked; nothing leaves this test.
    const r = await checkLink({ url: 'https://a.b.kadun-linkcheck.com/path?q=secret', now: NOW, sources: { icp: [], rdap: [rdap] }, list: null });
    expect(asked).toEqual(['kadun-linkcheck.com']);
    expect(r.unchecked.map((u) => u.part)).not.toContain('rdap');
  });
});
