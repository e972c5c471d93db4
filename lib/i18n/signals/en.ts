import { domainTexts } from './domain';
import { listTexts } from './list';
import { pageGoodTexts } from './page-good';
import { paymentTexts } from './payment';
import type { SignalTexts } from './types';
import { vocabularyTexts } from './vocabulary';

export const signalsEn: SignalTexts = {
  'shop-detected': {
    title: 'This is a card / top-up shop',
    explain: 'The page shows products, prices and a way to buy (or card-shop software). KaDun checks it as a shop: its filing, how it takes payment and the risk list.',
  },
  'icp-filing-missing': {
    title: 'No ICP filing number on this page',
    explain: 'No ICP filing (备案) number or ICP licence number was found on this shop page, footer included. Internet information services in mainland China must be filed or licensed (Measures on Internet Information Services, art. 4), and the number must be shown at the bottom centre of the home page with a link to the MIIT system (Measures on Non-commercial Internet Information Service Filing, art. 13). Unfiled card shops are usually hosted abroad and are hard to trace when they take the money and vanish. The number might be shown as an image, which KaDun cannot read.',
    action: 'Look the domain up at beian.miit.gov.cn. If nothing is found, do not pay large amounts: pay only through escrow or licensed merchant channels, test with a small order and keep your order and payment records.',
  },
  'icp-filing-invalid': {
    title: 'Probably a fake filing number: {number}',
    explain: 'The filing / licence number {number} shown on the page cannot have been issued by MIIT: the province prefix is wrong (萌ICP备 is a joke registry, not MIIT; Hong Kong, Macau and Taiwan get no MIIT numbers), the digit count is wrong (filings have 6, 8 or 10 digits), the year is in the future, or it is a template example such as 京ICP备12345678号. Sites showing fake numbers are usually not filed at all (Measures on Internet Information Services, art. 4), so nobody can be held to account through the filing.',
    action: 'Do not pay this shop. If you already paid, keep the order, chat and payment records, report it to 12321 and call 110 if needed.',
  },
  'icp-license-claimed': {
    title: 'The shop claims an operating licence: {number}',
    explain: 'The page shows an ICP operating licence or value-added telecom licence number {number}. Commercial internet information services need a licence (Measures on Internet Information Services, art. 4), and only companies get one. KaDun has not verified this number: showing someone else\'s real number is a common trick, and it only counts if the MIIT system says it belongs to this site.',
    action: 'Look the licence up at tsm.miit.gov.cn and check that the holder matches the company named by the shop and on its business licence.',
  },
  'police-filing-invalid': {
    title: 'The police filing number may be made up: {number}',
    explain: 'A police (公安) filing number is a province prefix, 公网安备 and 14 digits; the first 6 digits are the area code (GB/T 2260) of the police bureau that took the filing, e.g. 11… for Beijing, 42… for Hubei. The number {number} on this page has the wrong number of digits, does not start with a valid province code, or does not match its province / city prefix, so it may have been invented.',
    action: 'Look the number up at beian.mps.gov.cn. If it is not found or does not match, do not pay.',
  },
  'uscc-invalid': {
    title: 'The unified social credit code may be wrong: {code}',
    explain: 'The unified social credit code (统一社会信用代码) {code} on this page fails the GB 32100-2015 check (length, characters or check character). Real codes almost always pass, so this strongly suggests an invented or mistyped code, though it is not proof (a very few real codes fail). The E-commerce Law (art. 15) requires shops to show their business licence information prominently on the home page; showing false information is a problem in itself.',
    action: 'Search the code and the company name at gsxt.gov.cn. If nothing matches, do not pay.',
  },
  'uscc-sole-proprietor': {
    title: 'The seller is a sole proprietor',
    explain: 'The unified social credit code {code} on this page starts with 92, which means an individual business (个体工商户), not a company. That is legal, but an individual business cannot hold an ICP operating licence (only companies can), and what you can recover if something goes wrong is limited.',
    action: 'Check the name and business scope at gsxt.gov.cn, and pay only through escrow platforms or licensed merchant channels.',
  },
  ...paymentTexts.en,
  ...vocabularyTexts.en,
  ...pageGoodTexts.en,
  ...domainTexts.en,
  ...listTexts.en,
};
