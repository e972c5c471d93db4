// Small pure helpers of the snapshot walk (lib/extract/snapshot.ts): bounded reads of the DOM, URLs, image worth.
import type { PageImage } from '../core/types';

/** Inline elements whose text belongs to the nearest block-level ancestor. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label', 'strike', 'big',
]);

/** Tags still read once the element budget is spent: pay controls, images and forms after any filler. */
export const PRIORITY = new Set(['a', 'img', 'button', 'input', 'select', 'form', 'option']);

/** Elements whose insides are not page text (and not worth walking). */
export const OPAQUE = new Set(['svg', 'math', 'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio']);

/** The last TAIL block slots are a ring once the block cap is reached. */
/** Text inside these is never shown as page text. */
export const NO_TEXT = new Set(['script', 'style', 'noscript', 'textarea', 'select', 'option', 'title', 'head', 'html']);
export const TAIL = 300;
export const HEAD_ELEMENTS = 300;


/** In a <blockquote> or <q>, looked for up to 8 levels up (a bounded walk, whatever the nesting). */
export function insideQuote(el: Element): boolean {
  let cur: Element | null = el;
  for (let hops = 0; cur && hops < 8; hops++, cur = cur.parentElement) {
    if (cur.localName === 'blockquote' || cur.localName === 'q') return true;
  }
  return false;
}

/** How likely an image is a payment code: inline or table-drawn, square, at least QR-sized. */
export function imageWorth(img: PageImage): number {
  const w = img.width;
  const h = img.height;
  let score = img.src.startsWith('data:') || img.src.startsWith('matrix:') ? 2 : 0;
  if (w === 0 || h === 0) return score + 1; // size unknown (lazy, no attributes): neither a decoy nor a code yet
  if (Math.min(w, h) >= 64) score += 2;
  if (Math.max(w, h) / Math.min(w, h) <= 1.25) score += 1;
  return score;
}

export function weakestImage(images: readonly PageImage[]): number {
  let at = 0;
  for (let i = 1; i < images.length; i++) if (imageWorth(images[i]!) < imageWorth(images[at]!)) at = i;
  return at;
}

/**
 * Up to `max` characters of a text node's data. In a browser only those characters reach the script (substringData),
 * where `nodeValue` of a 20 MB text node would hand it the whole 20 MB string to cut a few hundred characters from.
 */
export function textPiece(node: Node, max: number): string {
  if (max <= 0) return '';
  const data = node as CharacterData;
  return typeof data.substringData === 'function' ? data.substringData(0, max) : (node.nodeValue ?? '').slice(0, max);
}

/** Up to `max` characters of an element's text, read node by node (never textContent of a whole subtree). */
export function boundedText(el: Element, max: number, maxNodes = 256): string {
  let out = '';
  let nodes = 0;
  for (let n: Node | null = el.firstChild; n && out.length < max && nodes < maxNodes; nodes++) {
    if (n.nodeType === 3) out += textPiece(n, max - out.length);
    // Depth first, iteratively: down into children, else to the next sibling up the chain, never above `el`.
    if (n.firstChild && n.nodeType === 1) n = n.firstChild;
    else {
      while (n && n !== el && !n.nextSibling) n = n.parentNode;
      n = n && n !== el ? n.nextSibling : null;
    }
  }
  return out;
}

export function safeUrl(u: string): URL | null {
  try {
    return new URL(u);
  } catch {
    return null;
  }
}

export function absolute(href: string, base: URL | null): string {
  const h = href.trim();
  if (h.startsWith('data:')) return h;
  try {
    return base ? new URL(h, base).href : new URL(h).href;
  } catch {
    return h;
  }
}

export function sameOrigin(src: string, base: URL): boolean {
  const u = safeUrl(src);
  return u !== null && u.origin === base.origin;
}

/** The id mapped to `el` or its nearest ancestor, up to 12 levels up. */
export function nearestIn(map: ReadonlyMap<Element, number>, el: Element): number | undefined {
  for (let cur: Element | null = el, hops = 0; cur && hops < 12; cur = cur.parentElement, hops++) {
    const id = map.get(cur);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Calls `fn` on the first `max` element children of `parent`; false when there were more. */
export function eachChild(parent: Element, max: number, fn: (el: Element) => unknown): boolean {
  let n = 0;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (++n > max) return false;
    fn(el);
  }
  return true;
}

/** The nearest <button>, <a> or role=button at or above `el`, up to 32 levels (closest() without a selector parse). */
export function controlAncestor(el: Element): Element | null {
  for (let cur: Element | null = el, hops = 0; cur && hops < 32; cur = cur.parentElement, hops++) {
    const tag = cur.localName;
    if (tag === 'button' || tag === 'a' || cur.getAttribute('role') === 'button') return cur;
  }
  return null;
}
