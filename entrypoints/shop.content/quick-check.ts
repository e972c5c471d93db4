// The cheap first look every page gets: a bounded text sample and the page's controls, no layout, no styles.
import { classifyShop, commerceHint } from '../../lib/extract/shop-classifier';
import { boundedText } from '../../lib/extract/walk-helpers';

const SAMPLE_CHARS = 6000;
/** Elements looked at for controls, scripts and forms (the text sample above reads past any element filler). */
const QUICK_ELEMENTS = 20_000;

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
  // One pass over the first QUICK_ELEMENTS elements: a live collection per kind (or querySelectorAll) walks the
  // whole document for every kind that is rare or absent (7 walks of 200,000 nodes: ~80 ms on 100,000 buttons).
  const controls: Element[] = [];
  const refs: Element[] = [];
  const inline: Element[] = [];
  const forms: Element[] = [];
  const all = doc.getElementsByTagName('*');
  for (let i = 0, el = all[0]; el && i < QUICK_ELEMENTS; el = all[++i]) {
    const tag = el.localName;
    if (tag === 'button' || tag === 'a' || (tag === 'input' && /^(submit|button)$/i.test(el.getAttribute('type') ?? '')) || (el.hasAttribute('role') && el.getAttribute('role') === 'button')) {
      if (controls.length < 300) controls.push(el);
    } else if (tag === 'script') {
      if (!el.hasAttribute('src')) {
        if (inline.length < 10) inline.push(el);
      } else if (refs.length < 80) refs.push(el);
    } else if (tag === 'link' && el.hasAttribute('href') && refs.length < 80) refs.push(el);
    else if (tag === 'form' && forms.length < 20) forms.push(el);
  }
  const code = [
    ...refs.map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? ''),
    ...forms.filter((f) => f.hasAttribute('action')).map((f) => f.getAttribute('action') ?? ''),
    ...inline.map((s) => (s.textContent ?? '').slice(0, 1500)),
  ];
  const sample = text.normalize('NFKC').replace(/[\u200B-\u200F\u2060\uFEFF]/g, '').slice(0, SAMPLE_CHARS);
  const { isShop } = classifyShop({
    title: doc.title,
    text: sample,
    // Bounded reads: a link around 5 MB of text must not be copied whole (boundedText reads node by node).
    actions: controls.map((c) => (boundedText(c, 40) || c.getAttribute('value') || '').trim().slice(0, 40)),
    code,
    formFields: forms.flatMap((f) => namedFields(f)).slice(0, 80),
    shortTexts: shortTexts.map((t) => t.normalize('NFKC')),
  });
  return { isShop, analyse: isShop || commerceHint({ title: doc.title, text: sample }) };
}

/** Names of a form's fields: its first 400 descendants looked at, 80 names at most. */
function namedFields(form: Element): string[] {
  const out: string[] = [];
  const all = form.getElementsByTagName('*');
  for (let i = 0, el = all[0]; el && i < 400 && out.length < 80; el = all[++i]) if (el.hasAttribute('name')) out.push(el.getAttribute('name') ?? '');
  return out;
}
