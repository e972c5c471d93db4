// Table coordinates for text blocks, so that a price can be read under its column header (卡盟 goods tables:
// 商品 / 面值 / 零售价 / 分站价). Counted as the extractor walks in document order: O(1) per element, no
// sibling scans, so a 100,000-row table costs no more than its elements.

type Cell = [table: number, row: number, col: number];

const MAX_COLSPAN = 20;

export class TableCells {
  private tables = new WeakMap<Element, number>();
  private rows = new WeakMap<Element, { table: number; row: number; nextCol: number }>();
  private rowCount = new Map<number, number>();
  private cellOf = new WeakMap<Element, Cell>();
  private nextTable = 0;

  /** Called for each tr / td / th as the walker meets it. */
  visit(el: Element, tag: string): void {
    if (tag === 'tr') {
      const table = el.closest('table');
      if (!table) return;
      let id = this.tables.get(table);
      if (id === undefined) {
        id = this.nextTable++;
        this.tables.set(table, id);
      }
      const row = this.rowCount.get(id) ?? 0;
      this.rowCount.set(id, row + 1);
      this.rows.set(el, { table: id, row, nextCol: 0 });
      return;
    }
    const parent = el.parentElement;
    const r = parent ? this.rows.get(parent) : undefined;
    if (!r) return;
    this.cellOf.set(el, [r.table, r.row, r.nextCol]);
    const span = Number(el.getAttribute('colspan') ?? 1);
    r.nextCol += Number.isInteger(span) && span >= 1 ? Math.min(span, MAX_COLSPAN) : 1;
  }

  /** The cell a block's owner is, or sits in (up to two levels: <td><div>…</div></td>, <td><a>…</a></td>). */
  of(owner: Element): Cell | undefined {
    let cur: Element | null = owner;
    for (let hops = 0; cur && hops < 3; hops++, cur = cur.parentElement) {
      const c = this.cellOf.get(cur);
      if (c) return [...c];
    }
    return undefined;
  }
}
