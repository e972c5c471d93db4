// The MIIT result reader over the replica page (tests/fixtures/miit) in happy-dom: columns by header text, the
// Element UI split header/body tables, the loading flash, the explicit no-record text and the firewall's block page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { readResults } from '../../entrypoints/icp-assist.content/read-table';
import { fillInput, findSearchInput } from '../../entrypoints/icp-assist.content/search-input';

const DIR = join('tests', 'fixtures', 'miit');
const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function load(html: string): Document {
  const window = new Window({
    url: 'https://beian.miit.gov.cn/#/Integrated/recordQuery',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

/** The replica with one of its states rendered, as its script does after the fake captcha. */
function replica(state?: 'kd-loading' | 'kd-found' | 'kd-empty'): Document {
  const doc = load(readFileSync(join(DIR, 'record-query.html'), 'utf8'));
  if (state) doc.getElementById('kd-results')!.replaceChildren((doc.getElementById(state) as HTMLTemplateElement).content.cloneNode(true));
  return doc;
}

const CLEAN_SHOP = {
  unitName: '诚信数码科技（北京）有限公司', natureName: '企业', serviceLicence: '京ICP备2021012345号-1', mainLicence: '京ICP备2021012345号',
  domain: 'clean-shop.test', updateRecordTime: '2021-06-18', limitAccess: '否',
};

describe('readResults on the MIIT replica', () => {
  it('reads nothing before a search (the templates are inert)', () => {
    expect(readResults(replica())).toEqual({ kind: 'nothing' });
  });

  it('reads the record by header names across Element UI\'s split header and body tables, whitespace normalised', () => {
    expect(readResults(replica('kd-found'))).toEqual({ kind: 'records', records: [CLEAN_SHOP] });
  });

  it('an empty table under a loading mask is loading, not "no record"', () => {
    expect(readResults(replica('kd-loading'))).toEqual({ kind: 'loading' });
  });

  it('the explicit empty-result text is no-record', () => {
    expect(readResults(replica('kd-empty'))).toEqual({ kind: 'no-record' });
  });

  it('the firewall\'s block page is blocked, never no-record', () => {
    expect(readResults(load(readFileSync(join(DIR, 'waf-block.html'), 'utf8')))).toEqual({ kind: 'blocked' });
  });

  it('finds the page\'s own search box and fills it with input events', () => {
    const doc = replica();
    const input = findSearchInput(doc)!;
    expect(input.placeholder).toContain('域名');
    const seen: string[] = [];
    input.addEventListener('input', (e) => seen.push((e.target as HTMLInputElement).value));
    fillInput(input, 'clean-shop.test');
    expect(input.value).toBe('clean-shop.test');
    expect(seen).toEqual(['clean-shop.test']);
  });
});

describe('readResults on other layouts', () => {
  it('matches columns by header text whatever their order, in a single table, with synonyms', () => {
    const doc = load(`<table><thead><tr><th>域名</th><th>审核通过日期</th><th>主体备案号</th><th>网站备案号</th><th>主办单位性质</th><th>主办单位名称：</th></tr></thead>
      <tbody><tr><td>www.a-shop.test</td><td>2024-01-02</td><td>沪ICP备11111111号</td><td>沪ICP备11111111号-3</td><td>个人</td><td>张 三</td></tr>
      <tr><td>b-shop.test</td><td>2024-01-03</td><td>沪ICP备11111111号</td><td>沪ICP备11111111号-4</td><td>个人</td><td>张三</td></tr></tbody></table>`);
    expect(readResults(doc)).toEqual({
      kind: 'records',
      records: [
        { unitName: '张 三', natureName: '个人', serviceLicence: '沪ICP备11111111号-3', mainLicence: '沪ICP备11111111号', domain: 'www.a-shop.test', updateRecordTime: '2024-01-02' },
        { unitName: '张三', natureName: '个人', serviceLicence: '沪ICP备11111111号-4', mainLicence: '沪ICP备11111111号', domain: 'b-shop.test', updateRecordTime: '2024-01-03' },
      ],
    });
  });

  it('leaves the domain empty when there is no domain column (the background decides from the query)', () => {
    const doc = load(`<table><tr><th>主办单位名称</th><th>服务备案号</th></tr><tr><td>某公司</td><td>京ICP备2021012345号-2</td></tr></table>`);
    expect(readResults(doc)).toEqual({
      kind: 'records', records: [{ unitName: '某公司', natureName: '', serviceLicence: '京ICP备2021012345号-2', mainLicence: '京ICP备2021012345号', domain: '' }],
    });
  });

  it('ignores tables without the columns it needs, hidden rows, and words in scripts', () => {
    const doc = load(`<table><tr><th>商品</th><th>价格</th></tr><tr><td>话费</td><td>100</td></tr></table>
      <table hidden><tr><th>主办单位名称</th><th>网站备案号</th></tr><tr><td>隐藏公司</td><td>京ICP备1号-1</td></tr></table>
      <script>const msg = '暂无数据';</script>`);
    expect(readResults(doc)).toEqual({ kind: 'nothing' });
  });

  it('reads "没有查询到" as no-record only when no record row is shown', () => {
    expect(readResults(load('<div class="result">没有查询到相关备案信息</div>'))).toEqual({ kind: 'no-record' });
  });
});
