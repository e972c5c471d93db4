// The popup's first screen as words (issue 11: a cached verdict painted within 1.3× an empty extension page): the
// light, the headline, the "现在怎么做" line, the primary action and the danger/warn cards, already in one language. The
// service worker composes them (lib/i18n/first-frame.ts) and the tab's popup URL carries them (./popup-hash.ts), so the
// popup's first script only has to lay them out (entrypoints/popup/first-screen.ts), with no language table and no
// verdict to check. This file is the shape, its check for words that came through a URL, and the first frame cut from
// them; it stays free of language tables, because the popup's first script carries all of it.
import { LIGHTS } from './levels';
import type { Light } from './types';

/** One piece of evidence: its text (a quote, or what was absent), whether it is an absence, whether it can be shown. */
export type EvidenceTexts = [text: string, absent: 0 | 1, show: 0 | 1];
export type CardTexts = { title: string; evidence: EvidenceTexts[]; tech: 0 | 1; source: string };
export type GroupTexts = { severity: 'danger' | 'warn'; heading: string; cards: CardTexts[] };

export type FrameTexts = {
  light: Light;
  /** The header's colour: the light's, or 'trusted' when the person trusted the site. */
  tone: Light | 'trusted';
  label: string;
  shape: string;
  headline: string;
  /** "另有 N 项同类问题", or ''. */
  more: string;
  /** "网站：" and the domain. */
  domain: [label: string, domain: string];
  /** " · 检查于 …". */
  checked: string;
  /** The wide layout of a popup opened in a tab. */
  wide: 0 | 1;
  /** The warning that the page hid KaDun's banner, or ''. */
  hidden: string;
  /** "现在怎么做：" and the advice, or null (no advice for this light). */
  now: [label: string, text: string] | null;
  /** The primary action's buttons: class, label. */
  primary: Array<[cls: 'primary danger' | 'primary' | 'link', text: string]>;
  /** The verdict was cut short, or ''. */
  truncated: string;
  /** "没有发现问题"-like text when there are no signals at all, or ''. */
  empty: string;
  /** Labels every card shares: "在页面上显示", the evidence list's name, "技术细节". */
  labels: { show: string; evidence: string; tech: string };
  groups: GroupTexts[];
};

/**
 * How many reason cards the first frame holds: measured, a frame with the whole first screen to lay out came one frame
 * later. The popup's URL carries only these; the module paints the rest a frame later, or React's view does.
 */
export const FIRST_FRAME_CARDS = 1;

/** `texts` with only its first `n` reason cards, and no group left without one (the group headings keep their counts). */
export function firstCards(texts: FrameTexts, n: number): FrameTexts {
  let left = n;
  const groups = texts.groups.map((g) => {
    const cards = g.cards.slice(0, Math.max(0, left));
    left -= cards.length;
    return { ...g, cards };
  }).filter((g) => g.cards.length > 0);
  return { ...texts, groups };
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max = 400): x is string => typeof x === 'string' && x.length <= max;
const bit = (x: unknown) => x === 0 || x === 1;
const list = (x: unknown, max: number): x is unknown[] => Array.isArray(x) && x.length <= max;
const pair = (x: unknown) => list(x, 2) && x.length === 2 && str(x[0]) && str(x[1]);
const PRIMARY: readonly unknown[] = ['primary danger', 'primary', 'link'];

const card = (c: unknown) => isObj(c) && str(c.title) && bit(c.tech) && str(c.source)
  && list(c.evidence, 3) && c.evidence.every((e) => list(e, 3) && e.length === 3 && str(e[0]) && bit(e[1]) && bit(e[2]));
const group = (g: unknown) => isObj(g) && (g.severity === 'danger' || g.severity === 'warn') && str(g.heading)
  && list(g.cards, 200) && g.cards.every(card);

/** True when `x` has FrameTexts' shape (what a hand-made popup URL could hold otherwise is refused). */
export function isFrameTexts(x: unknown): x is FrameTexts {
  if (!isObj(x) || !(LIGHTS as readonly unknown[]).includes(x.light)) return false;
  const l = x.labels;
  return (x.tone === 'trusted' || (LIGHTS as readonly unknown[]).includes(x.tone)) && str(x.label) && str(x.shape)
    && str(x.headline) && str(x.more) && pair(x.domain) && str(x.checked) && bit(x.wide) && str(x.hidden)
    && (x.now === null || pair(x.now)) && list(x.primary, 3) && x.primary.every((p) => pair(p) && PRIMARY.includes((p as unknown[])[0]))
    && str(x.truncated) && str(x.empty) && isObj(l) && str(l.show) && str(l.evidence) && str(l.tech)
    && list(x.groups, 2) && x.groups.every(group);
}
