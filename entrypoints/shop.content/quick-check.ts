// The cheap first look every page gets: a bounded text sample and the page's controls, no layout, no styles.
import { classifyShop, commerceHint } from '../../lib/extract/shop-classifier';

const SAMPLE_CHARS = 6000;

export type QuickCheck = {
  isShop: boolean;
  /** Worth the full (local) analysis: a shop, or a page that talks about paying or card-shop trade. */
  analyse: boolean;
};

export function quickShopCheck(doc: Document): QuickCheck {
  let text = '';
  const shortTexts: string[] = [];
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */, {
      acceptNode: (n) => {
        const tag = n.parentElement?.localName;
        return tag === 'script' || tag === 'style' || tag === 'noscript' ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */;
      },
    });
    for (let n = walker.nextNode(); n && text.length < SAMPLE_CHARS; n = walker.nextNode()) {
      // Clipped before it is added: one 20 MB text node must cost no more than the sample it can fill.
      const value = (n.nodeValue ?? '').slice(0, SAMPLE_CHARS - text.length);
      text += value + ' ';
      // Buy controls drawn as styled views ("立即购买" in a uni-view or a div.btn): short texts, as the full check reads them.
      const short = value.trim();
      if (short.length > 0 && short.length <= 6 && shortTexts.length < 200) shortTexts.push(short);
    }
  }
  const controls = Array.from(doc.querySelectorAll('button, a, input[type=submit], [role=button]')).slice(0, 300);
  const code = [
    ...Array.from(doc.querySelectorAll('script[src], link[href]')).slice(0, 80).map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? ''),
    ...Array.from(doc.querySelectorAll('form[action]')).slice(0, 20).map((f) => f.getAttribute('action') ?? ''),
    ...Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 10).map((s) => (s.textContent ?? '').slice(0, 1500)),
  ];
  const sample = text.normalize('NFKC').replace(/[\u200B-\u200F\u2060\uFEFF]/g, '').slice(0, SAMPLE_CHARS);
  const { isShop } = classifyShop({
    title: doc.title,
    text: sample,
    actions: controls.map((c) => (c.textContent || c.getAttribute('value') || '').trim().slice(0, 40)),
    code,
    formFields: Array.from(doc.querySelectorAll('form [name]')).slice(0, 80).map((i) => i.getAttribute('name') ?? ''),
    shortTexts: shortTexts.map((t) => t.normalize('NFKC')),
  });
  return { isShop, analyse: isShop || commerceHint({ title: doc.title, text: sample }) };
}
