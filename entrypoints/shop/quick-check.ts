// The cheap first look every page gets: no layout, no styles, and reads in order of cost, each stopping as soon as the
// answer is known. On an ordinary article it reads the title, a few KB of text and the page's scripts, head links and
// forms — never every element (a DOM wrapper per element read costs ~1–10 µs in the content script's world: 20,000 of
// them were most of its time on a 100,000-button page). Buy controls are read only when the text already shows goods
// and a price, the one case where they can decide.
import { classifyShop, commerceHint } from '../../lib/extract/shop-classifier';
import { boundedText, textPiece } from '../../lib/extract/walk-helpers';

export const QUICK_LIMITS = {
  /** Characters of text sampled, and text nodes looked at for them (1,000 one-character buttons fill no sample). */
  sampleChars: 6000,
  sampleNodes: 1000,
  /** Script elements, <head> children, forms and inline scripts read for code fingerprints. */
  scripts: 80,
  headChildren: 300,
  forms: 20,
  inlineScripts: 10,
  /** Buy controls read (buttons, submit inputs, role=button, links), only when goods and a price were seen. */
  controls: 300,
} as const;

export type QuickCheck = {
  /** Recognised as a shop from what was read (the check stops reading once `analyse` is decided). */
  isShop: boolean;
  /** Worth the full (local) analysis: a shop, or a page that talks about paying or card-shop trade. */
  analyse: boolean;
};

export function quickShopCheck(doc: Document): QuickCheck {
  const title = doc.title;
  const { text, shortTexts } = textSample(doc);
  const code = codeSample(doc);
  const first = classifyShop({ title, text, actions: [], code, formFields: [], shortTexts });
  if (first.isShop) return { isShop: true, analyse: true };
  if (commerceHint({ title, text })) return { isShop: false, analyse: true };
  // Without goods and a price in what was read, no control can make the page a shop (classifyShop's rule).
  const seen = first.reasons.map((r) => r.slice(0, r.indexOf(':')));
  if (!seen.includes('product') || !seen.includes('price')) return { isShop: false, analyse: false };
  const { isShop } = classifyShop({ title, text, actions: controlTexts(doc), code, formFields: formFields(doc), shortTexts });
  return { isShop, analyse: isShop };
}

/** Up to sampleChars of text from the first sampleNodes text nodes (not script/style), and their short texts. */
function textSample(doc: Document): { text: string; shortTexts: string[] } {
  let text = '';
  const shortTexts: string[] = [];
  const body = doc.body;
  if (body) {
    // No filter callback: a JS call per node costs more than the walk; the parent's tag is read in the loop.
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    let nodes = 0;
    for (let n = walker.nextNode(); n && text.length < QUICK_LIMITS.sampleChars && nodes < QUICK_LIMITS.sampleNodes; n = walker.nextNode(), nodes++) {
      const tag = (n.parentNode as Element | null)?.localName;
      if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
      // Clipped before it is added: one 20 MB text node must cost no more than the sample it can fill.
      const value = textPiece(n, QUICK_LIMITS.sampleChars - text.length);
      text += value + ' ';
      // Buy controls drawn as styled views ("立即购买" in a uni-view or a div.btn): short texts, as the full check reads them.
      const short = value.trim();
      if (short.length > 0 && short.length <= 6 && shortTexts.length < 200) shortTexts.push(short.normalize('NFKC'));
    }
  }
  return { text: text.normalize('NFKC').replace(/[\u200B-\u200F\u2060\uFEFF]/g, '').slice(0, QUICK_LIMITS.sampleChars), shortTexts };
}

/** Script srcs, <head> link hrefs, form actions and inline-script excerpts: card-shop software fingerprints. */
function codeSample(doc: Document): string[] {
  const code: string[] = [];
  let inline = 0;
  // Live collections, indexed until undefined: `.length` would count every element of the page.
  const scripts = doc.scripts;
  for (let i = 0, s = scripts[0]; s && i < QUICK_LIMITS.scripts; s = scripts[++i]) {
    const src = s.getAttribute('src');
    if (src !== null) code.push(src);
    else if (inline++ < QUICK_LIMITS.inlineScripts) code.push(boundedText(s, 1500, 4));
  }
  let k = 0;
  for (let el = doc.head?.firstElementChild; el && k < QUICK_LIMITS.headChildren; el = el.nextElementSibling, k++) {
    if (el.localName === 'link') code.push(el.getAttribute('href') ?? '');
  }
  const forms = doc.forms;
  for (let i = 0, f = forms[0]; f && i < QUICK_LIMITS.forms; f = forms[++i]) if (f.hasAttribute('action')) code.push(f.getAttribute('action') ?? '');
  return code;
}

/** Texts of the page's first buy controls: buttons, submit inputs, role=button, then links (bounded reads). */
function controlTexts(doc: Document): string[] {
  const out: string[] = [];
  const take = (el: Element) => void out.push((boundedText(el, 40) || el.getAttribute('value') || '').trim().slice(0, 40));
  const each = (list: ArrayLike<Element>, fn: (el: Element) => void) => {
    for (let i = 0, el = list[0]; el && out.length < QUICK_LIMITS.controls; el = list[++i]) fn(el);
  };
  each(doc.getElementsByTagName('button'), take);
  each(doc.getElementsByTagName('input'), (el) => /^(submit|button)$/i.test(el.getAttribute('type') ?? '') && take(el));
  if (out.length < QUICK_LIMITS.controls) each(doc.querySelectorAll('[role=button]'), take);
  each(doc.getElementsByTagName('a'), take);
  return out;
}

/** Names of the first forms' fields: each form's first 400 descendants looked at, 80 names at most. */
function formFields(doc: Document): string[] {
  const out: string[] = [];
  const forms = doc.forms;
  for (let f = 0, form = forms[0]; form && f < QUICK_LIMITS.forms && out.length < 80; form = forms[++f]) {
    const all = form.getElementsByTagName('*');
    for (let i = 0, el = all[0]; el && i < 400 && out.length < 80; el = all[++i]) if (el.hasAttribute('name')) out.push(el.getAttribute('name') ?? '');
  }
  return out;
}
