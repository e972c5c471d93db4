// Seeded hostile pages (issue 10): each kind attacks one budget of the CLI pipeline (parse, extraction, detectors,
// QR). `hostilePage(kind, seed, scale)` is deterministic; scale 1 is the full size (5–20 MB texts, 100,000
// elements), smaller scales keep the shape for quick tests. Reserved names only.
import { PNG } from 'pngjs';

export type HostilePage = { kind: string; seed: number; html: string };

/** mulberry32: a small seeded generator, so a failing page can be rebuilt from its kind and seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHOP = '<h1>卡密商城</h1><p>Q币 10元 售价 ￥9.8</p><p>请扫描下方收款码付款</p><button>立即购买</button>';
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>卡密商城</title>${head}</head><body>${body}</body></html>`;
const rep = (s: string, n: number) => s.repeat(Math.max(1, Math.floor(n)));
const MB = 1024 * 1024;

/** A PNG of `w`×`h` (solid), as a data URL: bombs are tiny files declaring huge sizes. */
function pngDataUrl(w: number, h: number): string {
  const png = new PNG({ width: w, height: h });
  png.data.fill(255);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
function pngBomb(w: number, h: number): string {
  const buf = Buffer.from(pngDataUrl(1, 1).split(',')[1]!, 'base64');
  buf.writeUInt32BE(w, 16);
  buf.writeUInt32BE(h, 20);
  return `data:image/png;base64,${buf.toString('base64')}`;
}

/** A WebP header declaring `side`×`side` (VP8X): sized by its header, it must never reach createImageBitmap. */
function webpBomb(side: number): string {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(22, 4);
  b.write('WEBPVP8X', 8, 'latin1');
  b.writeUInt32LE(10, 16);
  b.writeUIntLE(side - 1, 24, 3);
  b.writeUIntLE(side - 1, 27, 3);
  return `data:image/webp;base64,${b.toString('base64')}`;
}

type Maker = (r: () => number, s: number) => string;
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

export const KINDS: Record<string, Maker> = {
  'text-5mb': (r, s) => page(SHOP + `<p>${rep('卡密', (5 * MB * s) / 2)}</p>`),
  'text-20mb-node': (r, s) => page(SHOP + `<div>${rep('a', 20 * MB * s)}</div>`),
  'text-spaces': (r, s) => page(`<p>${rep(' ', 5 * MB * s)}京ICP备12345678号</p>` + SHOP),
  'nest-div-10000': (r, s) => page(rep('<div>', 10000 * s) + SHOP + rep('</div>', 10000 * s)),
  'nest-b-10000-text': (r, s) => page(rep('<b>字', 10000 * s) + SHOP),
  'nest-a-400': (r, s) => page(rep('<a href="/x">', 400 * s) + `<p>${rep('文', 5 * MB * s)}</p>` + SHOP),
  'many-div': (r, s) => page(rep('<div class="c">x</div>', 100000 * s) + SHOP),
  'many-empty-i': (r, s) => page(rep('<i></i>', 100000 * s) + SHOP),
  'many-span-attrs': (r, s) => page(rep('<span data-pay="alipay" class="pay">支付宝</span>', 100000 * s) + SHOP),
  'many-links': (r, s) => page(rep('<a href="/l">l</a>', 100000 * s) + SHOP),
  'many-buttons': (r, s) => page(rep('<button>买</button>', 100000 * s) + SHOP),
  'many-img-srcset': (r, s) => page(rep('<img src="/i.png" srcset="/i.png 1x, /i2.png 2x">', 100000 * s) + SHOP),
  'many-meta-head': (r, s) => page(SHOP, rep('<meta name="x" content="y">', 60001 * s)),
  'many-td': (r, s) => page('<table>' + rep('<tr>' + rep('<td>1</td>', 100) + '</tr>', 1000 * s) + '</table>' + SHOP),
  'huge-select': (r, s) => page(SHOP + '<select name="pay">' + rep('<option value="alipay">支付宝</option>', 100000 * s) + '</select>'),
  'unclosed-style': (r, s) => page(SHOP + '<style>' + rep('<a x', 150000 * s)),
  'unclosed-title': (r, s) => `<html><head><title>${rep('<p>', 200000 * s)}`,
  'unclosed-script': (r, s) => page(SHOP + '<script>' + rep('if (a<b) {}', 300000 * s)),
  'unclosed-tags': (r, s) => page(SHOP + rep('<div <p <a ', 200000 * s)),
  'unterminated-attr': (r, s) => page(SHOP + '<div title="' + rep('x>', 1 * MB * s)),
  'comments': (r, s) => page(rep('<!-- <div> -->', 200000 * s) + SHOP + '<!--' + rep('x', MB * s)),
  'zero-width-icp': (r, s) => page(SHOP + `<p>${rep('京\u200BICP\u200D备\uFEFF', 30000 * s)}</p>`),
  'full-width-digits': (r, s) => page(SHOP + `<p>${rep('京ICP备１２３４５６７８号 ', 20000 * s)}</p>`),
  'spaced-digits': (r, s) => page(SHOP + `<p>${rep('1 2 3 4 5 6 7 8 9 0 ', 50000 * s)}</p>`),
  'digit-runs': (r, s) => page(SHOP + `<p>${digits(r, 200000 * s)}</p>`),
  'homoglyphs': (r, s) => page(SHOP + `<p>${rep('ⅠСР备 аlіраy 支付寳 ', 20000 * s)}</p>`),
  'rtl-override': (r, s) => page(SHOP + `<p>${rep('\u202E京ICP备12345678号\u202C ', 20000 * s)}</p>`),
  'hidden-text': (r, s) => page(rep('<p style="display:none">收款码</p>', 20000 * s) + SHOP),
  'offscreen-text': (r, s) => page(rep('<p style="position:absolute;left:-9999px">收款码</p>', 20000 * s) + SHOP),
  'broken-markup': (r, s) => page(SHOP + rep('<table><tr><td><p></table></td><li></ul>&amp;&#x;&#99999999;', 20000 * s)),
  'invalid-bytes': (r, s) => page(SHOP + rep('\uFFFD\uD800x\uDFFF', 100000 * s)),
  'bad-charset': (r, s) => `<html><head><meta charset="x-unknown-${Math.floor(r() * 1e6)}"></head><body>${SHOP}${rep('\u0000\u0001', 100000 * s)}</body></html>`,
  'svg-math-template': (r, s) => page(rep('<svg><text>收款码</text><foreignObject><p>转账</p></foreignObject></svg><math><mi>x</mi></math><template><p>付款</p></template>', 10000 * s) + SHOP),
  'srcdoc-iframes': (r, s) => page(rep(`<iframe srcdoc="&lt;p&gt;收款码&lt;/p&gt;"></iframe>`, 5000 * s) + SHOP),
  'data-urls': (r, s) => page(SHOP + rep(`<a href="data:text/html,${rep('x', 2000)}">d</a>`, 2000 * s)),
  'oversized-images': (r, s) => page(SHOP + rep(`<img src="${pngDataUrl(1700, 1700)}">`, Math.max(1, 3 * s))),
  'bomb-images': (r, s) => page(SHOP + rep(`<img src="${pngBomb(60000, 60000)}" width="200" height="200">`, 30 * s)),
  'webp-bombs': (r, s) => page(SHOP + rep(`<img src="${webpBomb(16000)}" width="300" height="300">`, 8 * Math.max(1, s * 4))),
  'qr-decoys': (r, s) => page(rep(`<img src="${pngDataUrl(1, 1)}" width="1" height="1">`, 40 * s) + SHOP),
  'redos-icp': (r, s) => page(SHOP + `<p>${rep('ICP备' + rep('1', 60) + '-', 5000 * s)}</p>`),
  'redos-money': (r, s) => page(SHOP + `<p>${rep('￥' + rep('9', 50) + '.' , 10000 * s)}</p>`),
  'redos-urls': (r, s) => page(SHOP + `<p>${rep('https://' + rep('a.', 200), 2000 * s)}</p>`),
  'redos-uscc': (r, s) => page(SHOP + `<p>统一社会信用代码${rep('9', 17 * 3000 * s)}</p>`),
  'long-attributes': (r, s) => page(SHOP + `<div class="${rep('pay ', MB * s)}" data-type="${rep('x', MB * s)}">x</div>`),
  'many-forms': (r, s) => page(rep('<form action="/p"><input name="a"><input type="submit" value="付款"></form>', 20000 * s) + SHOP),
};

export const KIND_NAMES = Object.keys(KINDS);

export function hostilePage(kind: string, seed: number, scale = 1): HostilePage {
  const make = KINDS[kind];
  if (!make) throw new Error(`unknown hostile kind ${kind}`);
  return { kind, seed, html: make(rng(seed), scale) };
}

/** `count` pages cycling through every kind, each with its own seed and a seeded scale in [min, 1]. */
export function* hostileCorpus(count: number, seed = 10, min = 0.05): Generator<HostilePage> {
  const r = rng(seed);
  for (let i = 0; i < count; i++) yield hostilePage(KIND_NAMES[i % KIND_NAMES.length]!, seed + i, min + (1 - min) * r());
}
