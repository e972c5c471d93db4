// The popup's first screen (entrypoints/popup/first-screen.ts) is a plain-DOM picture of what React renders a
// moment later: painted with the first-screen texts alone (lib/i18n/first-screen-texts.ts) for every light and rule
// in both languages, its header and advice line are React's markup exactly, and its primary action and danger/warn
// cards say the same things in the same places. It is never mistaken for the popup: no `.verdict`, buttons disabled.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PrimaryAction } from '../../components/popup-actions/popup-actions';
import { VerdictView } from '../../components/verdict-view/verdict-view';
import { paintFirstScreen } from '../../entrypoints/popup/first-screen';
import { firstFrame, type FrameOptions } from '../../lib/i18n/first-frame';
import { firstScreen } from '../../entrypoints/popup/first-screen';
import { FIRST_FRAME_CARDS, isFrameTexts } from '../../lib/core/frame-texts';
import { decodePopupHash, encodePopupHash } from '../../lib/core/popup-hash';
import type { Signal, Verdict } from '../../lib/core/types';
import { buildVerdict } from '../../lib/core/verdict';
import { registerLocale, type Locale } from '../../lib/i18n';
import { firstScreenTexts } from '../../lib/i18n/first-screen-texts';
import { texts as en } from '../../lib/i18n/locale-en';
import { texts as zhCN } from '../../lib/i18n/locale-zh-CN';

// A DOM for the painter (which uses the page's global `document`), without switching the whole file's environment.
const { document } = new Window() as unknown as { document: Document };
(globalThis as { document?: Document }).document = document;

const sig = (id: Signal['id'], severity: Signal['severity'], evidence: Signal['evidence'] = [], params: Signal['params'] = {}, source: Signal['source'] = { kind: 'page' }): Signal =>
  ({ id, severity, evidence, source, params });
const sources = { page: { state: 'ok' }, icp: { state: 'off' }, rdap: { state: 'off' }, list: { state: 'ok' } } as const;
const base = { url: 'https://pay.example/p', domain: 'pay.example', isShop: true, sources, override: null, checkedAt: 1_764_000_000_000, truncated: false };
const danger = [
  sig('payment-personal-qr', 'danger', [{ quote: 'wxp://f2f0abcdef', where: 'image', blockId: 3 }], { payload: 'wxp://f2f0abcdef' }),
  sig('payment-unlicensed-gateway', 'danger', [{ quote: '请使用微信扫码，扫码后输入金额支付。', blockId: 4 }], { gateway: '码支付' }),
];
const warn = [
  sig('icp-filing-missing', 'warn', [{ quote: '', where: 'footer', blockId: 9 }]),
  sig('domain-young', 'warn', [{ quote: 'timeout', where: 'rdap-lookup' }], { ageDays: 12, domain: 'pay.example' }, { kind: 'provider', provider: 'rdap', fetchedAt: 1_764_000_000_000 }),
];
const info = [sig('shop-detected', 'info')];
const verdicts: Array<[string, Verdict]> = [
  ['red', buildVerdict({ ...base, signals: [...info, ...warn, ...danger] })],
  ['red, cut short', buildVerdict({ ...base, signals: danger, truncated: true, skipped: ['blocks'] })],
  ['amber (warn)', buildVerdict({ ...base, signals: [...info, ...warn] })],
  ['amber (unverified)', buildVerdict({ ...base, signals: info })],
  ['green', buildVerdict({ ...base, signals: [sig('official-vendor', 'good')] })],
  ['grey, not a shop', buildVerdict({ ...base, isShop: false, signals: [] })],
  ['trusted despite danger', buildVerdict({ ...base, signals: [...warn, ...danger], override: 'trusted' })],
  ['blocked by the person', buildVerdict({ ...base, signals: info, override: 'blocked' })],
];
const LOCALES: Locale[] = ['zh-CN', 'en'];
const cases = LOCALES.flatMap((locale) => verdicts.map(([name, v]) => [locale, name, v] as const));

/** Worded (lib/i18n/first-frame.ts) and laid out (first-screen.ts), as both painters do. */
const paintInto = (root: HTMLElement, locale: Locale, verdict: Verdict, opts: FrameOptions) => paintFirstScreen(root, locale, firstFrame(locale, verdict, opts));

function paint(locale: Locale, verdict: Verdict): HTMLElement {
  const root = document.createElement('div');
  paintInto(root, locale, verdict, { forTab: false, canShow: true, hidden: false });
  return root;
}

// First with the first-screen texts as the whole table (the test setup registers every text; a missing one would
// throw here); React's markup needs every text, registered again after.
const painted = new Map<string, string>();
for (const [locale, name, v] of cases) {
  registerLocale(locale, firstScreenTexts[locale]);
  painted.set(`${locale} ${name}`, paint(locale, v).innerHTML);
}
registerLocale('zh-CN', zhCN);
registerLocale('en', en);

describe('the first screen', () => {
  it.each(cases)('%s, %s: painted with the first-screen texts alone', (locale, name) => {
    const html = painted.get(`${locale} ${name}`)!;
    expect(html).toContain('verdict-headline');
    expect(html).not.toContain('undefined');
    expect(html).not.toMatch(/\{\w+\}/);
  });

  it.each(cases)('%s, %s: the same header, advice line, action and cards as React\'s view', (locale, _name, verdict) => {
    const ours = paint(locale, verdict);
    const react = document.createElement('div');
    react.innerHTML = renderToStaticMarkup(
      <VerdictView locale={locale} verdict={verdict} onShow={() => {}} primary={<PrimaryAction locale={locale} verdict={verdict} onLeave={() => {}} onIcpAssist={() => {}} onOptions={() => {}} />} />,
    );
    const one = (root: Element, sel: string) => root.querySelector(sel)?.outerHTML ?? null;
    expect(one(ours, 'header.verdict-header')).toBe(one(react, 'header.verdict-header'));
    expect(one(ours, '.now-advice')).toBe(one(react, '.now-advice'));
    const buttons = (root: Element) => [...root.querySelectorAll('.primary-action button')].map((b) => `${b.className}: ${b.textContent}`);
    expect(buttons(ours)).toEqual(buttons(react));
    // The danger and warn groups: heading, then each card's headline, plain evidence and source line, in order.
    const cards = (root: Element) => [...root.querySelectorAll('.severity-danger, .severity-warn')].map((g) => [
      g.querySelector('h2')!.textContent,
      ...[...g.querySelectorAll(':scope > ul > li.signal')].map((li) => [
        li.querySelector('summary.signal-title')!.textContent, li.querySelector('summary.signal-title')!.getAttribute('elementtiming'),
        li.querySelector(':scope > ul.signal-evidence')?.textContent ?? '', li.querySelector(':scope > details.tech > summary')?.textContent ?? '',
        li.querySelector('.signal-source')!.textContent,
      ].join(' | ')),
    ]);
    expect(cards(ours)).toEqual(cards(react));
    expect(Boolean(ours.querySelector('.verdict-truncated'))).toBe(Boolean(react.querySelector('.verdict-truncated')));
    expect(Boolean(ours.querySelector('.signals-empty'))).toBe(Boolean(react.querySelector('.signals-empty')));
  });

  it('marks its headline, advice line and first danger reason for the paint clock, and is not the popup yet', () => {
    const root = paint('zh-CN', verdicts[0]![1]);
    expect([...root.querySelectorAll('[elementtiming]')].map((e) => [e.getAttribute('elementtiming'), e.textContent?.slice(0, 11)])).toEqual([
      ['kadun-headline', '收款码疑似是个人收款码'], ['kadun-advice', '现在怎么做：先不要付款'], ['kadun-reason', '收款码疑似是个人收款码'],
    ]);
    expect(root.querySelector('.verdict')).toBeNull();
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b) => b.disabled && !b.name)).toBe(true);
  });

  it('replaces what the container held, and shows the hidden-banner warning when the page hid it', () => {
    const root = document.createElement('div');
    root.append(document.createElement('p'));
    paintInto(root, 'zh-CN', verdicts[0]![1], { forTab: true, canShow: false, hidden: true });
    expect(root.children.length).toBe(1);
    expect(root.querySelector('main.popup.for-tab > p.hidden-warning[role=alert]')).not.toBeNull();
    expect(root.querySelector('.show-on-page')).toBeNull();
  });

  it('draws the first card alone when asked (the first frame), then the same screen in full with nothing above it changed', () => {
    const [, red] = verdicts[0]!;
    const one = document.createElement('div');
    paintInto(one, 'zh-CN', red, { forTab: false, canShow: true, hidden: false, cards: 1 });
    const full = paint('zh-CN', red);
    expect(one.querySelectorAll('li.signal')).toHaveLength(1);
    expect(full.querySelectorAll('li.signal')).toHaveLength(danger.length + warn.length);
    // The group heading keeps its full count; the warn group waits for the full paint.
    expect(one.querySelector('.severity-danger h2')!.textContent).toContain(`(${danger.length})`);
    expect(one.querySelector('.severity-warn')).toBeNull();
    // The header, the advice, the primary action and the first card are the full screen's own.
    const top = (root: HTMLElement) => [root.querySelector('header')!.outerHTML, root.querySelector('.now-advice')!.outerHTML,
      root.querySelector('.primary-action')!.outerHTML, root.querySelector('li.signal')!.outerHTML];
    expect(top(one)).toEqual(top(full));
    expect(one.querySelector('[elementtiming=kadun-reason]')!.textContent).toBe(full.querySelector('[elementtiming=kadun-reason]')!.textContent);
  });

  it.each(cases)('%s, %s: the frame the worker words for the popup URL passes the popup\'s check and travels intact', (locale, _name, verdict) => {
    const frame = firstFrame(locale, verdict, { forTab: false, canShow: true, hidden: false, cards: FIRST_FRAME_CARDS });
    expect(isFrameTexts(frame)).toBe(true);
    const hash = encodePopupHash({ tabId: 7, doc: 'd1', locale, frame });
    expect(hash).not.toBeNull();
    expect(decodePopupHash(hash!)?.frame).toEqual(frame);
  });

  it('the longest evidence a verdict may hold still makes a frame that travels', () => {
    const long = (n: number) => '付'.repeat(n);
    const v = buildVerdict({ ...base, signals: [sig('payment-personal-qr', 'danger', [1, 2, 3].map((i) => ({ quote: long(300), blockId: i })))] });
    const frame = firstFrame('zh-CN', v, { forTab: false, canShow: true, hidden: false, cards: FIRST_FRAME_CARDS });
    expect(isFrameTexts(frame)).toBe(true);
    expect(encodePopupHash({ tabId: 1, doc: 'd', locale: 'zh-CN', frame })).not.toBeNull();
  });

  it('lays out words as text only: a quote with markup makes no element', () => {
    const [, red] = verdicts[0]!;
    const frame = firstFrame('zh-CN', red, { forTab: false, canShow: true, hidden: false });
    const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const card = frame.groups[0]!.cards[0]!;
    const el = firstScreen({ ...frame, headline: hostile, groups: [{ ...frame.groups[0]!, cards: [{ ...card, evidence: [[hostile, 0, 1]] }] }] });
    expect(el.querySelectorAll('img, script')).toHaveLength(0);
    expect(el.querySelector('.verdict-headline')!.textContent).toBe(hostile);
    expect(el.querySelector('.signal-evidence q')!.textContent).toBe(hostile);
  });
});
