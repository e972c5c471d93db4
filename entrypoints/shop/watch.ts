// What makes the content script look at a page again after its first check (docs/dynamic-pages.md): a route change
// of a single-page app, and a payment dialog or QR code appearing later. Cheap by design: only the nodes a mutation
// ADDED are looked at (never the whole document's text), each within a budget, and re-checks are throttled and capped.
import { tableQrImage } from '../../lib/extract/table-qr';
import { textPiece } from '../../lib/extract/walk-helpers';

/** Words of a payment step or a payment dialog (checked in a bounded sample of an added subtree's text). */
export const PAY_WORDS = /付款|支付|收款|扫码|扫一扫|二维码|收银台|应付|实付|订单号|转账/;
/** Text read from one added subtree, and elements looked at inside it. */
const TEXT_SAMPLE = 600;
const ELEMENT_SAMPLE = 40;

export type AddedLook = { hint: boolean; chars: number };

/** Whether an added node carries a QR candidate or payment wording; `chars` is the (bounded) text it added. */
export function lookAtAdded(node: Node): AddedLook {
  if (node.nodeType === 3) {
    const text = textPiece(node, TEXT_SAMPLE);
    return { hint: PAY_WORDS.test(text), chars: text.trim().length };
  }
  if (node.nodeType !== 1) return { hint: false, chars: 0 };
  const el = node as Element;
  const tag = el.localName;
  if (tag.startsWith('kadun-') || tag === 'script' || tag === 'style' || tag === 'link' || tag === 'meta') return { hint: false, chars: 0 };
  if (qrCandidate(el)) return { hint: true, chars: 0 };
  // A few QR-ish elements inside (a dialog's body), by tag. The collection is live: indexing it walks only as far as
  // the index, while `.length` would walk the whole subtree.
  for (const name of ['img', 'canvas', 'table']) {
    const list = el.getElementsByTagName(name);
    for (let i = 0, e = list[0]; e && i < ELEMENT_SAMPLE; e = list[++i]) if (qrCandidate(e)) return { hint: true, chars: 0 };
  }
  const text = textSample(el);
  return { hint: PAY_WORDS.test(text), chars: text.length };
}

/** An attribute change that shows a payment dialog already in the page (a Bootstrap modal gets `show`/`in`). */
export function dialogShown(el: Element): boolean {
  if (el.localName === 'img') return qrCandidate(el);
  const cls = typeof el.className === 'string' ? el.className : '';
  if (!(el.localName === 'dialog' || /modal|layer|dialog|popup|swal|pay/i.test(cls))) return false;
  return lookAtAdded(el).hint;
}

/** img with an inline image (not a placeholder pixel) or a square-ish side ≥ 100 px; canvas ≥ 64 px square; a QR table. */
export function qrCandidate(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'img') {
    const img = el as HTMLImageElement;
    const src = img.getAttribute('src') ?? '';
    if (/^data:image\/(png|jpe?g|webp|gif)/i.test(src) && src.length >= 400) return true;
    // naturalWidth and the attributes need no layout (img.width would force one in a mutation callback).
    return squareish(img.naturalWidth || Number(img.getAttribute('width')), img.naturalHeight || Number(img.getAttribute('height')), 100, 1600);
  }
  if (tag === 'canvas') return canvasLooksLikeQr(el as HTMLCanvasElement);
  if (tag === 'table') return tableQrImage(el) !== null;
  return false;
}

export function canvasLooksLikeQr(c: HTMLCanvasElement): boolean {
  return squareish(c.width, c.height, 64, 1200);
}

function squareish(w: number, h: number, min: number, max: number): boolean {
  return w >= min && h >= min && w <= max && h <= max && Math.max(w, h) / Math.min(w, h) <= 1.25;
}

/** Up to TEXT_SAMPLE characters of an element's visible-ish text, walking text nodes (no textContent of a big subtree). */
function textSample(el: Element): string {
  // No filter callback (a call from the browser into the script per node costs more than the walk, and this runs for
  // every sampled node a feed adds): the parent's tag is read in the loop, as the quick check does.
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let text = '';
  let nodes = 0;
  for (let n = walker.nextNode(); n && text.length < TEXT_SAMPLE && nodes < 200; n = walker.nextNode(), nodes++) {
    const tag = (n.parentNode as Element | null)?.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
    const v = textPiece(n, TEXT_SAMPLE).trim();
    if (v) text += v.slice(0, TEXT_SAMPLE - text.length) + ' ';
  }
  return text;
}
