// The snapshot's walk over a document, bounded in steps whatever the page holds: its first HEAD_STEPS nodes in
// document order, then, when the page is longer, its last TAIL_STEPS nodes (still visited in document order). Filler
// in the middle is stepped over, so what a page says after 100,000 links or buttons is still read — and the walk
// costs the same on a 200,000-node page as on a 17,000-node one (the content script's main-thread budget).
// No JS filter on the TreeWalker: a callback per node costs more than the walk itself; subtrees are skipped by hand.

/** Nodes (elements and text) walked from the start, then from the end of a longer page. */
export const WALK_LIMITS = { headSteps: 12_000, tailSteps: 5_000 } as const;
/**
 * The content script's walk, on the page's main thread: each node read there costs a DOM wrapper in its world
 * (~2–6 µs in Chromium), so 17,000 filler nodes were most of its script time on 100,000-element pages. Real shop and
 * pay pages stay far below it (the field fixtures: under 1,500 nodes); a page cut short says so (`truncated`).
 */
export const PAGE_WALK_LIMITS = { headSteps: 6_000, tailSteps: 2_500 } as const;

const SHOW_ELEMENT_AND_TEXT = 1 | 4;

/**
 * Calls `visit` on the nodes of `root` in document order, within WALK_LIMITS. `visit` returns false to skip an
 * element's subtree (head, svg, a QR table). `skip` returns the same for an element without side effects, so the tail
 * (collected backwards) leaves out what the head walk would have skipped. Returns false when nodes were left out.
 */
export function walkBounded(
  doc: Document, root: Element, visit: (n: Node) => boolean, skip: (el: Element) => boolean,
  limits: { headSteps: number; tailSteps: number } = WALK_LIMITS,
  /** Called once before the tail is visited (budgets that filler in the head spent can be given back for it). */
  onTail?: () => void,
): boolean {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let steps = 0;
  let last: Node | null = null;
  for (let n: Node | null = root; n;) {
    if (++steps > limits.headSteps) return walkTail(doc, root, last, visit, skip, limits.tailSteps, onTail);
    last = n;
    n = visit(n) ? walker.nextNode() : nextOutside(walker);
  }
  return true;
}

/** Nodes read inside one <select> (an option and its text are two) and inside all of a snapshot's selects. */
export const SELECT_STEPS = { each: 200, all: 2000 } as const;

/**
 * Visits the nodes inside `root` (not `root` itself) in document order, at most `each` of them and at most what is
 * `left` in the shared budget (which it spends); `visit` returning false skips an element's subtree. True when nodes
 * were left out. For a part a page can inflate without end, such as a <select>'s options: the first ones say what it
 * offers (a pay picker has a handful), the rest cost the walk nothing.
 */
export function walkInside(doc: Document, root: Element, visit: (n: Node) => boolean, budget: { left: number }, each: number): boolean {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let n = walker.nextNode();
  for (let steps = 0; n && steps < each && budget.left > 0; steps++, budget.left--) n = visit(n) ? walker.nextNode() : nextOutside(walker);
  return n !== null;
}

/** The node after the walker's current node's subtree. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const s = walker.nextSibling();
    if (s) return s;
    if (!walker.parentNode()) return null;
  }
}

/** The last `max` nodes after `stop`, collected backwards and visited forwards. Always false (nodes were left out). */
function walkTail(doc: Document, root: Element, stop: Node | null, visit: (n: Node) => boolean, skip: (el: Element) => boolean, max: number, onTail?: () => void): false {
  const back = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  while (back.lastChild()) { /* down to the document's last node */ }
  const tail: Node[] = [];
  for (let m: Node | null = back.currentNode; m && m !== stop && m !== root && tail.length < max; m = back.previousNode()) {
    // Backwards, an element comes after its descendants: drop them when the element's subtree is not walked.
    if (m.nodeType === 1 && skip(m as Element)) while (tail.length && m.contains(tail[tail.length - 1]!)) tail.pop();
    tail.push(m);
  }
  // The budget may end inside a skipped subtree whose root was not reached: leave those nodes out too.
  const first = tail[tail.length - 1];
  for (let a = first?.parentElement, hops = 0; a && a !== root && hops < 64; a = a.parentElement, hops++) {
    if (skip(a)) while (tail.length && a.contains(tail[tail.length - 1]!)) tail.pop();
  }
  onTail?.();
  for (let i = tail.length - 1; i >= 0; i--) visit(tail[i]!);
  return false;
}
