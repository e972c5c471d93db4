// The content script's first look: which pages get the full (local) analysis.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { quickShopCheck } from '../../entrypoints/shop.content/quick-check';
import { PAGE_FIXTURES } from '../helpers/fixtures';

function check(html: string) {
  const window = new Window({ url: 'https://x.example/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  try {
    return quickShopCheck(window.document as unknown as Document);
  } finally {
    window.happyDOM.close().catch(() => undefined);
  }
}
const fixture = (p: string) => readFileSync(join(PAGE_FIXTURES, p), 'utf8');

describe('quickShopCheck', () => {
  it.each([
    ['a card shop', 'shop-detected/match-dujiaoka-home.html', { isShop: true, analyse: true }],
    ['a cashier page with no buy button', 'payment-step/match-qr-with-amount.html', { analyse: true }],
    ['a V免签 pay page', 'payment-unlicensed-gateway/match-vmq-pay-page.html', { analyse: true }],
    ['a page selling black-market accounts', 'illegal-goods/match-account-shop.html', { analyse: true }],
    ['an ordinary blog', 'shop-detected/nomatch-blog.html', { isShop: false, analyse: false }],
  ] as const)('%s', (_n, file, expected) => {
    expect(check(fixture(file))).toMatchObject(expected);
  });
});
