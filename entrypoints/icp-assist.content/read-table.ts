// Reads what the MIIT query page shows after the person's own search. Pure: takes a Document (the content script's,
// or happy-dom's in tests). Columns are found by their header text, never by position: the page's layout has changed
// before and will again. The result table is an Element UI table, whose header and body are separate <table>s inside
// one `.el-table`; a plain single <table> works too.

export type CapturedRecord = {
  unitName: string;
  natureName: string;
  serviceLicence: string;
  mainLicence: string;
  /** '' when the table has no domain column (the background then relies on what was searched). */
  domain: string;
  updateRecordTime?: string;
  limitAccess?: string;
};

export type PageResult =
  | { kind: 'records'; records: CapturedRecord[] }
  /** The page says, in words, that nothing was found. */
  | { kind: 'no-record' }
  /** The site's firewall answered instead of the registry (domain-facts.md §2): says nothing about the domain. */
  | { kind: 'blocked' }
  | { kind: 'loading' }
  | { kind: 'nothing' };

type Field = keyof CapturedRecord;

/** Header text (whitespace and a trailing colon removed) → field (domain-facts.md §2 names). */
const HEADERS: Readonly<Record<string, Field>> = {
  主办单位名称: 'unitName',
  主办单位性质: 'natureName',
  网站备案号: 'serviceLicence',
  服务备案号: 'serviceLicence',
  主体备案号: 'mainLicence',
  审核日期: 'updateRecordTime',
  审核通过日期: 'updateRecordTime',
  是否限制接入: 'limitAccess',
  网站域名: 'domain',
  域名: 'domain',
};
/** Lengths the background accepts (icpRecordSchema): a longer cell is cut, not the whole capture refused. */
const MAX: Readonly<Record<Field, number>> = {
  unitName: 200, natureName: 40, serviceLicence: 60, mainLicence: 60, domain: 260, updateRecordTime: 40, limitAccess: 10,
};
export const NO_RECORD_TEXTS = ['没有查询到', '暂无数据'] as const;
export const WAF_TEXT = '当前访问疑似黑客攻击';
const MAX_RECORDS = 50;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const headerKey = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').replace(/[:：]$/, '');

/** Hidden by the page (attribute or inline style), or inert (scripts, templates): not something the person sees. */
function unseen(el: Element | null): boolean {
  return Boolean(el?.closest('script, style, noscript, template, [hidden], [style*="display: none"], [style*="display:none"]'));
}

/** The page's visible text (script sources and hidden nodes left out). */
export function visibleText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!unseen(n.parentElement)) parts.push(n.nodeValue ?? '');
  return parts.join(' ');
}

/** Header rows that name the columns we need: each gives the container its body rows live in. */
function headerRows(doc: Document): Array<{ columns: Map<number, Field>; container: Element }> {
  const rows = new Set<Element>();
  for (const th of doc.querySelectorAll('th')) if (th.parentElement) rows.add(th.parentElement);
  const found: Array<{ columns: Map<number, Field>; container: Element }> = [];
  for (const row of rows) {
    // Element UI draws fixed columns as a second, overlapping copy of the table: read the main one only.
    if (unseen(row) || row.closest('.el-table__fixed, .el-table__fixed-right')) continue;
    const columns = new Map<number, Field>();
    [...row.children].forEach((cell, i) => {
      const field = HEADERS[headerKey(cell.textContent)];
      if (field && ![...columns.values()].includes(field)) columns.set(i, field);
    });
    const fields = [...columns.values()];
    if (!fields.includes('unitName') || !(fields.includes('serviceLicence') || fields.includes('mainLicence'))) continue;
    const container = row.closest('.el-table') ?? row.closest('table');
    if (container) found.push({ columns, container });
  }
  return found;
}

function rowRecord(cells: Element[], columns: Map<number, Field>): CapturedRecord | null {
  const value: Partial<Record<Field, string>> = {};
  for (const [i, field] of columns) value[field] = clean(cells[i]?.textContent).slice(0, MAX[field]);
  const serviceLicence = value.serviceLicence ?? '';
  // 网站备案号 = 主体备案号 + "-N": without a 主体备案号 column the subject's number is the site's without its suffix.
  const mainLicence = value.mainLicence || serviceLicence.replace(/\s*[-－‐–—]\s*\d+$/, '');
  if (!value.unitName || !(serviceLicence || mainLicence)) return null;
  const record: CapturedRecord = { unitName: value.unitName, natureName: value.natureName ?? '', serviceLicence, mainLicence, domain: value.domain ?? '' };
  if (value.updateRecordTime) record.updateRecordTime = value.updateRecordTime;
  if (value.limitAccess) record.limitAccess = value.limitAccess;
  return record;
}

export function readResults(doc: Document): PageResult {
  const text = visibleText(doc);
  if (text.includes(WAF_TEXT)) return { kind: 'blocked' };
  const records: CapturedRecord[] = [];
  const seen = new Set<string>();
  for (const { columns, container } of headerRows(doc)) {
    for (const tr of container.querySelectorAll('tr')) {
      if (unseen(tr) || tr.closest('thead, .el-table__fixed, .el-table__fixed-right')) continue;
      const cells = [...tr.children].filter((c) => c.tagName === 'TD');
      if (cells.length === 0) continue;
      const record = rowRecord(cells, columns);
      const key = JSON.stringify(record);
      if (record && !seen.has(key) && records.length < MAX_RECORDS) {
        seen.add(key);
        records.push(record);
      }
    }
  }
  if (records.length > 0) return { kind: 'records', records };
  // An empty table is drawn while the answer is still on its way: "暂无数据" under a loading mask means nothing yet.
  const masks = [...doc.querySelectorAll('.el-loading-mask')];
  if (masks.some((m) => !unseen(m))) return { kind: 'loading' };
  if (NO_RECORD_TEXTS.some((t) => text.includes(t))) return { kind: 'no-record' };
  return { kind: 'nothing' };
}
