// The popup's first screen worded in one language (lib/core/frame-texts.ts has the shape and why): composed by the
// service worker when it publishes a verdict, for the tab's popup URL, and by the popup itself from a stored verdict
// when its URL carries none. Pure: what the cards say is React's view's own wording for the same parts (components/
// verdict-view, verdict-header, popup-actions, signal-list), so nothing changes when React replaces the first screen.
import { nowAdviceFor } from '../core/advice';
import { isAbsence, isTechnicalEvidence } from '../core/evidence';
import { firstCards, type CardTexts, type FrameTexts, type GroupTexts } from '../core/frame-texts';
import type { Evidence, Signal, Verdict } from '../core/types';
import { headlineMore, headlineText, LIGHT_SHAPE, lightLabel, reasonText, signalHeadline, signalSourceText, t, type Locale, type UiKey } from './index';

export type FrameOptions = {
  /** The popup fills a tab (`?tabId=`): the wide layout. */
  forTab: boolean;
  /** "在页面上显示" buttons (the popup knows the tab). */
  canShow: boolean;
  /** The page hid KaDun's banner (`?hidden=1`). */
  hidden: boolean;
  /** Only the first `cards` reason cards (the first frame). */
  cards?: number;
};

function evidenceTexts(locale: Locale, e: Evidence, canShow: boolean): CardTexts['evidence'][number] {
  const show = canShow && e.blockId !== undefined ? 1 : 0;
  if (isAbsence(e)) {
    const where = e.where === 'footer' ? 'popup.absent.footer' : e.where === 'page-end' ? 'popup.absent.page-end' : 'popup.absent.page';
    return [t(locale, where), 1, show];
  }
  return [e.where?.endsWith('-lookup') ? reasonText(locale, e.quote) : e.quote, 0, show];
}

function cardTexts(locale: Locale, s: Signal, canShow: boolean): CardTexts {
  const shown = s.evidence.slice(0, 3);
  const plain = shown.filter((e) => !isTechnicalEvidence(e));
  const source = signalSourceText(locale, s);
  return { title: signalHeadline(locale, s.id), evidence: plain.map((e) => evidenceTexts(locale, e, canShow)), tech: shown.length > plain.length ? 1 : 0, source };
}

function primaryTexts(locale: Locale, v: Verdict): FrameTexts['primary'] {
  if (v.light === 'red') return [['primary danger', t(locale, 'popup.leave')]];
  if (v.light !== 'amber' || v.rule === 'user-override') return [];
  const assist: FrameTexts['primary'][number] = ['primary', t(locale, 'ui.icp-assist')];
  return v.rule === 'unverified' ? [assist, ['link', t(locale, 'popup.enable-sources')]] : [assist];
}

/** The first screen of `verdict` in `locale`: the danger and warn groups decide, everything else is React's. */
export function firstFrame(locale: Locale, verdict: Verdict, opts: FrameOptions): FrameTexts {
  const now = nowAdviceFor(verdict.light, verdict.rule);
  const groups = (['danger', 'warn'] as const).flatMap((severity): GroupTexts[] => {
    const group = verdict.signals.filter((s) => s.severity === severity);
    return group.length ? [{ severity, heading: `${t(locale, `severity.${severity}`)} (${group.length})`, cards: group.map((s) => cardTexts(locale, s, opts.canShow)) }] : [];
  });
  const texts: FrameTexts = {
    light: verdict.light,
    tone: verdict.headline.key.startsWith('headline.user-trusted') ? 'trusted' : verdict.light,
    label: lightLabel(locale, verdict),
    shape: LIGHT_SHAPE[verdict.light],
    headline: headlineText(locale, verdict),
    more: headlineMore(locale, verdict),
    domain: [`${t(locale, 'ui.domain')}${t(locale, 'ui.colon')}`, verdict.domain],
    checked: ` · ${t(locale, 'ui.checked-at', { time: new Date(verdict.checkedAt).toLocaleTimeString(locale) })}`,
    wide: opts.forTab ? 1 : 0,
    hidden: opts.hidden ? t(locale, 'banner.hidden-title', { headline: '' }) : '',
    now: now ? [`${t(locale, 'popup.now')}${t(locale, 'ui.colon')}`, t(locale, now as UiKey)] : null,
    primary: primaryTexts(locale, verdict),
    truncated: verdict.truncated ? t(locale, 'ui.truncated') : '',
    empty: verdict.signals.length === 0 ? t(locale, 'ui.no-signals') : '',
    labels: { show: t(locale, 'ui.show-on-page'), evidence: t(locale, 'ui.evidence'), tech: t(locale, 'popup.tech') },
    groups,
  };
  return opts.cards === undefined ? texts : firstCards(texts, opts.cards);
}
