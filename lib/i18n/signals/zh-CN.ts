import { domainTexts } from './domain';
import { listTexts } from './list';
import { pageTexts } from './page';
import type { SignalTexts } from './types';

/** Every signal's zh-CN text: page signals from their detectors, then the domain and list families. */
export const signalsZh: SignalTexts = {
  ...pageTexts.zh,
  ...domainTexts.zh,
  ...listTexts.zh,
};
