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
  // Live collections, read up to a cap: querySelectorAll builds the whole list first (100,000 buttons: ~100 ms).
  const controls = [
    ...first(doc.getElementsByTagName('button'), 300),
    ...first(doc.getElementsByTagName('a'), 300),
    ...first(doc.getElementsByTagName('input'), 300, (i) => /^(submit|button)$/i.test(i.getAttribute('type') ?? '')),
    ...first(doc.querySelectorAll('[role=button]'), 100),
  ].slice(0, 300);
  const scripts = doc.getElementsByTagName('script');
  const forms = first(doc.getElementsByTagName('form'), 20);
  const code = [
    ...[...first(scripts, 80, (e) => e.hasAttribute('src')), ...first(doc.getElementsByTagName('link'), 80, (e) => e.hasAttribute('href'))]
      .slice(0, 80).map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? ''),
    ...forms.filter((f) => f.hasAttribute('action')).map((f) => f.getAttribute('action') ?? ''),
    ...first(scripts, 10, (s) => !s.hasAttribute('src')).map((s) => (s.textContent ?? '').slice(0, 1500)),
  ];
  const sample = text.normalize('NFKC').replace(/[\u200B-\u200F\u2060\uFEFF]/g, '').slice(0, SAMPLE_CHARS);
  const { isShop } = classifyShop({
    title: doc.title,
    text: sample,
    actions: controls.map((c) => (c.textContent || c.getAttribute('value') || '').trim().slice(0, 40)),
    code,
    formFields: forms.flatMap((f) => first(f.getElementsByTagName('*'), 80, (i) => i.hasAttribute('name'))).slice(0, 80).map((i) => i.getAttribute('name') ?? ''),
    shortTexts: shortTexts.map((t) => t.normalize('NFKC')),
  });
  return { isShop, analyse: isShop || commerceHint({ title: doc.title, text: sample }) };
}

/**
 * Up to `max` items of a (live) collection that pass `keep`, looking at no more than 20 × `max` of them. Indexed
 * until undefined, never `.length`: a live collection's length counts the whole document.
 */
function first<T extends Element>(list: ArrayLike<T>, max: number, keep: (el: T) => boolean = () => true): T[] {
  const out: T[] = [];
  for (let i = 0, el = list[0]; el && out.length < max && i < max * 20; el = list[++i]) if (keep(el)) out.push(el);
  return out;
}
