// The popup's first screen in plain DOM (issue 11: a cached verdict painted about as fast as an empty extension page):
// the words lib/core/frame-texts.ts describes — the light and headline, the "现在怎么做" line, the primary action and the
// danger/warn cards — laid out with the same markup and classes React renders for them (components/verdict-view,
// verdict-header, popup-actions, signal-list), so nothing moves when React replaces it a moment later. It is a picture,
// not the popup: its buttons are disabled and it carries no `.verdict` (tests and scripts wait for React's), and it is
// `aria-busy` until React takes over. Everything below the first cards (good news, sources, more actions) is React's.
// Two painters: popup-first.js (entrypoints/popup-first/) for the words the tab's popup URL carries, and the popup's
// module (./first-paint.ts) for a verdict read from storage, worded by lib/i18n/first-frame.ts. No language table and
// no verdict code here, so popup-first.js stays a few KB. Text is only ever text (never parsed as markup): the words
// may quote a hostile page.
import type { CardTexts, FrameTexts } from '../../lib/core/frame-texts';

type Child = Node | string | null | false | undefined | 0;

/** h('p.now-advice', {elementtiming: 'x'}, …): an element with classes, attributes and children. */
function h(tagAndClass: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const [tag, ...classes] = tagAndClass.split('.');
  const el = document.createElement(tag!);
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Marks the texts whose paint is the popup's first-paint clock (Element Timing; scripts/bench/popup.ts). */
export const TIMING = { headline: 'kadun-headline', advice: 'kadun-advice', reason: 'kadun-reason' } as const;

function header(x: FrameTexts): HTMLElement {
  return h(`header.verdict-header.light-${x.tone}`, { 'data-light': x.light },
    h('div.verdict-light', { role: 'img', 'aria-label': x.label },
      h('span.verdict-shape', { 'aria-hidden': 'true' }, x.shape), h('span.verdict-light-text', null, x.label)),
    h('h1.verdict-headline', { elementtiming: TIMING.headline }, x.headline),
    x.more && h('p.verdict-more', null, x.more),
    h('p.verdict-meta', null, h('span', null, x.domain[0], h('b', null, x.domain[1])), h('span', null, x.checked)));
}

function card(x: FrameTexts, c: CardTexts, first: boolean): HTMLElement {
  const disabled = { type: 'button', disabled: '' };
  return h('li.signal', null,
    h('details', null, h('summary.signal-title', first ? { elementtiming: TIMING.reason } : null, c.title)),
    c.evidence.length > 0 && h('ul.signal-evidence', { 'aria-label': x.labels.evidence }, ...c.evidence.map(([text, absent, show]) => h('li', null,
      absent ? h('span.evidence-absent', null, text) : h('q', null, text),
      show && h('button.show-on-page', disabled, x.labels.show)))),
    c.tech && h('details.tech', null, h('summary', null, x.labels.tech)),
    h('p.signal-source', null, c.source));
}

/** The danger and warn groups (what decides); the first card's headline is the clock's "first reason". */
function reasons(x: FrameTexts): HTMLElement {
  if (x.empty) return h('p.signals-empty', null, x.empty);
  let first = true;
  return h('div.signals', null, ...x.groups.map((g) => h(`section.signal-group.severity-${g.severity}`, { 'data-severity': g.severity },
    h('h2', null, g.heading), h('ul', null, ...g.cards.map((c) => card(x, c, first && !(first = false)))))));
}

/** The first screen's element for `x`. */
export function firstScreen(x: FrameTexts): HTMLElement {
  return h(`main.popup.first-screen${x.wide ? '.for-tab' : ''}`, { 'aria-busy': 'true' },
    x.hidden && h('p.hidden-warning', { role: 'alert' }, x.hidden),
    h('article.verdict-first', { 'data-light': x.light },
      header(x),
      h('div.verdict-body', null, h('div.verdict-main', null,
        x.now && h('p.now-advice', { elementtiming: TIMING.advice }, h('b', null, x.now[0]), x.now[1]),
        x.primary.length > 0 && h('div.primary-action', null, ...x.primary.map(([cls, text]) => h(`button.${cls.replace(' ', '.')}`, { type: 'button', disabled: '' }, text))),
        x.truncated && h('p.verdict-truncated', null, x.truncated),
        reasons(x)))));
}

/** Paints `x` into `root` (React's container: its first render replaces this in one commit), in its language. */
export function paintFirstScreen(root: HTMLElement, locale: string, x: FrameTexts): void {
  document.documentElement.lang = locale;
  root.replaceChildren(firstScreen(x));
}
