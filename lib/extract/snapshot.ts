// Document → PageSnapshot, bounded. Runs on the real DOM in the content script and on happy-dom in the CLI/tests.
// Everything a page can inflate (text, blocks, links, images, scripts, elements visited) has a cap; hitting one sets
// `truncated`. No zod here: the background validates the result.
import { SNAPSHOT_LIMITS as L } from '../core/limits';
import type { ControlText, PageImage, PageSnapshot, TextBlock } from '../core/types';
import { classifyShop, type ShopClass } from './shop-classifier';
import { controlTexts } from './controls';
import { TableCells } from './table-cells';
import { tableQrImage } from './table-qr';
import { createHiddenCheck } from './visibility';

/** Inline elements whose text belongs to the nearest block-level ancestor. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label', 'strike', 'big',
]);

export type ExtractOptions = {
  /** The page's URL (the content script passes location.href; the CLI the --url). */
  url: string;
  /** Use Element.checkVisibility — only in a real browser. */
  nativeVisibility?: boolean;
};

export type Extraction = { snapshot: PageSnapshot; elements: Element[]; shop: ShopClass };

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function extractSnapshot(doc: Document, opts: ExtractOptions): Extraction {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const hidden = createHiddenCheck(win, opts.nativeVisibility ?? false);
  const base = safeUrl(opts.url);
  const c = new Collector(base);

  // One iterative pass over the whole document (no querySelectorAll, no recursion: a hostile page may nest
  // elements deeper than a recursive DOM implementation's stack). Text nodes join the block of their nearest
  // non-inline ancestor; elements feed links, forms, scripts, meta and images.
  const root = doc.documentElement;
  const NF = win?.NodeFilter ?? { SHOW_ELEMENT: 1, SHOW_TEXT: 4, FILTER_ACCEPT: 1, FILTER_REJECT: 2 };
  const walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT, {
    // A table that is a QR code is taken whole as an image and not walked (a 177×177 code is 31,000 cells).
    acceptNode: (n: Node) => {
      if (n.nodeType !== 1) return NF.FILTER_ACCEPT;
      const tag = (n as Element).localName;
      return OPAQUE.has(tag) || (tag === 'table' && c.tableQr(n as Element, hidden)) ? NF.FILTER_REJECT : NF.FILTER_ACCEPT;
    },
  });
  let visited = 0;
  for (let n: Node | null = root; n; n = walker.nextNode()) {
    if (++visited > L.elementsVisited || c.totalChars >= L.totalChars) {
      c.truncated = true;
      break;
    }
    if (n.nodeType === 3) c.text(n as Text, hidden);
    else if (n.nodeType === 1) c.element(n as Element, hidden);
  }

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
    blocks,
    links,
    forms,
    scripts: { srcs, inline },
    meta: c.meta,
    images: c.images,
    controls,
    truncated: c.truncated,
  };
  return { snapshot, elements: c.elements, shop };
}

/** Elements whose insides are not page text (and not worth walking). */
const OPAQUE = new Set(['svg', 'math', 'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio']);
/** Text inside these is never shown as page text. */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'textarea', 'select', 'option', 'title', 'head', 'html']);

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
  private cells = new TableCells();
  totalChars = 0;
  private blockOf = new Map<Element, number>();
  private formIndex = new Map<Element, number>();
  private pendingLinks: Array<{ el: Element; index: number }> = [];

  constructor(private base: URL | null) {}

  text(node: Text, hidden: (el: Element) => boolean) {
    const raw = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || !/\S/.test(raw) || NO_TEXT.has(parent.localName) || hidden(parent)) return;
    let owner: Element = parent;
    while (INLINE.has(owner.localName) && owner.parentElement && owner.localName !== 'body') owner = owner.parentElement;
    // Buttons and links are their own blocks: the classifier and the banner care about what they say.
    const ctl = parent.closest('button, a, [role=button]');
    if (ctl && owner.contains(ctl)) owner = ctl;
    const id = this.blockFor(owner);
    if (id === undefined) return;
    const block = this.blocks[id]!;
    const room = Math.min(L.blockChars - block.text.length, L.totalChars - this.totalChars);
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const piece = squash(raw);
    const add = block.text ? ' ' + piece : piece;
    if (add.length > room) this.truncated = true;
    const next = block.text + add.slice(0, room);
    this.totalChars += next.length - block.text.length;
    block.text = next;
  }

  element(el: Element, hidden: (el: Element) => boolean) {
    const tag = el.localName;
    const attr = (name: string) => el.getAttribute(name);
    if (this.controls.length < L.controls && el.attributes.length + (tag === 'option' ? 1 : 0) > 0) this.control(el);
    if (tag === 'tr' || tag === 'td' || tag === 'th') this.cells.visit(el, tag);
    if (tag === 'a' && attr('href') !== null) {
      if (this.links.length >= L.links) return void (this.truncated = true);
      this.links.push({ href: clip(absolute(attr('href')!, this.base), L.urlChars), text: clip(squash(el.textContent ?? ''), 200) });
      this.pendingLinks.push({ el, index: this.links.length - 1 });
    } else if (tag === 'form') {
      if (this.forms.length >= L.forms) return void (this.truncated = true);
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
        else this.truncated = true;
      } else if (this.inline.length < L.inlineScripts) {
        const code = (el.textContent ?? '').trim();
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
    if (this.blocks.length >= L.blocks) {
      this.truncated = true;
      return undefined;
    }
    id = this.blocks.length;
    this.blockOf.set(owner, id);
    const block: TextBlock = { id, tag: owner.localName.slice(0, 16), text: '' };
    const cell = this.cells.of(owner);
    if (cell) block.cell = cell;
    if (insideQuote(owner)) block.quoted = true;
    this.blocks.push(block);
    this.elements.push(owner);
    return id;
  }

  nearestBlock(el: Element): number | undefined {
    for (let cur: Element | null = el, hops = 0; cur && hops < 12; cur = cur.parentElement, hops++) {
      const id = this.blockOf.get(cur);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  private image(img: Element, hidden: (el: Element) => boolean) {
    if (hidden(img)) return;
    const src = absolute(img.getAttribute('src') ?? '', this.base);
    // Worth decoding: inline images (card-shop QR codes are data: URLs), same-origin images, and URLs that carry a
    // payment payload. Cross-origin images stay URLs; the background decides whether to fetch them.
    const worth = src.startsWith('data:image/') || (this.base && sameOrigin(src, this.base)) || /qr|code|pay/i.test(src);
    if (!worth) return;
    if (src.length > L.imageDataUrlChars || this.images.length >= L.images) return void (this.truncated = true);
    const el = img as HTMLImageElement;
    this.images.push({
      src,
      kind: 'img',
      alt: clip(img.getAttribute('alt') ?? '', 200),
      width: Number(el.naturalWidth || el.width || img.getAttribute('width') || 0) || 0,
      height: Number(el.naturalHeight || el.height || img.getAttribute('height') || 0) || 0,
      // The image's block is resolved at the end, once its neighbours' text has been seen.
      blockId: undefined,
    });
    // Fallback block: the text just before the image in document order (a QR usually follows "请扫描下方收款码").
    this.pendingImages.push({ el: img, index: this.images.length - 1, before: this.blocks.length - 1 });
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
  private pendingImages: Array<{ el: Element; index: number; before: number }> = [];

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
  private controlSeen = new Set<string>();
  private pendingControls: Array<{ el: Element; index: number; before: number }> = [];

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

/** In a <blockquote> or <q>, looked for up to 8 levels up (a bounded walk, whatever the nesting). */
function insideQuote(el: Element): boolean {
  let cur: Element | null = el;
  for (let hops = 0; cur && hops < 8; hops++, cur = cur.parentElement) {
    if (cur.localName === 'blockquote' || cur.localName === 'q') return true;
  }
  return false;
}

function safeUrl(u: string): URL | null {
  try {
    return new URL(u);
  } catch {
    return null;
  }
}

function absolute(href: string, base: URL | null): string {
  const h = href.trim();
  if (h.startsWith('data:')) return h;
  try {
    return base ? new URL(h, base).href : new URL(h).href;
  } catch {
    return h;
  }
}

function sameOrigin(src: string, base: URL): boolean {
  const u = safeUrl(src);
  return u !== null && u.origin === base.origin;
}
