// Document → PageSnapshot, bounded. Runs on the real DOM in the content script and on happy-dom in the CLI/tests.
// Everything a page can inflate (text, blocks, links, images, scripts, elements visited) has a cap; hitting one sets
// `truncated`. No zod here: the background validates the result.
import { SNAPSHOT_LIMITS as L } from '../core/limits';
import type { ControlText, PageImage, PageSnapshot, TextBlock } from '../core/types';
import { classifyShop, type ShopClass } from './shop-classifier';
import { controlTexts } from './controls';
import { TableCells } from './table-cells';
import { tableQrImage } from './table-qr';
import { createHiddenCheck, hugePage } from './visibility';
import { absolute, boundedText, controlAncestor, eachChild, HEAD_ELEMENTS, imageWorth, INLINE, insideQuote, nearestIn, NO_TEXT, OPAQUE, PRIORITY, safeUrl, sameOrigin, TAIL, textPiece, weakestImage } from './walk-helpers';
import { SELECT_STEPS, walkBounded, walkInside } from './walk';

export { boundedText } from './walk-helpers';

export type ExtractOptions = {
  /** The page's URL (the content script passes location.href; the CLI the --url). */
  url: string;
  /** Use Element.checkVisibility — only in a real browser. */
  nativeVisibility?: boolean;
  walk?: { headSteps: number; tailSteps: number }; // steps: WALK_LIMITS, or the content script's PAGE_WALK_LIMITS
};

export type Extraction = { snapshot: PageSnapshot; elements: Element[]; shop: ShopClass };

type Pending = { el: Element; index: number; before: number };
/** Elements looked at for pay-picker texts per snapshot (lib/extract/controls.ts; ~10 µs each in Chromium). */
const CONTROL_LOOKS = 3000;
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s), squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function extractSnapshot(doc: Document, opts: ExtractOptions): Extraction {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const native = opts.nativeVisibility ?? false; // degraded checks say 'styles', a note, not a cut (`truncated`)
  const hidden = createHiddenCheck(win, native, () => c.skipped.add('styles'), native && hugePage(doc) ? 0 : undefined);
  const base = safeUrl(opts.url);
  const c = new Collector(base);

  // One bounded pass (lib/extract/walk.ts: no querySelectorAll, no recursion, no filter callback): text nodes join
  // the block of their nearest non-inline ancestor; elements feed links, forms, scripts, meta and images.
  const root = doc.documentElement;
  // Two counts: every step (the walk's time bound, in walk.ts) and elements that can say something (have attributes).
  // Empty and attribute-less filler (<i></i> × 60,000) costs steps only; past the element budget, text and pay
  // controls are still read, so what comes after filler is seen.
  let weighed = 0;
  // Never walked: <head> (its own small budget, c.head, so 60,001 <meta> never spend the body's), opaque elements,
  // and a table that is a QR code (taken whole as an image: a 177×177 code is 31,000 cells).
  // A <select> is walked apart (walkInside): its first options only, so that 100,000 options are no filler.
  const skipTag = (el: Element) => el.localName === 'head' || el.localName === 'select' || OPAQUE.has(el.localName);
  const selects = { left: SELECT_STEPS.all };
  const visit = (n: Node): boolean => {
    if (n.nodeType === 3) return c.text(n as Text, hidden), true;
    if (n.nodeType !== 1) return true;
    const el = n as Element;
    const tag = el.localName;
    if (tag === 'head') return c.head(el, hidden), false;
    if (OPAQUE.has(tag) || (tag === 'table' && c.tableQr(el, hidden))) return false;
    if (!el.hasAttributes() && tag !== 'option') { // hasAttributes: .attributes builds a NamedNodeMap per element
      if (el.firstChild || tag === 'td' || tag === 'th') c.element(el, hidden); // an empty cell holds its column
    } else if (++weighed <= L.elementsVisited || PRIORITY.has(tag)) c.element(el, hidden);
    else c.skip('elements');
    return tag !== 'select' || (walkInside(doc, el, visit, selects, SELECT_STEPS.each) && c.skip('controls'), false);
  };
  if (root && !walkBounded(doc, root, visit, skipTag, opts.walk, () => c.tailLooks())) c.skip('steps');

  c.finish();
  const title = clip(squash(doc.title ?? ''), 300);
  const { blocks, links, forms, srcs, inline, controls } = c;
  const shop = classifyShop({
    title,
    text: blocks.map((b) => b.text).join(' ').slice(0, 20_000),
    actions: blocks.filter((b) => b.tag === 'button' || b.tag === 'a' || b.tag === 'input').map((b) => b.text),
    code: [...srcs, ...links.map((l) => l.href), ...forms.map((f) => f.action), ...inline],
    formFields: forms.flatMap((f) => f.fields),
  });
  const snapshot: PageSnapshot = {
    url: clip(opts.url, L.urlChars),
    title,
    lang: clip(root?.getAttribute('lang') ?? '', 35),
    shopHint: shop.isShop,
    blocks, links, forms,
    scripts: { srcs, inline },
    meta: c.meta, images: c.images, controls,
    truncated: c.truncated,
    ...(c.skipped.size ? { skipped: [...c.skipped].slice(0, 20) } : {}),
  };
  return { snapshot, elements: c.elements, shop };
}

class Collector {
  blocks: TextBlock[] = [];
  elements: Element[] = [];
  links: PageSnapshot['links'] = [];
  forms: PageSnapshot['forms'] = [];
  srcs: string[] = [];
  inline: string[] = [];
  meta: Record<string, string> = {};
  images: PageImage[] = [];
  controls: ControlText[] = [];
  truncated = false;
  skipped = new Set<string>();
  skip(what: string) {
    this.truncated = true;
    this.skipped.add(what);
  }
  private cells = new TableCells();
  totalChars = 0;
  private blockOf = new Map<Element, number>();
  private formIndex = new Map<Element, number>();
  private pendingLinks: Array<{ el: Element; index: number }> = [];
  private pendingImages: Pending[] = [];
  private pendingControls: Pending[] = [];
  private controlSeen = new Set<string>();
  /** Elements whose attributes were read for controls: 20,000 identical pay forms never fill the cap, so count. */
  private controlLooks = 0;
  /** The walk jumped to the page's end: a pay picker after filler still gets a share of looks. */
  tailLooks = () => void (this.controlLooks = Math.min(this.controlLooks, CONTROL_LOOKS - 1000));
  private evicted = 0;

  constructor(private base: URL | null) {}

  text(node: Text, hidden: (el: Element) => boolean) {
    const raw = textPiece(node, L.blockChars * 4 + 64); // what the clip below can keep, never a whole 20 MB node
    const parent = node.parentElement;
    if (!parent || !/\S/.test(raw) || NO_TEXT.has(parent.localName) || hidden(parent)) return;
    let owner: Element = parent;
    // Bounded: 10,000 nested <b> must not cost 10,000 hops for each of their text nodes.
    for (let hops = 0; hops < 64 && INLINE.has(owner.localName) && owner.parentElement && owner.localName !== 'body'; hops++) owner = owner.parentElement;
    // Buttons and links are their own blocks: the classifier and the banner care about what they say.
    const ctl = controlAncestor(parent);
    if (ctl && owner.contains(ctl)) owner = ctl;
    const id = this.blockFor(owner);
    if (id === undefined) return;
    const block = this.blocks[id]!;
    if (L.totalChars - this.totalChars < L.blockChars) this.makeRoom(id);
    const room = Math.min(L.blockChars - block.text.length, L.totalChars - this.totalChars);
    if (room <= 0) return this.skip('chars');
    // Clipped before squashing: a 20 MB text node is never copied or scanned whole.
    const piece = squash(raw.length > room * 4 + 64 ? raw.slice(0, room * 4 + 64) : raw);
    const add = block.text ? ' ' + piece : piece;
    if (add.length > room) this.skip('chars');
    const next = block.text + add.slice(0, room);
    this.totalChars += next.length - block.text.length;
    block.text = next;
  }

  element(el: Element, hidden: (el: Element) => boolean) {
    const tag = el.localName;
    const attr = (name: string) => el.getAttribute(name);
    if (this.controls.length < L.controls && (tag === 'option' || el.hasAttributes())) {
      if (this.controlLooks++ < CONTROL_LOOKS) this.control(el);
      else this.skip('controls');
    }
    if (tag === 'tr' || tag === 'td' || tag === 'th') this.cells.visit(el, tag);
    if (tag === 'a' && attr('href') !== null) {
      if (this.links.length >= L.links) return this.skip('links');
      this.links.push({ href: clip(absolute(attr('href')!, this.base), L.urlChars), text: clip(squash(boundedText(el, 400)), 200) });
      this.pendingLinks.push({ el, index: this.links.length - 1 });
    } else if (tag === 'form') {
      if (this.forms.length >= L.forms) return this.skip('forms');
      this.formIndex.set(el, this.forms.length);
      this.forms.push({ action: clip(absolute(attr('action') ?? '', this.base), L.urlChars), method: clip((attr('method') ?? 'get').toLowerCase(), 10), fields: [] });
    } else if ((tag === 'input' || tag === 'select' || tag === 'textarea') && attr('name')) {
      const form = el.closest('form');
      const index = form ? this.formIndex.get(form) : undefined;
      const fields = index === undefined ? undefined : this.forms[index]!.fields;
      if (fields && fields.length < L.formFields) fields.push(clip(attr('name')!, 100));
    }
    if (tag === 'input' && /^(submit|button)$/i.test(attr('type') ?? '')) {
      // Submit inputs carry their label in an attribute.
      const value = squash(attr('value') ?? '');
      const id = value && !hidden(el) ? this.blockFor(el) : undefined;
      if (id !== undefined && !this.blocks[id]!.text) this.blocks[id]!.text = clip(value, L.blockChars);
    } else if (tag === 'script') {
      const src = attr('src');
      if (src) {
        if (this.srcs.length < L.scriptSrcs) this.srcs.push(clip(absolute(src, this.base), L.urlChars));
        else this.skip('scripts');
      } else if (this.inline.length < L.inlineScripts) {
        const code = boundedText(el, L.inlineScriptChars + 64).trim();
        if (code) this.inline.push(clip(code, L.inlineScriptChars));
      }
    } else if (tag === 'link' && attr('href')) {
      // Stylesheet and icon hrefs carry card-shop asset paths (/assets/hyper/…) as often as scripts do.
      if (this.srcs.length < L.scriptSrcs) this.srcs.push(clip(absolute(attr('href')!, this.base), L.urlChars));
    } else if (tag === 'meta') {
      const key = clip((attr('name') ?? attr('property') ?? '').toLowerCase(), 60);
      if (key && Object.keys(this.meta).length < L.metaEntries) this.meta[key] = clip(attr('content') ?? '', 300);
    } else if (tag === 'img' && attr('src')) {
      this.image(el, hidden);
    }
  }

  private blockFor(owner: Element): number | undefined {
    let id = this.blockOf.get(owner);
    if (id !== undefined) return id;
    // Full: the newest blocks take the slots of the oldest in a tail ring, so text after filler is still read.
    if (this.blocks.length >= L.blocks) this.skip('blocks');
    id = this.blocks.length >= L.blocks ? this.evictTail() : this.blocks.length;
    this.blockOf.set(owner, id);
    const cell = this.cells.of(owner);
    this.blocks[id] = { id, tag: owner.localName.slice(0, 16), text: '', ...(cell ? { cell } : {}), ...(insideQuote(owner) ? { quoted: true } : {}) };
    this.elements[id] = owner;
    return id;
  }
  /** The last TAIL slots are a ring: a new block replaces the oldest block there (its text is given back). */
  private evictTail(): number {
    const id = L.blocks - TAIL + (this.evicted++ % TAIL);
    const old = this.elements[id];
    if (old) this.blockOf.delete(old);
    this.totalChars -= this.blocks[id]?.text.length ?? 0;
    return id;
  }

  /** Text budget nearly spent: free it from the tail ring (never the block being written to). */
  private makeRoom(keep: number) {
    for (let k = 0; k < 4 && L.totalChars - this.totalChars < L.blockChars && this.blocks.length >= L.blocks - TAIL; k++) {
      const id = L.blocks - TAIL + (this.evicted % TAIL);
      if (id === keep || id >= this.blocks.length) return;
      this.skip('chars');
      this.evictTail();
      this.blocks[id] = { ...this.blocks[id]!, text: '' };
    }
  }

  nearestBlock(el: Element): number | undefined {
    return nearestIn(this.blockOf, el);
  }

  private image(img: Element, hidden: (el: Element) => boolean) {
    const src = absolute(img.getAttribute('src') ?? '', this.base);
    // Worth decoding: inline images (card-shop QR codes are data: URLs), same-origin images, and URLs that carry a
    // payment payload. Cross-origin images stay URLs; the background decides whether to fetch them.
    const worth = src.startsWith('data:image/') || (this.base && sameOrigin(src, this.base)) || /qr|code|pay/i.test(src);
    if (!worth) return;
    if (src.length > L.imageDataUrlChars) return this.skip('images');
    const el = img as HTMLImageElement;
    const image: PageImage = {
      src,
      kind: 'img',
      alt: clip(img.getAttribute('alt') ?? '', 200),
      width: Number(el.naturalWidth || el.width || img.getAttribute('width') || 0) || 0,
      height: Number(el.naturalHeight || el.height || img.getAttribute('height') || 0) || 0,
      // The image's block is resolved at the end, once its neighbours' text has been seen.
      blockId: undefined,
    };
    // Full: a likelier code replaces the least likely kept image (1×1 decoys never push the real code out).
    let index = this.images.length;
    if (index >= L.images) {
      this.skip('images');
      index = weakestImage(this.images);
      if (imageWorth(image) <= imageWorth(this.images[index]!)) return;
    }
    if (hidden(img)) return; // after the cheap checks: a style read per image is the cost of 100,000 <img>
    this.images[index] = image;
    // Fallback block: the text just before the image in document order (a QR usually follows "请扫描下方收款码").
    const pending = { el: img, index, before: this.blocks.length - 1 };
    const at = this.pendingImages.findIndex((p) => p.index === index);
    if (at === -1) this.pendingImages.push(pending);
    else this.pendingImages[at] = pending;
  }
  /** <head>: its first HEAD_ELEMENTS children (meta, link, script), outside the body's budgets. */
  head(head: Element, hidden: (el: Element) => boolean) {
    if (!eachChild(head, HEAD_ELEMENTS, (el) => el.localName !== 'title' && this.element(el, hidden))) this.skip('head');
  }
  /** A QR code drawn as an HTML table of cells (jquery.qrcode's table renderer): its module grid, as an image. */
  tableQr(table: Element, hidden: (el: Element) => boolean): boolean {
    if (this.images.length >= L.images || hidden(table)) return false;
    const image = tableQrImage(table);
    if (!image) return false;
    this.images.push(image);
    this.pendingImages.push({ el: table, index: this.images.length - 1, before: this.blocks.length - 1 });
    return true;
  }

  /** Pay-channel and goods names in attributes and options; each (where, text) once, the first place kept. */
  private control(el: Element) {
    for (const c of controlTexts(el)) {
      const key = `${c.where}|${c.text}`;
      if (this.controlSeen.has(key) || this.controls.length >= L.controls) continue;
      this.controlSeen.add(key);
      this.controls.push(c);
      this.pendingControls.push({ el, index: this.controls.length - 1, before: this.blocks.length - 1 });
    }
  }

  /** Block ids for links and images, once every block exists. */
  finish() {
    for (const { el, index } of this.pendingLinks) this.links[index]!.blockId = this.nearestBlock(el);
    // A picker's own label, else the text just before it ("支付方式").
    for (const { el, index, before } of this.pendingControls) {
      const id = this.nearestBlock(el) ?? (before >= 0 ? before : undefined);
      if (id !== undefined) this.controls[index]!.blockId = id;
    }
    for (const { el, index, before } of this.pendingImages) {
      this.images[index]!.blockId = this.nearestBlock(el.parentElement ?? el) ?? (before >= 0 ? before : undefined);
    }
  }
}
