// The pieces behind `impersonation`: the Punycode decoder (checked against Node's own), confusable folding, and the
// boundary rules between an imitation and an ordinary name that happens to contain a brand.
import { describe, expect, it } from 'vitest';
import { domainToASCII, domainToUnicode } from 'node:url';
import { decodePunycode, labelToUnicode } from '../../../lib/detectors/domain/punycode';
import { findLookalike, foldLetters, skeleton } from '../../../lib/detectors/domain/lookalike';
import { vendorInputs } from '../../../lib/detectors/domain/vendors';
import { site, VENDOR_LIST } from './inputs';

const { vendors } = vendorInputs(VENDOR_LIST);

describe('punycode', () => {
  it.each(['аlipay', 'аррӏе', '卡盾', 'bücher', 'qq支付', 'ǅemo', '😀card', 'tеnрау'])('decodes %s like Node does', (label) => {
    const ascii = domainToASCII(`${label}.example`).split('.')[0]!;
    expect(ascii.startsWith('xn--')).toBe(true);
    expect(labelToUnicode(ascii)).toBe(domainToUnicode(`${ascii}.example`).split('.')[0]);
  });
  it('RFC 3492 sample (Chinese, simplified)', () => {
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文');
  });
  it('rejects garbage instead of throwing', () => {
    expect(decodePunycode('a-!!!')).toBeNull();
    expect(labelToUnicode('xn--zzzzzzzzzzzzzzzzzzzzzz')).toMatch(/./);
  });
});

describe('folding', () => {
  it.each([
    ['аlipay', 'alipay'], ['αlιραγ', 'alipay'], ['ΑLΙΡΑ', 'alipa'], ['ａｌｉｐａｙ', 'alipay'], ['alípay', 'alipay'], ['a1ipay', 'alipay'],
    ['0ppo', 'oppo'], ['rnihoyo', 'mihoyo'], ['vvechat', 'wechat'], ['ali-pay', 'alipay'],
  ])('skeleton(%s) = %s', (input, out) => expect(skeleton(input)).toBe(out));
  it('keeps digits and hyphens when folding letters only', () => expect(foldLetters('а1-pay')).toBe('a1-pay'));
  it('does not fold undocumented look-alikes (v for y, i for l)', () => {
    expect(skeleton('tenpav')).not.toBe(skeleton('tenpay'));
    expect(skeleton('aiipay')).not.toBe(skeleton('alipay'));
  });
});

describe('findLookalike boundaries', () => {
  it.each([
    ['qq-pay.example', 'brand-words'], ['qqpay.example', 'brand-words'], ['qq-123.example', 'brand-words'],
    ['steam-card.example', 'brand-words'], ['applestore.example', 'brand-words'], ['kami-qq-vip.example', 'brand-words'],
    ['xn--lipay-3ve.com', 'lookalike'], ['a1ipay.test', 'lookalike'], ['xn--80ak6aa92e.com', 'lookalike'],
    ['bilibi1i.test', 'lookalike'], ['alipay.com.secure-login.example', 'subdomain'],
    ['alipay.shop', 'same-name'], ['qq.example', 'same-name'], ['10010.example', 'same-name'],
    ['m.jd.com-kami.top', 'domain-dash'], ['pay.qq.com-vip.example', 'domain-dash'], ['qq.com-vip.example', 'domain-dash'],
    ['qq.com.pay-center.example', 'subdomain'], ['app1e-store.example', 'brand-words'], ['app1e-farm.example', 'confusable-words'],
    ['ste4m-card.example', 'confusable-words'], ['s0ny-music.example', 'confusable-words'], ['my-g00gle-play.test', 'confusable-words'],
    ['jd-0fficial.example', 'brand-words'], ['4lipay.test', 'confusable-words'],
  ])('%s → %s', (host, kind) => expect(findLookalike(site(host), vendors)?.kind).toBe(kind));

  it.each([
    'jdpower.example', 'steamboat.example', 'apple-farm.example', 'applesauce.example', 'steampunk.example', 'qqq.example',
    'tenpav.com', 'xboxes.example', '10086cz.test', 'my10010.example', 'alipayhk.example', 'qq.com', 'pay.qq.com',
    'weixin.qq.com', 'm.jd.com', 'jd.hk', 'shop.example', 'kadun.example',
    'qqmusic-fan.example', 'jdpower-ratings.example', 'steamboat-tours.example', 'apple-farm-2024.example', 'stearns.example',
    'jd1-fans.example', 'xapp1e.example', 'hello1.example', 'po1o-club.example',
    'tool4all.example', 'com-kami.top', 'kami.top', 'jd.comics.example', 'qq.company.example',
  ])('%s → nothing', (host) => expect(findLookalike(site(host), vendors)).toBeNull());
});

describe('hosts of the page fixtures', () => {
  it('no fixture host is read as an imitation unless its fixture says impersonation', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { FIXTURES, fixtureUrl } = await import('../../helpers/fixtures');
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : [];
    });
    /** qqka = qq + ka (a shop word): the brand-words rule's intended catch, on a scam page (personal QQ Wallet code). */
    const KNOWN = new Set(['https://qqka.example/order/pay?id=88']);
    const wrong: string[] = [];
    for (const file of walk(FIXTURES)) {
      const html = readFileSync(file, 'utf8');
      const head = html.slice(0, 2000);
      if (!/url:\s*https?:\/\//.test(head)) continue;
      const hit = findLookalike(site(fixtureUrl(html)), vendors);
      if (hit && !/impersonation|lookalike|仿冒|冒充/i.test(head) && !KNOWN.has(fixtureUrl(html))) wrong.push(`${file}: ${hit.kind} ${hit.brand}`);
    }
    expect(wrong).toEqual([]);
  });
});
