// The popup's first screen in plain DOM (issue 11/12: a cached verdict painted about as fast as an empty extension
// page): the light and headline, the "现在怎么做" line, the primary action and the danger/warn cards, with the same
// markup and classes React renders for them (components/verdict-view, verdict-header, popup-actions, signal-list), so
// nothing moves when React replaces it a moment later (./first-paint.ts paints it). It is a picture, not the popup: its buttons are disabled and
// it carries no `.verdict` (tests and scripts wait for React's), and it is `aria-busy` until React takes over.
// Everything below the first cards (good news, sources, more actions) is React's alone.
import { isAbsence, isTechnicalEvidence } from '../../lib/core/evidence';
import { nowAdviceFor } from '../../lib/core/advice';
import type { Evidence, Signal, Verdict } from '../../lib/core/types';
import { headlineMore, headlineText, LIGHT_SHAPE, lightLabel, reasonText, signalHeadline, t, type Locale, type UiKey } from '../../lib/i18n';

type Child = Node | string | null | false | undefined;

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

function header(locale: Locale, v: Verdict): HTMLElement {
  const label = lightLabel(locale, v);
  const trusted = v.headline.key.startsWith('headline.user-trusted');
  const more = headlineMore(locale, v);
  return h(`header.verdict-header.light-${trusted ? 'trusted' : v.light}`, { 'data-light': v.light },
    h('div.verdict-light', { role: 'img', 'aria-label': label },
      h('span.verdict-shape', { 'aria-hidden': 'true' }, LIGHT_SHAPE[v.light]), h('span.verdict-light-text', null, label)),
    h('h1.verdict-headline', { elementtiming: TIMING.headline }, headlineText(locale, v)),
    more && h('p.verdict-more', null, more),
    h('p.verdict-meta', null,
      h('span', null, t(locale, 'ui.domain'), t(locale, 'ui.colon'), h('b', null, v.domain)),
      h('span', null, ` · ${t(locale, 'ui.checked-at', { time: new Date(v.checkedAt).toLocaleTimeString(locale) })}`)));
}

function primary(locale: Locale, v: Verdict): HTMLElement | null {
  const button = (cls: string, key: UiKey) => h(`button.${cls}`, { type: 'button', disabled: '' }, t(locale, key));
  if (v.light === 'red') return h('div.primary-action', null, button('primary.danger', 'popup.leave'));
  if (v.light !== 'amber' || v.rule === 'user-override') return null;
  return h('div.primary-action', null, button('primary', 'ui.icp-assist'), v.rule === 'unverified' && button('link', 'popup.enable-sources'));
}

function evidenceItem(locale: Locale, e: Evidence, canShow: boolean): HTMLElement {
  const absent = isAbsence(e);
  const where = e.where === 'footer' ? 'popup.absent.footer' : e.where === 'page-end' ? 'popup.absent.page-end' : 'popup.absent.page';
  return h('li', null,
    absent ? h('span.evidence-absent', null, t(locale, where)) : h('q', null, e.where?.endsWith('-lookup') ? reasonText(locale, e.quote) : e.quote),
    canShow && e.blockId !== undefined && h('button.show-on-page', { type: 'button', disabled: '' }, t(locale, 'ui.show-on-page')));
}

function card(locale: Locale, s: Signal, canShow: boolean, first: boolean): HTMLElement {
  const shown = s.evidence.slice(0, 3);
  const plain = shown.filter((e) => !isTechnicalEvidence(e));
  const technical = shown.length > plain.length;
  const source = s.source.kind === 'page' ? t(locale, 'source.from-page') : s.source.kind === 'user' ? t(locale, 'source.from-user')
    : t(locale, 'source.from-provider', { provider: s.source.provider, time: new Date(s.source.fetchedAt).toLocaleString(locale) });
  return h('li.signal', null,
    h('details', null, h('summary.signal-title', first ? { elementtiming: TIMING.reason } : null, signalHeadline(locale, s.id))),
    plain.length > 0 && h('ul.signal-evidence', { 'aria-label': t(locale, 'ui.evidence') }, ...plain.map((e) => evidenceItem(locale, e, canShow))),
    technical && h('details.tech', null, h('summary', null, t(locale, 'popup.tech'))),
    h('p.signal-source', null, source));
}

/**
 * The danger and warn groups (what decides); the first card's headline is the clock's "first reason". `cards` caps
 * the cards drawn (the group headings keep their full counts).
 */
function reasons(locale: Locale, signals: Signal[], canShow: boolean, cards = Infinity): HTMLElement {
  if (signals.length === 0) return h('p.signals-empty', null, t(locale, 'ui.no-signals'));
  let first = true;
  let drawn = 0;
  const groups = (['danger', 'warn'] as const).map((severity) => {
    const group = signals.filter((s) => s.severity === severity);
    if (!group.length || drawn >= cards) return null;
    const shown = group.slice(0, cards - drawn);
    drawn += shown.length;
    const items = shown.map((s) => card(locale, s, canShow, first && !(first = false)));
    return h(`section.signal-group.severity-${severity}`, { 'data-severity': severity },
      h('h2', null, `${t(locale, `severity.${severity}`)} (${group.length})`), h('ul', null, ...items));
  });
  return h('div.signals', null, ...groups);
}

/**
 * Paints `verdict` into `root` (React's container: its first render replaces this in one commit). `cards` draws only
 * the first few reason cards: the popup paints the header, the advice and the first reason alone first (a frame with
 * less to lay out comes a frame sooner), then all of them (./first-paint.ts); nothing above the first card moves.
 */
export function paintFirstScreen(root: HTMLElement, locale: Locale, verdict: Verdict, opts: { forTab: boolean; canShow: boolean; hidden: boolean; cards?: number }): void {
  const now = nowAdviceFor(verdict.light, verdict.rule);
  const main = h(`main.popup.first-screen${opts.forTab ? '.for-tab' : ''}`, { 'aria-busy': 'true' },
    opts.hidden && h('p.hidden-warning', { role: 'alert' }, t(locale, 'banner.hidden-title', { headline: '' })),
    h('article.verdict-first', { 'data-light': verdict.light },
      header(locale, verdict),
      h('div.verdict-body', null, h('div.verdict-main', null,
        now && h('p.now-advice', { elementtiming: TIMING.advice }, h('b', null, t(locale, 'popup.now'), t(locale, 'ui.colon')), t(locale, now as UiKey)),
        primary(locale, verdict),
        verdict.truncated && h('p.verdict-truncated', null, t(locale, 'ui.truncated')),
        reasons(locale, verdict.signals, opts.canShow, opts.cards)))));
  document.documentElement.lang = locale;
  root.replaceChildren(main);
}
