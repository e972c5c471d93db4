import { domainTexts } from './domain';
import { listTexts } from './list';
import { pageTexts } from './page';
import type { SignalTexts } from './types';

/** Every signal's en text: page signals from their detectors, then the domain and list families. */
export const signalsEn: SignalTexts = {
  ...pageTexts.en,
  ...domainTexts.en,
  ...listTexts.en,
};
