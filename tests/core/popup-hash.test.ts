// The verdict carried in the tab's popup URL (lib/core/popup-hash.ts): what goes in comes out, anything else is null.
import { describe, expect, it } from 'vitest';
import { decodePopupHash, encodePopupHash, POPUP_HASH_MAX } from '../../lib/core/popup-hash';

const verdict = { url: 'http://pay.test/order?id=1#x', light: 'red', headline: { key: 'h', params: { n: 2 } }, quote: '请扫码付款 ¥30 & 100% 到账 #1' };

describe('popup hash', () => {
  it('round-trips the tab, the document and the verdict, whatever characters the verdict holds', () => {
    const hash = encodePopupHash({ tabId: 42, doc: 'a1b2', verdict })!;
    expect(hash.startsWith('k=')).toBe(true);
    // Nothing that would end the fragment or be read as another parameter.
    expect(hash.slice(2)).not.toMatch(/[#&\s]/);
    expect(decodePopupHash(hash)).toEqual({ tabId: 42, doc: 'a1b2', verdict });
    // What a browser gives back after putting it in a URL.
    expect(decodePopupHash(new URL(`chrome-extension://x/popup.html#${hash}`).hash.slice(1))).toEqual({ tabId: 42, doc: 'a1b2', verdict });
  });

  it('a verdict too large for the URL is not carried (the popup reads storage instead)', () => {
    expect(encodePopupHash({ tabId: 1, doc: 'd', verdict: { quote: 'x'.repeat(POPUP_HASH_MAX) } })).toBeNull();
  });

  it('anything else is null: another fragment, broken JSON, a bad tab id or document, no verdict', () => {
    expect(decodePopupHash('')).toBeNull();
    expect(decodePopupHash('reasons')).toBeNull();
    expect(decodePopupHash('k=%7B')).toBeNull();
    expect(decodePopupHash('k=%E0%A4%A')).toBeNull();
    const enc = (o: unknown) => `k=${encodeURIComponent(JSON.stringify(o))}`;
    expect(decodePopupHash(enc({ t: -1, d: 'd', v: {} }))).toBeNull();
    expect(decodePopupHash(enc({ t: 1.5, d: 'd', v: {} }))).toBeNull();
    expect(decodePopupHash(enc({ t: 1, d: 7, v: {} }))).toBeNull();
    expect(decodePopupHash(enc({ t: 1, d: 'x'.repeat(101), v: {} }))).toBeNull();
    expect(decodePopupHash(enc({ t: 1, d: 'd' }))).toBeNull();
    expect(decodePopupHash(enc({ t: 1, d: 'd', v: null }))).toEqual({ tabId: 1, doc: 'd', verdict: null });
  });
});
