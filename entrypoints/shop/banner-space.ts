// The banner takes its own space at the top instead of covering the shop's header (issue 11 item 11). The banner
// itself stays a fixed top-layer element (the page cannot stack anything over it, banner-visibility.ts); this makes
// room for it: a top margin on <html> pushes the page's normal flow down by the banner's height, and the page's own
// fixed or sticky bars at the very top (a navbar) are moved down by the same height. Everything is put back when the
// banner goes. Bounded: only the first elements of <body> (two levels deep) are looked at, at most once a second
// and at most MAX_SCANS times per banner (a page that keeps changing costs nothing more after that).

/** How many elements are looked at for a fixed / sticky top bar, and how often the look is repeated. */
const SCAN_LIMIT = 300;
const RESCAN_MS = 1000;
const MAX_SCANS = 20;

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
  let scans = 0;
  let released = false;

  /** <body>'s children, each followed by its own children, the first SCAN_LIMIT of them (no copy of a huge list). */
  function* candidates(body: HTMLElement): Generator<Element> {
    let seen = 0;
    for (let child = body.firstElementChild; child && seen < SCAN_LIMIT; child = child.nextElementSibling) {
      seen++;
      yield child;
      for (let inner = child.firstElementChild; inner && seen < SCAN_LIMIT; inner = inner.nextElementSibling, seen++) yield inner;
    }
  }

  const shiftTopBars = () => {
    if (!win || !doc.body || scans >= MAX_SCANS) return;
    lastScan = Date.now();
    scans++;
    for (const el of candidates(doc.body)) {
      if (!(el instanceof win.HTMLElement) || el.localName.startsWith('kadun-') || moved.some((m) => m.el === el)) continue;
      const cs = win.getComputedStyle(el);
      if ((cs.position !== 'fixed' && cs.position !== 'sticky') || parseFloat(cs.top) !== 0) continue;
      const rect = el.getBoundingClientRect();
      // A bar along the top edge (a sticky one sticks there once scrolled): not a full-screen layer, a side menu or a
      // chat bubble.
      if ((cs.position === 'fixed' && rect.top > 1) || rect.height > win.innerHeight * 0.4 || rect.width < win.innerWidth * 0.5) continue;
      moved.push({ el, value: el.style.getPropertyValue('top'), priority: el.style.getPropertyPriority('top') });
      el.style.setProperty('top', `${height}px`, 'important');
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
