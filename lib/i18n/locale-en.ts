// English texts as one table; replaced by its own value as JSON in the extension build (see ./locale-zh-CN.ts).
import type { LocaleTexts } from './locale-texts';
import { signalHeadlines } from './signals/headlines';
import { listParamLabels } from './signals/list';
import { signalsEn } from './signals/en';
import { uiEn } from './ui.en';

export const texts: LocaleTexts = { ui: uiEn, signals: signalsEn, headlines: signalHeadlines.en, listLabels: listParamLabels.en };
