// Same-origin payment-code images are only URLs in the snapshot, and the background cannot fetch them with the
// page's cookies. Here, on the page, a few that look like payment codes are drawn onto a canvas and sent as PNG data
// URLs instead, so the background can decode them. Small on purpose: no jsQR here (it runs in the background).
import { SNAPSHOT_LIMITS } from '../../lib/core/limits';
import type { PageSnapshot } from '../../lib/core/types';
import { safeUrl, sameOrigin } from '../../lib/extract/walk-helpers';

const MAX_CAPTURES = 4;
const MAX_SIDE = 1200;
/** Pixels drawn and encoded per snapshot, in all (a 1200² image is 1.44 M). */
const MAX_PIXELS = 2_000_000;
/** Words around a payment code (alt, URL, the image's text block). */
const PAY_HINT = /收款|付款|扫码|二维码|qrcode|qr_?code|pay/i;

/**
 * A copy of `snapshot` with up to 4 same-origin payment-looking images replaced by data URLs: those with a code's
 * shape AND pay words first, then shape or words, within MAX_PIXELS drawn in all (each capture draws and encodes
 * every pixel: four 1200² product photos were ~6 M pixels of main-thread work).
 */
export function captureQrImages(doc: Document, snapshot: PageSnapshot, origin: string): PageSnapshot {
  const byId = new Map(snapshot.blocks.map((b) => [b.id, b.text]));
  let bySrc: Map<string, HTMLImageElement> | undefined;
  const candidates: Array<{ index: number; el: HTMLImageElement; score: number }> = [];
  const base = safeUrl(origin);
  snapshot.images.forEach((img, index) => {
    if (img.src.startsWith('data:') || !base || !sameOrigin(img.src, base)) return;
    bySrc ??= imagesBySrc(doc);
    const el = bySrc.get(img.src);
    const score = el && el.complete ? paymentCodeScore(el, img.alt, img.src, img.blockId === undefined ? '' : (byId.get(img.blockId) ?? '')) : 0;
    if (el && score > 0) candidates.push({ index, el, score });
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const images = [...snapshot.images];
  let captured = 0;
  let pixels = 0;
  for (const { index, el } of candidates) {
    const area = el.naturalWidth * el.naturalHeight;
    if (captured >= MAX_CAPTURES) break;
    if (pixels + area > MAX_PIXELS) continue;
    const dataUrl = toPngDataUrl(doc, el);
    if (!dataUrl) continue;
    captured++;
    pixels += area;
    images[index] = { ...images[index]!, src: dataUrl, width: el.naturalWidth, height: el.naturalHeight };
  }
  return captured ? { ...snapshot, images } : snapshot;
}

/** Images looked at to find a snapshot image's element: one bounded pass, never a scan of 100,000 <img> per image. */
const IMAGES_LOOKED_AT = 2000;

function imagesBySrc(doc: Document): Map<string, HTMLImageElement> {
  const map = new Map<string, HTMLImageElement>();
  const all = doc.images;
  // Indexed until undefined: a live collection's .length counts every <img> of the page.
  for (let i = 0, e = all[0]; e && i < IMAGES_LOOKED_AT; e = all[++i]) {
    const src = e.currentSrc || e.src;
    if (!map.has(src)) map.set(src, e);
  }
  return map;
}

/** 2: a code's shape and pay words; 1: either (a square code alone, or a labelled code with margins); 0: neither. */
function paymentCodeScore(el: HTMLImageElement, alt: string, src: string, nearby: string): number {
  const w = el.naturalWidth;
  const h = el.naturalHeight;
  if (!w || !h || w > MAX_SIDE || h > MAX_SIDE) return 0;
  const squareish = w >= 120 && h >= 120 && Math.max(w, h) / Math.min(w, h) <= 1.25;
  return Number(squareish) + Number(PAY_HINT.test(`${alt} ${src} ${nearby}`));
}

function toPngDataUrl(doc: Document, el: HTMLImageElement): string | null {
  try {
    const canvas = doc.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const g = canvas.getContext('2d');
    if (!g) return null;
    g.drawImage(el, 0, 0);
    const url = canvas.toDataURL('image/png'); // throws SecurityError on a tainted canvas
    return url.startsWith('data:image/png') && url.length <= SNAPSHOT_LIMITS.imageDataUrlChars ? url : null;
  } catch {
    return null;
  }
}


const MAX_CANVASES = 4;
const CANVAS_LOOKED_AT = 30;

/**
 * Canvases that look like QR codes (jquery.qrcode, qrcode.js and QRCode.js draw into one): square-ish, 64–1200 px,
 * shown. Each becomes a PNG data URL image of kind 'canvas' (a tainted canvas throws and is skipped), at most
 * MAX_CANVASES and never past the snapshot's image cap. `blockOf` finds the nearest text block of an element.
 */
export function captureCanvasQrs(doc: Document, snapshot: PageSnapshot, blockOf: (el: Element) => number | undefined): PageSnapshot {
  const added: PageSnapshot['images'] = [];
  const canvases = doc.getElementsByTagName('canvas');
  for (let i = 0, c = canvases[0]; c && i < CANVAS_LOOKED_AT && added.length < MAX_CANVASES; c = canvases[++i]) {
    if (snapshot.images.length + added.length >= SNAPSHOT_LIMITS.images) break;
    const w = c.width;
    const h = c.height;
    if (w < 64 || h < 64 || w > MAX_SIDE || h > MAX_SIDE || Math.max(w, h) / Math.min(w, h) > 1.25) continue;
    if (typeof c.checkVisibility === 'function' && !c.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    let url: string;
    try {
      url = c.toDataURL('image/png'); // throws SecurityError on a tainted canvas
    } catch {
      continue;
    }
    if (!url.startsWith('data:image/png') || url.length > SNAPSHOT_LIMITS.imageDataUrlChars) continue;
    added.push({ src: url, kind: 'canvas', alt: (c.getAttribute('aria-label') ?? '').slice(0, 200), width: w, height: h, blockId: blockOf(c) });
  }
  // First, so the background's decoding cap (QR_LIMITS.images) never leaves a drawn payment code out.
  return added.length ? { ...snapshot, images: [...added, ...snapshot.images] } : snapshot;
}
