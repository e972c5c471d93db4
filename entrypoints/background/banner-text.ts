// The in-page banner's words (issue 11 item 11): one short sentence a person takes in at a glance. The reason is the
// deciding signal's title without its payload ("疑似个人收款码", not "疑似个人收款码：wxp://…"); the signal titles
// carry the hedge (疑似 / Probably), so the sentence around them never adds another one.
import type { BannerDecision } from '../../lib/core/banner';
import { isSignalId } from '../../lib/core/signal-ids';
import type { Verdict } from '../../lib/core/types';
import { fill, headlineText, signalText, t, type Locale } from '../../lib/i18n';
import { signalsEn } from '../../lib/i18n/signals/en';
import { signalsZh } from '../../lib/i18n/signals/zh-CN';

export type BannerWords = {
  tone: 'red' | 'amber';
  text: string;
  title: string;
  reasonsLabel: string;
  dismissLabel: string;
  leaveLabel: string;
  paymentStep: boolean;
};

/** A title template's trailing "：{payload}" / ": {payload}" (a quoted code, number or term): left out of the banner. */
const TRAILING_PARAM = /\s*[：:]\s*[「“"']?\{\w+\}[」”"']?\s*$/;

/** The deciding signal's title, short: without a trailing quoted value. */
export function bannerReason(locale: Locale, verdict: Verdict): string {
  const top = verdict.signals.find((s) => s.id === verdict.headline.params.signal) ?? verdict.signals.find((s) => s.severity === 'danger' || s.severity === 'warn');
  if (!top) return headlineText(locale, verdict);
  // List titles show category names, not ids (signalText maps them): written out whole.
  if (!isSignalId(top.id) || top.id.startsWith('list-')) return signalText(locale, top).title;
  const template = (locale === 'en' ? signalsEn : signalsZh)[top.id].title;
  const short = template.replace(TRAILING_PARAM, '');
  // A title that is only its payload, or one with a placeholder in the middle, is written out whole.
  return short.trim() === '' ? signalText(locale, top).title : fill(short, top.params);
}

export function bannerWords(locale: Locale, verdict: Verdict, decision: Extract<BannerDecision, { show: true }>): BannerWords {
  const key = decision.trusted ? 'banner.trusted-pay' : decision.paymentStep ? (decision.tone === 'red' ? 'banner.red-pay' : 'banner.amber-pay') : 'banner.red';
  return {
    tone: decision.tone,
    text: t(locale, key, { reason: bannerReason(locale, verdict) }).slice(0, 300),
    title: t(locale, 'app.name'),
    reasonsLabel: t(locale, 'banner.reasons'),
    dismissLabel: t(locale, 'banner.dismiss'),
    leaveLabel: t(locale, 'banner.leave'),
    paymentStep: decision.paymentStep,
  };
}
