// Page signals' texts, read from the detectors that declare them (a detector is one file: logic, text, place in the
// headline order). tests/detectors/registry.test.ts checks every page signal id has a registered detector.
import type { PageSignalId } from '../../core/signal-ids';
import type { SignalText } from '../../core/types';
import { PAGE_TEXTS } from '../../detectors/page';

type PageTexts = Record<PageSignalId, SignalText>;
const table = (lang: 'zh-CN' | 'en') => Object.fromEntries(Object.entries(PAGE_TEXTS).map(([id, text]) => [id, text[lang]])) as PageTexts;

export const pageTexts: { zh: PageTexts; en: PageTexts } = { zh: table('zh-CN'), en: table('en') };
