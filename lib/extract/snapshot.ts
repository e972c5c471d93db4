// Document → PageSnapshot, bounded. Runs on the real DOM in the content script and on happy-dom in the CLI/tests.
// Everything a page can inflate (text, blocks, links, images, scripts, elements visited) has a cap; hitting one sets
// `truncated`. No zod here: the background validates the result.
import { SNAPSHOT_LIMITS as L } from '../core/limits';
import type { PageImage, PageSnapshot, TextBlock } from '../core/types';
import { classifyShop, type ShopClass } from './shop-classifier';
import { createHiddenCheck } from './visibility';

/** Inline elements whose text belongs to the nearest block-level ancestor. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label', 'strike', 'big',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'textarea', 'select']);

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
  let truncated = false;
  const base = safeUrl(opts.url);

  // --- text blocks: every visible text node joins the block of its nearest non-inline ancestor.
  const blocks: TextBlock[] = [];
  const elements: Element[] = [];
  const blockOf = new Map<Element, number>();
  let totalChars = 0;
  const root = doc.body ?? doc.documentElement;
  const NF = win?.NodeFilter ?? { SHOW_ELEMENT: 1, SHOW_TEXT: 4, FILTER_ACCEPT: 1, FILTER_REJECT: 2 };
  const walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT, {
    acceptNode: (n: Node) =>
      n.nodeType === 1 && SKIP.has((n as Element).localName) ? NF.FILTER_REJECT : NF.FILTER_ACCEPT,
  });
  let visited = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++visited > L.elementsVisited || totalChars >= L.totalChars) {
      truncated = true;
      break;
    }
    if (n.nodeType !== 3) continue;
    const raw = n.nodeValue ?? '';
    if (!/\S/.test(raw)) continue;
    const parent = n.parentElement;
    if (!parent || hidden(parent)) continue;
    let owner: Element = parent;
    while (INLINE.has(owner.localName) && owner.parentElement && owner !== root) owner = owner.parentElement;
    // Buttons and links are their own blocks: the classifier and the banner care about what they say.
    const ctl = parent.closest('button, a, [role=button]');
    if (ctl && owner.contains(ctl)) owner = ctl;
    let id = blockOf.get(owner);
    if (id === undefined) {
      if (blocks.length >= L.blocks) {
        truncated = true;
        continue;
      }
      id = blocks.length;
      blockOf.set(owner, id);
      blocks.push({ id, tag: owner.localName.slice(0, 16), text: '' });
      elements.push(owner);
    }
    const block = blocks[id]!;
    const room = L.blockChars - block.text.length;
    if (room <= 0) continue;
    const piece = squash(raw);
    const joined = block.text ? block.text + ' ' + piece : piece;
    if (joined.length > L.blockChars) truncated = true;
    const next = clip(joined, L.blockChars);
    totalChars += next.length - block.text.length;
    block.text = next;
  }
  // Submit inputs carry their label in an attribute.
  for (const input of Array.from(doc.querySelectorAll('input[type=submit], input[type=button]')).slice(0, 50)) {
    const value = squash(input.getAttribute('value') ?? '');
    if (!value || hidden(input) || blocks.length >= L.blocks) continue;
    blockOf.set(input, blocks.length);
    blocks.push({ id: blocks.length, tag: 'input', text: clip(value, L.blockChars) });
    elements.push(input);
  }

  const nearestBlock = (el: Element): number | undefined => {
    for (let cur: Element | null = el, hops = 0; cur && hops < 12; cur = cur.parentElement, hops++) {
      const id = blockOf.get(cur);
      if (id !== undefined) return id;
    }
    return undefined;
  };

  // --- links, forms, scripts, meta, images
  const anchors = Array.from(doc.querySelectorAll('a[href]'));
  if (anchors.length > L.links) truncated = true;
  const links = anchors.slice(0, L.links).map((a) => ({
    href: clip(absolute(a.getAttribute('href') ?? '', base), L.urlChars),
    text: clip(squash(a.textContent ?? ''), 200),
    blockId: nearestBlock(a),
  }));
  const formEls = Array.from(doc.querySelectorAll('form'));
  if (formEls.length > L.forms) truncated = true;
  const forms = formEls.slice(0, L.forms).map((f) => ({
    action: clip(absolute(f.getAttribute('action') ?? '', base), L.urlChars),
    method: clip((f.getAttribute('method') ?? 'get').toLowerCase(), 10),
    fields: Array.from(f.querySelectorAll('input[name], select[name], textarea[name]'))
      .slice(0, L.formFields)
      .map((i) => clip(i.getAttribute('name') ?? '', 100)),
  }));
  const scriptEls = Array.from(doc.querySelectorAll('script'));
  const srcs: string[] = [];
  const inline: string[] = [];
  for (const s of scriptEls) {
    const src = s.getAttribute('src');
    if (src) {
      if (srcs.length < L.scriptSrcs) srcs.push(clip(absolute(src, base), L.urlChars));
      else truncated = true;
    } else if (inline.length < L.inlineScripts) {
      const code = (s.textContent ?? '').trim();
      if (code) inline.push(clip(code, L.inlineScriptChars));
    }
  }
  // Stylesheet and icon hrefs carry card-shop asset paths (/assets/hyper/…) as often as scripts do.
  for (const l of Array.from(doc.querySelectorAll('link[href]')).slice(0, 40)) {
    if (srcs.length < L.scriptSrcs) srcs.push(clip(absolute(l.getAttribute('href') ?? '', base), L.urlChars));
  }
  const meta: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property]')).slice(0, L.metaEntries)) {
    const key = clip((m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase(), 60);
    if (key) meta[key] = clip(m.getAttribute('content') ?? '', 300);
  }
  const images = collectImages(doc, base, hidden, nearestBlock);
  if (images.truncated) truncated = true;

  const title = clip(squash(doc.title ?? ''), 300);
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
    lang: clip(doc.documentElement?.getAttribute('lang') ?? '', 35),
    shopHint: shop.isShop,
    blocks,
    links,
    forms,
    scripts: { srcs, inline },
    meta,
    images: images.list,
    truncated,
  };
  return { snapshot, elements, shop };
}

function collectImages(
  doc: Document,
  base: URL | null,
  hidden: (el: Element) => boolean,
  nearestBlock: (el: Element) => number | undefined,
): { list: PageImage[]; truncated: boolean } {
  const list: PageImage[] = [];
  let truncated = false;
  for (const img of Array.from(doc.querySelectorAll('img[src]')).slice(0, 400)) {
    if (hidden(img)) continue;
    const src = absolute(img.getAttribute('src') ?? '', base);
    // Worth decoding: inline images (card-shop QR codes are data: URLs), same-origin images, and URLs that carry a
    // payment payload. Cross-origin images stay URLs; the background decides whether to fetch them.
    const worth = src.startsWith('data:image/') || (base && sameOrigin(src, base)) || /qr|code|pay/i.test(src);
    if (!worth) continue;
    if (src.length > L.imageDataUrlChars) {
      truncated = true;
      continue;
    }
    if (list.length >= L.images) {
      truncated = true;
      break;
    }
    const el = img as HTMLImageElement;
    list.push({
      src,
      kind: 'img',
      alt: clip(img.getAttribute('alt') ?? '', 200),
      width: Number(el.naturalWidth || el.width || img.getAttribute('width') || 0) || 0,
      height: Number(el.naturalHeight || el.height || img.getAttribute('height') || 0) || 0,
      blockId: nearestBlock(img.parentElement ?? img),
    });
  }
  return { list, truncated };
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
