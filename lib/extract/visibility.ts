/**
 * Computed-style budget per page outside a real browser, in ancestor steps: happy-dom's getComputedStyle copies the
 * style of every ancestor (~5 µs each), so a read at depth 256 costs what 256 flat reads do. 10,000-deep nesting
 * spent 0.8 s here with a budget counted in reads.
 */
export const STYLE_STEPS = 40_000;
/**
 * checkVisibility calls per page in a real browser (~4 µs each on a 100,000-button page: 0.4 s for all of them).
 * Past it, only the hidden attribute, inline styles and already-checked ancestors count.
 */
export const NATIVE_CHECKS = 3000;

/** Declarations that can hide text; a page whose <style> sheets hold none of them needs no computed style at all. */
/**
 * Elements from which a page counts as huge in a real browser. On such a page the browser has often not computed its
 * style yet when the content script runs (its first frame takes seconds), and the first checkVisibility makes it do so
 * inside the script: ~0.3 s of "script" on 100,000 buttons. There, only the hidden attribute and inline styles count.
 */
export const HUGE_PAGE = 20_000;

/**
 * Bytes of HTML from which a page counts as huge without counting its elements: counting 20,000 elements took 12–30 ms
 * in Chromium (a fresh collection indexed at HUGE_PAGE), reading the document's size 0.3 ms. A page this big that has
 * few elements (one long text) loses only checkVisibility, as 20,001 empty elements would make any page do anyway.
 */
export const HUGE_BYTES = 1_500_000;

/**
 * True when `doc`'s HTML was HUGE_BYTES or more (its navigation entry, where the browser keeps one) or it has more
 * than HUGE_PAGE elements; looks at most that many (a live collection, indexed once).
 */
export function hugePage(doc: Document): boolean {
  const nav = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as { decodedBodySize?: number } | undefined;
  if ((nav?.decodedBodySize ?? 0) >= HUGE_BYTES) return true;
  return doc.getElementsByTagName('*')[HUGE_PAGE] !== undefined;
}

const CHECK = { opacityProperty: true, visibilityProperty: true };
const HIDING = /display:none|visibility:hidden|opacity:0|font-size:0/;

/** display:none, visibility:hidden, opacity:0 or font-size:0 in a style attribute (bounded: its first 500 characters). */
export function inlineHidden(style: string | null): boolean {
  if (!style) return false;
  const s = style.slice(0, 500).toLowerCase().replace(/\s+/g, '');
  return /display:none|visibility:hidden|opacity:0(?:\.0*)?(?:;|!|$)|font-size:0(?:px|em|rem|%)?(?:;|!|$)/.test(s);
}

/** Is `el` hidden from the person? Memoised per element; ancestors are checked through the cache. */
export function createHiddenCheck(
  win: { getComputedStyle?: (el: Element) => CSSStyleDeclaration } | null,
  /** True in a real browser: use Element.checkVisibility (happy-dom/linkedom have no layout to answer it). */
  native = false,
  /** Called when the computed-style budget is spent (the caller records it as skipped). */
  onBudget?: () => void,
  /** checkVisibility calls allowed (hugePage: none, see HUGE_PAGE). */
  nativeBudget: number = NATIVE_CHECKS,
) {
  let styleSteps = 0;
  let nativeChecks = 0;
  let sheetsHide: boolean | null = null;
  const cache = new WeakMap<Element, boolean>();
  const depth = new WeakMap<Element, number>();
  const selfHidden = (el: Element): boolean => {
    if (el.hasAttribute('hidden')) return true;
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template' || tag === 'head') return true;
    // Real browsers: checkVisibility covers display, content-visibility, visibility and opacity in one call.
    const cv = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (native && typeof cv === 'function') {
      if (nativeChecks++ < nativeBudget) return !cv.call(el, CHECK);
      onBudget?.();
      return inlineHidden(el.getAttribute('style'));
    }
    // Outside a browser (happy-dom) a computed style costs ~0.2 ms and more the deeper the element: past a budget
    // only inline styles are read, so 100,000 table cells or 10,000-deep nesting cannot make the walk take seconds.
    // The CLI may then read some hidden text as shown.
    if (inlineHidden(el.getAttribute('style'))) return true;
    // Without a hiding rule in the page's own <style> sheets (external sheets are never loaded here), a computed
    // style says no more than the inline style just read: skip it. Otherwise pay for it within the budget.
    sheetsHide ??= styleSheetsHide(el.ownerDocument);
    if (!sheetsHide) return false;
    styleSteps += 1 + (depth.get(el) ?? 0);
    if (styleSteps > STYLE_STEPS) {
      onBudget?.();
      return false;
    }
    const style = win?.getComputedStyle?.(el);
    if (!style) return false;
    return style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0' || style.fontSize === '0px';
  };
  // Iterative, not recursive: a hostile page may nest elements deeper than the call stack.
  const hidden = (el: Element | null): boolean => {
    const chain: Element[] = [];
    let cur = el;
    let inherited = false;
    let d = 0;
    while (cur) {
      const known = cache.get(cur);
      if (known !== undefined) {
        inherited = known;
        d = (depth.get(cur) ?? 0) + 1;
        break;
      }
      chain.push(cur);
      cur = cur.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i--, d++) {
      depth.set(chain[i]!, d);
      inherited = inherited || selfHidden(chain[i]!);
      cache.set(chain[i]!, inherited);
    }
    return inherited;
  };
  return hidden;
}

/** Whether any <style> element of `doc` (its first 64, 256 KB each) holds a declaration that can hide text. */
function styleSheetsHide(doc: Document | null): boolean {
  if (!doc) return true;
  const sheets = doc.getElementsByTagName('style');
  for (let i = 0; i < sheets.length && i < 64; i++) {
    if (HIDING.test((sheets[i]!.textContent ?? '').slice(0, 262_144).toLowerCase().replace(/\s+/g, ''))) return true;
  }
  return sheets.length > 64;
}
