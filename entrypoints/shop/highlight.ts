// "在页面上显示": scroll to the element behind a piece of evidence and outline it for a few seconds. For a payment code
// that is the code itself (the <img>, <canvas> or rebuilt table near the text block), not the price line next to it.
// One outline at a time: a new one clears the last. The outline is an inline style on the page's own element,
// restored afterwards; nothing is read or sent.
const OUTLINE = '3px solid #dc2626';
const SHOW_MS = 4000;
/** How far from the block a code image may sit: inside it, or in the element right after it (the extractor's fallback). */
const SIBLINGS = 1;

let current: { restore: () => void; timer: ReturnType<typeof setTimeout> } | null = null;

function clearCurrent(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.restore();
  current = null;
}

const area = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
};
/** Square-ish and big enough to scan: what a payment code looks like (a logo or an icon is not). */
const codeLike = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width >= 48 && r.height >= 48 && Math.abs(r.width - r.height) <= 0.25 * Math.max(r.width, r.height);
};

/** The payment code image for a block: the largest code-like img / canvas / svg / table in or just after it. */
export function codeImageNear(block: Element): Element | null {
  const scopes: Element[] = [block];
  for (let sib = block.nextElementSibling, n = 0; sib && n < SIBLINGS; sib = sib.nextElementSibling, n++) scopes.push(sib);
  const candidates = scopes.flatMap((s) => [s, ...s.querySelectorAll('img, canvas, svg, table')])
    .filter((el) => /^(img|canvas|svg|table)$/.test(el.localName) && codeLike(el));
  return candidates.sort((a, b) => area(b) - area(a))[0] ?? null;
}

export function highlightElement(block: Element | undefined, opts: { image?: boolean } = {}): boolean {
  if (!(block instanceof Element) || !block.isConnected) return false;
  const target = (opts.image ? codeImageNear(block) : null) ?? block;
  if (!(target instanceof HTMLElement || target instanceof SVGElement)) return false;
  clearCurrent();
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const style = target.style;
  const before = { outline: style.getPropertyValue('outline'), priority: style.getPropertyPriority('outline'), offset: style.getPropertyValue('outline-offset') };
  style.setProperty('outline', OUTLINE, 'important');
  style.setProperty('outline-offset', '3px', 'important');
  target.dataset.kadunHighlight = '1';
  const restore = () => {
    style.setProperty('outline', before.outline, before.priority);
    style.setProperty('outline-offset', before.offset);
    delete target.dataset.kadunHighlight;
  };
  current = { restore, timer: setTimeout(clearCurrent, SHOW_MS) };
  return true;
}
