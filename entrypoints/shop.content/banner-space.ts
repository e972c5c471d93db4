// The banner takes its own space at the top instead of covering the shop's header (issue 11 item 11). The banner
// itself stays a fixed top-layer element (the page cannot stack anything over it, banner-visibility.ts); this makes
// room for it: a top margin on <html> pushes the page's normal flow down by the banner's height, and the page's own
// fixed or sticky bars at the very top (a navbar) are moved down by the same height. Everything is put back when the
// banner goes. Bounded: only the first elements of <body> (two levels deep) are looked at, at most once a second.

/** How many elements are looked at for a fixed / sticky top bar, and how often the look is repeated. */
const SCAN_LIMIT = 300;
const RESCAN_MS = 1000;

type Saved = { el: HTMLElement; value: string; priority: string };

export type ReservedSpace = { update(): void; release(): void };

export function reserveSpace(doc: Document, bar: HTMLElement): ReservedSpace {
  const win = doc.defaultView;
  const html = doc.documentElement;
  const saved = { value: html.style.getPropertyValue('margin-top'), priority: html.style.getPropertyPriority('margin-top') };
  // The page's own top margin (before ours), so the banner's height is added to it rather than replacing it.
  const baseMargin = win ? parseFloat(win.getComputedStyle(html).marginTop) || 0 : 0;
  const moved: Saved[] = [];
  let height = 0;
  let lastScan = 0;
  let released = false;

  const shiftTopBars = () => {
    if (!win || !doc.body) return;
    lastScan = Date.now();
    let seen = 0;
    for (const child of doc.body.children) {
      for (const el of [child, ...child.children]) {
        if (++seen > SCAN_LIMIT) return;
        if (!(el instanceof win.HTMLElement) || el.localName.startsWith('kadun-') || moved.some((m) => m.el === el)) continue;
        const cs = win.getComputedStyle(el);
        if (cs.position !== 'fixed' && cs.position !== 'sticky') continue;
        const rect = el.getBoundingClientRect();
        // A bar along the top edge: not a full-screen layer, a side menu or a chat bubble.
        if (parseFloat(cs.top) !== 0 || rect.top > 1 || rect.height > win.innerHeight * 0.4 || rect.width < win.innerWidth * 0.5) continue;
        moved.push({ el, value: el.style.getPropertyValue('top'), priority: el.style.getPropertyPriority('top') });
        el.style.setProperty('top', `${height}px`, 'important');
      }
    }
  };

  const apply = () => {
    if (released) return;
    height = Math.ceil(bar.getBoundingClientRect().height);
    html.style.setProperty('margin-top', `${baseMargin + height}px`, 'important');
    for (const m of moved) m.el.style.setProperty('top', `${height}px`, 'important');
    if (Date.now() - lastScan >= RESCAN_MS) shiftTopBars();
  };
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : null;
  resize?.observe(bar);
  apply();

  return {
    /** The page changed (the banner's guard saw a mutation): our margin back if it was removed, new top bars moved. */
    update() {
      if (released) return;
      if (html.style.getPropertyValue('margin-top') !== `${baseMargin + height}px`) apply();
      else if (Date.now() - lastScan >= RESCAN_MS) shiftTopBars();
    },
    release() {
      released = true;
      resize?.disconnect();
      html.style.setProperty('margin-top', saved.value, saved.priority);
      for (const m of moved) m.el.style.setProperty('top', m.value, m.priority);
    },
  };
}
