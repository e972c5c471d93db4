import { describe, expect, it } from 'vitest';
import { compileList, listKey, resolveMatch, suffixesOf, type ListSlot } from '../../lib/risk-list/lookup';
import { allowed, confirmed, entry, list, NOW } from './helpers';

class CountingMap extends Map<string, ListSlot> {
  gets = 0;
  override get(key: string) {
    this.gets++;
    return super.get(key);
  }
}

const sample = list({
  entries: [
    confirmed('scam-shop.example'),
    entry('reported.test', { category: 'non-delivery' }),
    entry('expired.invalid', { firstSeen: '2025-01-01', lastSeen: '2025-02-01', expires: '2026-01-01' }),
    entry('cleared.example'),
    confirmed('xn--fsqu00a.example'), // 例子.example
  ],
  allow: [allowed('vendor.example'), allowed('cleared.example', { kind: 'cleared', reason: 'appeal accepted' })],
});

describe('compiled lookup', () => {
  const c = compileList(sample, NOW);

  it.each([
    ['scam-shop.example', 'confirmed'],
    ['https://scam-shop.example/pay?order=1', 'confirmed'],
    ['SCAM-SHOP.EXAMPLE.', 'confirmed'],
    ['www.scam-shop.example', 'confirmed'],
    ['a.b.c.scam-shop.example', 'confirmed'],
    ['reported.test', 'reported'],
    ['m.reported.test', 'reported'],
  ])('%s → %s entry', (q, status) => {
    expect(c.match(q).entry?.status).toBe(status);
  });

  it('does not match other domains, parents, look-alikes, IPs or bare suffixes', () => {
    for (const q of ['other.example', 'example', 'scam-shop.example.evil.test', 'notscam-shop.example', '192.0.2.1', 'localhost', 'github.io', '', 'not a host']) {
      expect(c.match(q), q).toEqual({});
    }
  });

  it('ignores expired entries (at compile time and at match time)', () => {
    expect(c.match('expired.invalid')).toEqual({});
    expect(c.counts.expired).toBe(1);
    expect(c.match('reported.test', Date.parse('2027-11-01T00:00:00Z')).entry).toBeUndefined();
    expect(c.match('reported.test', Date.parse('2027-10-31T23:59:59Z')).entry).toBeDefined();
  });

  it('lets an allow entry beat a reported entry, and answers allow entries for subdomains', () => {
    expect(c.match('cleared.example')).toEqual({ allow: sample.allow[1] });
    expect(c.match('shop.vendor.example').allow?.kind).toBe('official-vendor');
  });

  it('normalises IDN input: Unicode and xn-- forms are the same key', () => {
    const uni = c.match('例子.example');
    expect(uni.entry?.domain).toBe('xn--fsqu00a.example');
    expect(c.match('xn--fsqu00a.example')).toEqual(uni);
    expect(c.match('https://WWW.例子.example/')).toEqual(uni);
  });

  it('does at most one Map lookup per label of the host (by design: suffixes down to the registrable domain)', () => {
    const map = new CountingMap();
    const counted = compileList(sample, NOW, { map });
    for (const q of ['scam-shop.example', 'a.b.c.d.e.scam-shop.example', 'x.y.miss.example', 'www.例子.example']) {
      map.gets = 0;
      counted.match(q);
      const labels = listKey(q)!.hostname.split('.').length;
      expect(map.gets, q).toBeLessThanOrEqual(labels);
      expect(map.gets, q).toBe(labels - 1); // the public suffix itself is never asked
    }
  });

  it('never walks above the registrable domain (a shared-hosting root entry cannot flag its customers)', () => {
    expect(suffixesOf('a.b.user.github.io', 'user.github.io')).toEqual(['a.b.user.github.io', 'b.user.github.io', 'user.github.io']);
    const hosted = compileList(list({ entries: [entry('github.io'), entry('victim.github.io', { status: 'reported' })] }), NOW);
    expect(hosted.match('someone.github.io')).toEqual({});
    expect(hosted.match('www.victim.github.io').entry?.domain).toBe('victim.github.io');
  });

  it('precedence across levels: nearest wins, a confirmed entry beats a less specific allow entry only', () => {
    const c1 = confirmed('a.example');
    const a1 = allowed('a.example');
    expect(resolveMatch([{ entry: c1 }, { allow: a1 }], NOW)).toEqual({ entry: c1 });
    expect(resolveMatch([{ allow: a1 }, { entry: c1 }], NOW)).toEqual({ allow: a1 });
    expect(resolveMatch([undefined, { entry: entry('a.example') }, { allow: a1 }], NOW)).toEqual({ allow: a1 });
  });

  it('carries the ICP records of the list', () => {
    const r = { unitName: '测试公司', natureName: '企业', mainLicence: '京ICP备00000000号', serviceLicence: '京ICP备00000000号-1', domain: 'icp.example' };
    const withIcp = compileList(list({ icpRecords: { 'icp.example': r, 'none.example': null } }), NOW);
    expect(withIcp.icpRecord('www.icp.example')).toEqual(r);
    expect(withIcp.icpRecord('none.example')).toBeNull();
    expect(withIcp.icpRecord('absent.example')).toBeUndefined();
  });
});
