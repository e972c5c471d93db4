/** Is `el` hidden from the person? Memoised per element; ancestors are checked through the cache. */
export function createHiddenCheck(
  win: { getComputedStyle?: (el: Element) => CSSStyleDeclaration } | null,
  /** True in a real browser: use Element.checkVisibility (happy-dom/linkedom have no layout to answer it). */
  native = false,
) {
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
