// One language's texts, whole: what a page needs to show anything in that language. Plain strings only, so the
// extension build can ship each language as one JSON literal (scripts/vite-locale-data.ts) and a page loads only the
// language it shows (lib/i18n/index.ts loadLocale).
import type { SignalHeadlines } from './signals/headlines';
import type { SignalTexts } from './signals/types';
import type { UiKey } from './ui.zh-CN';

export type LocaleTexts = {
  ui: Record<UiKey, string>;
  signals: SignalTexts;
  headlines: SignalHeadlines;
  /** Names for the `category` / `kind` ids in list signal params. */
  listLabels: { category: Record<string, string>; kind: Record<string, string> };
};
