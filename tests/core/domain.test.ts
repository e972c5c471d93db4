import { describe, expect, it } from 'vitest';
import { siteKey } from '../../lib/core/domain';

describe('siteKey', () => {
  it.each([
    ['https://www.shop.example/p?q=1', 'shop.example', false],
    ['https://a.b.shop.com.cn/x', 'shop.com.cn', true],
    ['https://cards.github.io/', 'cards.github.io', true], // shared hosting: each site is its own
    ['https://卡盟.example/', 'xn--hlrw93f.example', false], // IDN → punycode
    ['https://ＳＨＯＰ.ＣＯＭ/', 'shop.com', true], // full-width host folded by URL parsing
    ['https://shop.com./', 'shop.com', true], // trailing dot
    ['http://127.0.0.1:8080/', '127.0.0.1', false],
    ['http://[::1]:3000/', '[::1]', false],
    ['http://localhost:3000/', 'localhost', false],
  ])('%s → %s', (url, domain, lookupable) => {
    const key = siteKey(url);
    expect(key?.domain).toBe(domain);
    expect(key?.lookupable).toBe(lookupable);
  });

  it.each(['chrome://extensions', 'file:///tmp/x.html', 'not a url', 'javascript:alert(1)'])('refuses %s', (url) => {
    expect(siteKey(url)).toBeNull();
  });
});
