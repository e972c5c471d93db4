// Table cells carry [table, row, column] so prices can be read under their headers.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../helpers/fixtures';

const cellsOf = (body: string) =>
  extractHtml(`<html><body>${body}</body></html>`, 'https://t.example/').snapshot.blocks.map((b) => [b.text, b.cell ?? null]);

describe('table cells', () => {
  it('numbers tables, rows and columns in document order, counting colspan and empty cells', () => {
    expect(cellsOf(`<p>前言</p>
      <table><thead><tr><th>商品</th><th>面值</th><th>价格</th></tr></thead>
      <tbody><tr><td></td><td colspan="2">合并</td></tr><tr><td><div>话费</div></td><td>100</td><td><a href="/b">45.00</a></td></tr></tbody></table>
      <table><tr><td>第二张表</td></tr></table>`)).toEqual([
      ['前言', null],
      ['商品', [0, 0, 0]], ['面值', [0, 0, 1]], ['价格', [0, 0, 2]],
      ['合并', [0, 1, 1]],
      ['话费', [0, 2, 0]], ['100', [0, 2, 1]], ['45.00', [0, 2, 2]],
      ['第二张表', [1, 0, 0]],
    ]);
  });
  it('keeps nested tables apart', () => {
    expect(cellsOf('<table><tr><td>外<table><tr><td>内</td></tr></table></td><td>外二</td></tr></table>')).toEqual([
      ['外', [0, 0, 0]], ['内', [1, 0, 0]], ['外二', [0, 0, 1]],
    ]);
  });
});
