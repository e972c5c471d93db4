// zh-CN's texts as one table. In the extension build this module is replaced by its own value as JSON (computed from
// this very file at build time, scripts/vite-locale-data.ts), so loading a language never loads the detectors that
// declare the page signals' texts.
import type { LocaleTexts } from './locale-texts';
import { signalHeadlines } from './signals/headlines';
import { listParamLabels } from './signals/list';
import { signalsZh } from './signals/zh-CN';
import { uiZh } from './ui.zh-CN';

export const texts: LocaleTexts = { ui: uiZh, signals: signalsZh, headlines: signalHeadlines['zh-CN'], listLabels: listParamLabels.zh };
