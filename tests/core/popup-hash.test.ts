// The first frame carried in the tab's popup URL (lib/core/popup-hash.ts): what goes in comes out, compactly, and
// anything else is null.
import { describe, expect, it } from 'vitest';
import { firstFrame } from '../../lib/i18n/first-frame';
import { FIRST_FRAME_CARDS, type FrameTexts } from '../../lib/core/frame-texts';
import { decodePopupHash, encodePopupHash, POPUP_HASH_MAX } from '../../lib/core/popup-hash';
import type { Signal } from '../../lib/core/types';
import { buildVerdict } from '../../lib/core/verdict';

const sig = (id: Signal['id'], severity: Signal['severity'], evidence: Signal['evidence'] = []): Signal => ({ id, severity, evidence, source: { kind: 'page' }, params: {} });
const verdict = buildVerdict({
  url: 'https://pay.example/order?id=1#x', domain: 'pay.example', isShop: true, override: null, checkedAt: 1_764_000_000_000, truncated: false,
  sources: { page: { state: 'ok' }, icp: { state: 'off' }, rdap: { state: 'off' }, list: { state: 'ok' } },
  signals: [
    sig('payment-personal-qr', 'danger', [{ quote: '请扫码付款 ¥30 & 100% 到账 #1 ?x=1 </script> 😀', blockId: 2 }]),
    sig('payment-unlicensed-gateway', 'danger', [{ quote: '码支付', blockId: 3 }]),
    sig('icp-filing-missing', 'warn', [{ quote: '', where: 'footer' }]),
    sig('shop-detected', 'info', [{ quote: '卡密 自动发货' }]),
  ],
});
const frame = firstFrame('zh-CN', verdict, { forTab: false, canShow: true, hidden: false, cards: FIRST_FRAME_CARDS });
const carried = { tabId: 42, doc: 'a1b2', locale: 'zh-CN', frame };
const b64 = (o: unknown) => `f=${Buffer.from(JSON.stringify(o)).toString('base64url')}`;

describe('popup hash', () => {
  it('round-trips the tab, the document, the language and the first frame, whatever characters it quotes', () => {
    const hash = encodePopupHash(carried)!;
    // base64url: nothing a URL would escape, end the fragment or read as another parameter.
    expect(hash).toMatch(/^f=[\w-]+$/);
    expect(decodePopupHash(hash)).toEqual(carried);
    // What a browser gives back after putting it in a URL.
    expect(decodePopupHash(new URL(`chrome-extension://x/popup.html#${hash}`).hash.slice(1))).toEqual(carried);
  });

  it('carries the first frame only — one reason, not the whole verdict — in well under 2 KB', () => {
    expect(frame.groups).toHaveLength(1);
    expect(frame.groups[0]!.cards).toHaveLength(1);
    expect(frame.groups[0]!.heading).toContain('(2)');
    const hash = encodePopupHash(carried)!;
    expect(hash.length).toBeLessThan(1_500);
    // Even this small verdict, percent-encoded as it used to travel, is much longer (the demo's red one: 5.1 KB vs 1.1 KB).
    expect(encodeURIComponent(JSON.stringify(verdict)).length).toBeGreaterThan(hash.length * 1.5);
  });

  it('a frame too large for the URL is not carried (the popup reads storage instead)', () => {
    const huge: FrameTexts = { ...frame, groups: [{ severity: 'danger', heading: 'x', cards: Array.from({ length: 30 }, () => ({ title: '很长'.repeat(100), evidence: [], tech: 0 as const, source: '' })) }] };
    expect(encodePopupHash({ ...carried, frame: huge })).toBeNull();
    expect(POPUP_HASH_MAX).toBeGreaterThan(encodePopupHash(carried)!.length * 4);
  });

  it('anything else is null: another fragment, broken base64 or JSON, a bad tab, document or language', () => {
    const ok = { t: 1, d: 'd', g: 'en', f: frame };
    expect(decodePopupHash(b64(ok))).toEqual({ tabId: 1, doc: 'd', locale: 'en', frame });
    for (const bad of ['', 'reasons', 'k=%7B%7D', 'f=', 'f=%7B', 'f=e30=', 'f=!!!!', `f=${Buffer.from('{"t":').toString('base64url')}`,
      `f=${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}`, `f=${'A'.repeat(POPUP_HASH_MAX)}`]) expect(decodePopupHash(bad), bad).toBeNull();
    for (const bad of [{ t: -1 }, { t: 1.5 }, { t: '1' }, { d: 7 }, { d: 'x'.repeat(101) }, { g: 'zh<CN' }, { g: 3 }, { f: undefined }, { f: 'text' }]) {
      expect(decodePopupHash(b64({ ...ok, ...bad })), JSON.stringify(bad)).toBeNull();
    }
  });

  it('a frame of the wrong shape is refused, field by field', () => {
    const card = frame.groups[0]!.cards[0]!;
    const broken: Array<Partial<Record<keyof FrameTexts, unknown>>> = [
      { light: 'purple' }, { tone: 'pink' }, { label: 1 }, { headline: 'x'.repeat(401) }, { more: null }, { domain: ['网站：'] },
      { checked: 0 }, { wide: 2 }, { hidden: undefined }, { now: ['a'] }, { primary: [['evil', '离开']] }, { primary: 'x' },
      { truncated: false }, { empty: 0 }, { labels: { show: 'x', evidence: 'y' } }, { groups: {} },
      { groups: [{ severity: 'info', heading: 'x', cards: [] }] },
      { groups: [{ severity: 'danger', heading: 'x', cards: [{ ...card, evidence: [['q', 2, 0]] }] }] },
      { groups: [{ severity: 'danger', heading: 'x', cards: [{ ...card, evidence: [['q', 0, 0], ['q', 0, 0], ['q', 0, 0], ['q', 0, 0]] }] }] },
      { groups: [{ severity: 'danger', heading: 'x', cards: [{ ...card, tech: true }] }] },
    ];
    for (const bad of broken) expect(decodePopupHash(b64({ t: 1, d: 'd', g: 'en', f: { ...frame, ...bad } })), JSON.stringify(bad)).toBeNull();
  });
});
