// Prices read under their column headers: 卡盟 goods tables (商品 / 面值 / 零售价 / 分站价) and list rows that copy
// that layout with a header line. The face comes from the 面值 column, else from the product name; the sale price is
// the highest amount in the price columns (the retail price; a 分站价 / 会员价 is lower still). Bounded: at most
// MAX_TABLES tables and MAX_ROWS rows in all.
import type { NormBlock, PageContext } from '../context';

/** What price-below-face-value needs from a row (its Offer shape). */
export type RowOffer = { head: NormBlock; face: number; faceBlock?: NormBlock; price: number; priceBlock: NormBlock; priceStart: number; priceEnd: number };
/** The product-name parser of price-below-face-value: faces written in a name ("腾讯Q币100元"). */
export type FacesOf = (name: string) => ReadonlyArray<{ value: number }>;

const PRODUCT_COL = /^(?:商品|商品名称|商品名|名称|产品|产品名称|卡种|卡类|卡名|品名)$/;
const FACE_COL = /^(?:面值|面额|卡面值|充值面值|价值)(?:\(元\))?$/;
const PRICE_COL = /^(?:零售价|售价|价格|单价|现价|销售价|会员价|拿货价|批发价|进货价|分站价|代理价|优惠价|商品价格|商品单价)(?:\(元\))?$/;
const AMOUNT = /^(?:¥|RMB)? ?(\d{1,6}(?:\.\d{1,2})?) ?元?$/;
const MAX_TABLES = 40;
const MAX_ROWS = 2000;

type Columns = { product?: number; face?: number; prices: number[] };

const headerKey = (s: string) => s.replace(/[\s:：]/g, '');

function columnsOf(headers: ReadonlyArray<string | undefined>): Columns | null {
  const cols: Columns = { prices: [] };
  headers.forEach((h, i) => {
    const k = h === undefined ? '' : headerKey(h);
    if (PRODUCT_COL.test(k)) cols.product ??= i;
    else if (FACE_COL.test(k)) cols.face ??= i;
    else if (PRICE_COL.test(k)) cols.prices.push(i);
  });
  return cols.prices.length > 0 && (cols.face !== undefined || cols.product !== undefined) ? cols : null;
}

function amountOf(text: string | undefined): number | undefined {
  const m = text === undefined ? null : AMOUNT.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** One row → an offer, when it has a face (面值 column or product name) and a price. */
function rowOffer(cols: Columns, cell: (col: number) => NormBlock | undefined, text: (col: number) => string | undefined, facesOf: FacesOf): RowOffer | null {
  let best: { value: number; col: number } | undefined;
  for (const c of cols.prices) {
    const v = amountOf(text(c));
    if (v !== undefined && v > 0 && (!best || v > best.value)) best = { value: v, col: c };
  }
  if (!best) return null;
  const faceCol = cols.face === undefined ? undefined : amountOf(text(cols.face));
  const nameFace = cols.product === undefined ? undefined : facesOf(text(cols.product) ?? '')[0]?.value;
  const face = faceCol ?? nameFace;
  const head = (cols.product === undefined ? undefined : cell(cols.product)) ?? (cols.face === undefined ? undefined : cell(cols.face));
  const priceBlock = cell(best.col);
  if (face === undefined || !head || !priceBlock) return null;
  const faceBlock = faceCol !== undefined && cols.face !== undefined ? cell(cols.face) : undefined;
  return { head, face, ...(faceBlock && faceBlock !== head ? { faceBlock } : {}), price: best.value, priceBlock, priceStart: 0, priceEnd: priceBlock.norm.length };
}

/** Offers of every goods table on the page (cells carry [table, row, col] from the extractor). */
export function tableOffers(ctx: PageContext, facesOf: FacesOf): RowOffer[] {
  const tables = new Map<number, Map<number, Map<number, NormBlock>>>();
  let rows = 0;
  for (const b of ctx.blocks) {
    if (!b.cell) continue;
    const [t, r, c] = b.cell;
    let table = tables.get(t);
    if (!table) {
      if (tables.size >= MAX_TABLES) continue;
      tables.set(t, (table = new Map()));
    }
    let row = table.get(r);
    if (!row) {
      if (++rows > MAX_ROWS) break;
      table.set(r, (row = new Map()));
    }
    row.set(c, b);
  }
  const out: RowOffer[] = [];
  for (const table of tables.values()) {
    const order = [...table.keys()].sort((a, b) => a - b);
    // The header is among the first three rows.
    let cols: Columns | null = null;
    let start = 0;
    for (let i = 0; i < Math.min(3, order.length) && !cols; i++) {
      const row = table.get(order[i]!)!;
      const width = Math.max(...row.keys()) + 1;
      cols = columnsOf(Array.from({ length: Math.min(width, 30) }, (_, c) => row.get(c)?.norm));
      start = i + 1;
    }
    if (!cols) continue;
    for (const r of order.slice(start)) {
      const row = table.get(r)!;
      const offer = rowOffer(cols, (c) => row.get(c), (c) => row.get(c)?.norm, facesOf);
      if (offer) out.push(offer);
    }
  }
  return [...out, ...listOffers(ctx, facesOf)];
}

/**
 * List rows under a header line ("商品 面值 零售价 分站价" in an <li> or <div>, then one line per good): the last
 * columns are read from the right, so a product name with spaces stays whole.
 */
function listOffers(ctx: PageContext, facesOf: FacesOf): RowOffer[] {
  const out: RowOffer[] = [];
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i]!;
    if (h.cell || h.norm.length > 60) continue;
    const headers = h.norm.split(' ');
    if (headers.length < 3 || headers.length > 8) continue;
    const cols = columnsOf(headers);
    if (!cols || cols.product !== 0) continue;
    let k = i + 1;
    for (; k < blocks.length && k <= i + 200 && blocks[k]!.tag === h.tag && !blocks[k]!.cell; k++) {
      const b = blocks[k]!;
      const tokens = b.norm.split(' ');
      if (tokens.length < headers.length) continue;
      const cellsText = [tokens.slice(0, tokens.length - headers.length + 1).join(' '), ...tokens.slice(tokens.length - headers.length + 1)];
      const offer = rowOffer(cols, () => b, (c) => cellsText[c], facesOf);
      if (offer) out.push({ ...offer, faceBlock: undefined });
    }
    i = k - 1;
  }
  return out;
}
