import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { Window } from 'happy-dom';
import { tableQrImage } from '../../lib/extract/table-qr';
import { extractFromHtml } from '../../lib/extract/from-html';
import { decodeSnapshotQrNode } from '../../scripts/qr-node';

type Cell = (dark: boolean) => string;
/** A table the way jquery.qrcode's table renderer builds one: a row per module row, a coloured cell per module. */
function qrTable(text: string, cell: Cell = (d) => `<td style="width:5px;background-color:${d ? '#000000' : '#ffffff'}"></td>`, margin = 0): string {
  const m = QRCode.create(text).modules;
  const n = m.size + 2 * margin;
  const dark = (r: number, c: number) => r >= margin && c >= margin && r < n - margin && c < n - margin && m.get(r - margin, c - margin) === 1;
  let html = '<table style="width:200px;height:200px;border:0px;border-collapse:collapse;background-color:#ffffff;"><tbody>';
  for (let r = 0; r < n; r++) {
    html += '<tr style="height:5px">';
    for (let c = 0; c < n; c++) html += cell(Boolean(dark(r, c)));
    html += '</tr>';
  }
  return html + '</tbody></table>';
}

function tableIn(html: string): Element {
  const w = new Window({ url: 'https://shop.example/' });
  w.document.body.innerHTML = html;
  return w.document.querySelector('table') as unknown as Element;
}

describe('tableQrImage', () => {
  it('reads a jquery.qrcode-style table into a matrix image that both decoders read', () => {
    const text = 'wxp://f2f0KaDunTableQr01';
    const img = tableQrImage(tableIn(qrTable(text)));
    const size = QRCode.create(text).modules.size;
    expect(img).toMatchObject({ kind: 'matrix', alt: '', width: size, height: size });
    expect(img!.src.startsWith(`matrix:${size}:`)).toBe(true);
    expect(decodeSnapshotQrNode({ images: [img!] })).toEqual([{ imageIndex: 0, payload: text }]);
  });

  it('accepts bgcolor, short hex, rgb(), colour names, uncoloured light cells and a drawn light margin', () => {
    const styles: Cell[] = [
      (d) => `<td bgcolor="${d ? '#000' : '#fff'}"></td>`,
      (d) => `<td style="background: rgb(${d ? '20, 20, 20' : '250, 250, 250'})"></td>`,
      (d) => (d ? '<td style="background-color:black"></td>' : '<td></td>'),
    ];
    for (const cell of styles) expect(decodeSnapshotQrNode({ images: [tableQrImage(tableIn(qrTable('wxp://f2f0KaDunTableQr02', cell)))!] })[0]?.payload).toBe('wxp://f2f0KaDunTableQr02');
    expect(decodeSnapshotQrNode({ images: [tableQrImage(tableIn(qrTable('wxp://f2f0KaDunTableQr03', undefined, 4)))!] })[0]?.payload).toBe('wxp://f2f0KaDunTableQr03');
  });

  it('ignores ordinary tables quickly', () => {
    const row = (n: number, text = '') => `<tr>${'<td>' + text + '</td>'.repeat(1)}${'<td></td>'.repeat(n - 1)}</tr>`;
    expect(tableQrImage(tableIn(`<table>${row(25, '商品').repeat(25)}</table>`))).toBeNull(); // text in a cell
    expect(tableQrImage(tableIn(`<table>${row(25).repeat(25)}</table>`))).toBeNull(); // nothing dark
    expect(tableQrImage(tableIn(`<table>${row(3, '价格').repeat(2000)}</table>`))).toBeNull(); // a long data table
    expect(tableQrImage(tableIn(`<table>${'<tr><td style="background:url(x.png)"></td></tr>'.repeat(30)}</table>`))).toBeNull();
    // A 22×22 grid is no QR version.
    const odd = Array.from({ length: 22 }, () => `<tr>${'<td style="background-color:#000"></td>'.repeat(22)}</tr>`).join('');
    expect(tableQrImage(tableIn(`<table>${odd}</table>`))).toBeNull();
  });

  it('comes out of the extractor as a snapshot image', () => {
    const html = `<html><body><div class="pay"><p>请使用微信扫码支付</p>${qrTable('wxp://f2f0KaDunTableQr04')}</div></body></html>`;
    const { snapshot } = extractFromHtml(html, 'https://shop.example/pay');
    expect(snapshot.images).toHaveLength(1);
    expect(snapshot.images[0]!.kind).toBe('matrix');
    expect(decodeSnapshotQrNode(snapshot)[0]?.payload).toBe('wxp://f2f0KaDunTableQr04');
  });

  it('stays cheap on the largest table it reads', () => {
    const html = qrTable('https://qr.alipay.com/fkx1KaDun' + 'y'.repeat(1200));
    const table = tableIn(html);
    const t0 = performance.now();
    const img = tableQrImage(table);
    const ms = performance.now() - t0;
    expect(img).not.toBeNull();
    expect(ms).toBeLessThan(1500); // happy-dom; a real browser is far faster (docs/dynamic-pages.md)
  });
});
