// Is the banner actually visible? A page can leave the banner in the DOM, styled as we set it, and still hide it: a
// later fixed element or a top-layer popover over it, or clip-path / transform / opacity on <body> or <html>
// (issue 10, "Banner hiding and spoofing"). Two kinds of evidence, both cheap:
// - IntersectionObserver v2 (`trackVisibility`, Chromium): isVisible is false when anything is drawn over the
//   element or an effect (opacity, transform, filter) applies to it — also a pointer-events:none decoy, which
//   elementFromPoint cannot see.
// - Checks that work everywhere: the bar's rectangle is on screen, elementFromPoint at its centre is our host, no
//   other top-layer element (popover, modal dialog, fullscreen) overlaps it, and no ancestor hides or warps it.
// The caller raises the banner back to the top of the top layer when another element takes it over, and falls
// back to surfaces the page cannot touch (toolbar, extension page) when it stays hidden.

export type HiddenReason = 'covered' | 'top-layer' | 'ancestor-style' | 'off-screen' | 'occluded';

const TOP_LAYER = ':popover-open, dialog[open], :fullscreen';

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && b.width > 0 && b.height > 0;
}

/** Whether the host is in the top layer (a shown popover): then ancestors' effects and normal stacking do not apply. */
export function inTopLayer(host: HTMLElement): boolean {
  try {
    return host.matches(':popover-open');
  } catch {
    return false;
  }
}

/** Another top-layer element drawn over `rect` (popovers and dialogs are few: this query stays small). */
export function topLayerOver(doc: Document, host: HTMLElement, rect: DOMRect): Element | null {
  let found: Element | null = null;
  try {
    for (const el of doc.querySelectorAll(TOP_LAYER)) {
      if (el !== host && !el.contains(host) && overlaps(rect, el.getBoundingClientRect())) found = el;
    }
  } catch {
    // A browser without :popover-open or :fullscreen: elementFromPoint below still sees what is drawn on top.
  }
  return found;
}

/** An ancestor (up to <html>) whose computed style hides or warps its descendants. */
function ancestorHides(doc: Document, host: HTMLElement): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (let el = host.parentElement; el; el = el.parentElement) {
    const cs = win.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || Number(cs.opacity) < 0.9) return true;
    if (cs.clipPath !== 'none' || cs.transform !== 'none' || cs.filter !== 'none' || (cs.mask && cs.mask !== 'none' && cs.mask !== '')) return true;
    if (cs.contentVisibility === 'hidden') return true;
  }
  return false;
}

/** The cheap checks at one moment; null = visible as far as they can tell. */
export function cheapHiddenReason(doc: Document, host: HTMLElement, bar: HTMLElement): HiddenReason | null {
  const win = doc.defaultView;
  const rect = bar.getBoundingClientRect();
  if (!win || rect.height < 16 || rect.width < Math.min(200, win.innerWidth / 2) || rect.bottom <= 0 || rect.top >= win.innerHeight) return 'off-screen';
  if (topLayerOver(doc, host, rect)) return 'top-layer';
  const x = Math.min(Math.max(rect.left + rect.width / 2, 0), win.innerWidth - 1);
  const y = Math.min(Math.max(rect.top + rect.height / 2, 0), win.innerHeight - 1);
  // A closed shadow root retargets the hit to its host.
  if (doc.elementFromPoint(x, y) !== host) return 'covered';
  if (!inTopLayer(host) && ancestorHides(doc, host)) return 'ancestor-style';
  return null;
}

/** Whether a trusted click at (x, y) landed on `button` with nothing of the page's drawn over it. */
export function clickLandedOn(doc: Document, host: HTMLElement, button: HTMLElement, x: number, y: number, lastVisible: boolean | null): boolean {
  const r = button.getBoundingClientRect();
  // A keyboard activation (Enter / Space on the focused button) has no pointer position: check the button's centre.
  if (x === 0 && y === 0) [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
  if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
  if (doc.elementFromPoint(x, y) !== host) return false;
  // A pointer-events:none decoy is invisible to hit testing; IntersectionObserver v2 and the top-layer scan see it.
  if (lastVisible === false || topLayerOver(doc, host, r)) return false;
  return inTopLayer(host) || !ancestorHides(doc, host);
}

/** IntersectionObserver v2 on `el`, when the browser has it: the latest isVisible, or null (unsupported / no entry). */
export function trackVisibility(el: Element, onChange: (visible: boolean) => void): { latest(): boolean | null; stop(): void } {
  let latest: boolean | null = null;
  const Observer = globalThis.IntersectionObserver;
  if (!Observer) return { latest: () => null, stop: () => undefined };
  let io: IntersectionObserver | null = null;
  try {
    io = new Observer((entries) => {
      for (const e of entries) {
        const v = (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
        if (typeof v !== 'boolean') continue;
        latest = v;
        onChange(v);
      }
    }, { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit);
    io.observe(el);
  } catch {
    io = null;
  }
  return { latest: () => latest, stop: () => io?.disconnect() };
}
