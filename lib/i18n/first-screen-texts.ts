// The texts the popup's first screen shows (entrypoints/popup/first-screen.ts), in both languages: the light, the
// headline, the "现在怎么做" line, the primary action, the danger/warn cards' headlines, evidence and source lines.
// A few KB instead of a language's whole table (~57 KB), so the first screen waits for no chunk. In the extension
// build this module is replaced by its own value as JSON, computed from this very file at build time
// (scripts/vite-locale-data.ts); the whole table still loads for React's view (lib/i18n loadLocale).
// tests/popup/first-screen.test.ts paints every light and rule with these texts alone.
import type { Locale } from './index';
import type { LocaleTexts } from './locale-texts';
import { texts as en } from './locale-en';
import { texts as zhCN } from './locale-zh-CN';
import type { UiKey } from './ui.zh-CN';

/** Whole families (a verdict's headline key, a source's reason id…) and single keys the first screen looks up. */
const PREFIXES = ['headline.', 'light.', 'popup.now', 'popup.absent.', 'reason.', 'source.', 'severity.'];
const KEYS = [
  'popup.light.trusted', 'popup.more-same', 'ui.domain', 'ui.colon', 'ui.checked-at', 'popup.leave', 'ui.icp-assist',
  'popup.enable-sources', 'ui.truncated', 'ui.no-signals', 'ui.show-on-page', 'ui.evidence', 'popup.tech', 'banner.hidden-title',
];

export function pickFirstScreen(all: LocaleTexts): LocaleTexts {
  const ui = Object.fromEntries(Object.entries(all.ui).filter(([k]) => KEYS.includes(k) || PREFIXES.some((p) => k.startsWith(p))));
  // Signal texts (titles, explanations) and list labels are inside the cards' closed details: React's view has them.
  return { ui: ui as Record<UiKey, string>, headlines: all.headlines, signals: {} as LocaleTexts['signals'], listLabels: { category: {}, kind: {} } };
}

export const firstScreenTexts: Record<Locale, LocaleTexts> = { 'zh-CN': pickFirstScreen(zhCN), en: pickFirstScreen(en) };
