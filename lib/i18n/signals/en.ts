import type { SignalTexts } from './types';

export const signalsEn: SignalTexts = {
  'shop-detected': {
    title: 'This is a card / top-up shop',
    explain: 'The page shows products, prices and a way to buy (or card-shop software). KaDun checks it as a shop: its filing, how it takes payment and the risk list.',
  },
};
