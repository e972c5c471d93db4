/** Computed-style reads per page outside a real browser. */
export const STYLE_READS = 1500;

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
) {
  let styleReads = 0;
  const cache = new WeakMap<Element, boolean>();
  const selfHidden = (el: Element): boolean => {
    if (el.hasAttribute('hidden')) return true;
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template' || tag === 'head') return true;
    // Real browsers: checkVisibility covers display, content-visibility, visibility and opacity in one call.
    const cv = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (native && typeof cv === 'function') {
      return !cv.call(el, { opacityProperty: true, visibilityProperty: true });
    }
    // Outside a browser (happy-dom) a computed style costs ~0.2 ms: past a budget only inline styles are read, so
    // 100,000 table cells cannot make the walk take seconds. The CLI may then read some hidden text as shown.
    if (styleReads++ >= STYLE_READS) {
      onBudget?.();
      return inlineHidden(el.getAttribute('style'));
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
    while (cur) {
      const known = cache.get(cur);
      if (known !== undefined) {
        inherited = known;
        break;
      }
      chain.push(cur);
      cur = cur.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      inherited = inherited || selfHidden(chain[i]!);
      cache.set(chain[i]!, inherited);
    }
    return inherited;
  };
  return hidden;
}
