/**
 * Generates the extension's PNG icons.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Writes:
 *   public/icons/<light>-<size>.png   light ∈ red|amber|green|grey, size ∈ 16|32|48|128
 *   public/icon/<size>.png            brand shield, size ∈ 16|32|48|96|128
 *
 * The traffic-light icons are KaDun's mark, the shield (盾), in the light's colour, carrying the light's SHAPE
 * in white, so they remain distinguishable for colour-blind users (issue 11 item 11):
 *   red   = octagon        on a #dc2626 shield, with a red  "!"
 *   amber = triangle (up)  on a #d97706 shield, with a dark "!"
 *   green = circle         on a #16a34a shield, with a green check-mark
 *   grey  = rounded square on a #6b7280 shield, with a grey "?"
 *
 * Everything is drawn with signed-distance functions, 4×4 supersampled with a
 * one-subsample-wide smooth edge, onto a transparent background, and encoded
 * with pngjs (RGBA 8-bit). Styles, distance primitives and shapes live in
 * scripts/icons/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { clamp, type Sdf } from './icons/sdf';
import { brandMarkSdf, brandShapeSdf, EMBLEM, markSdf, placed, shapeSdf } from './icons/shapes';
import { BRAND_COLOR, LIGHT_SIZES, LIGHT_STYLES, LIGHTS, BRAND_SIZES, WHITE, type Light, type Rgb } from './icons/styles';

export { BRAND_COLOR, BRAND_SIZES, LIGHT_SIZES, LIGHT_STYLES, LIGHTS, type Light, type LightStyle, type Rgb } from './icons/styles';

export const PNG_SIGNATURE: Buffer = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes non-premultiplied 8-bit RGBA pixels (row-major, top-down) as a PNG, with pngjs. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`invalid PNG dimensions ${width}x${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  }
  const png = new PNG({ width, height, colorType: 6, bitDepth: 8, inputHasAlpha: true });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  // Filter 0 and the strongest deflate, as the hand-written encoder did: small, stable files.
  return PNG.sync.write(png, { colorType: 6, bitDepth: 8, filterType: 0, deflateLevel: 9 });
}

// Rasteriser

interface Layer {
  sdf: Sdf;
  color: Rgb;
}

const SS = 4; // 4×4 supersampling

/** Rasterises layers (painted in order, each clipped to the first) into RGBA. */
function rasterise(size: number, layers: readonly Layer[]): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const unit = 2 / size; // one pixel in SDF units
  const sub = unit / SS; // one subsample in SDF units
  const base = layers[0]!;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = -1 + (px + (sx + 0.5) / SS) * unit;
          const y = -1 + (py + (sy + 0.5) / SS) * unit;
          // Coverage with a one-subsample-wide linear ramp across the edge.
          const cov0 = clamp(0.5 - base.sdf(x, y) / sub, 0, 1);
          if (cov0 === 0) continue;
          let cr = base.color[0];
          let cg = base.color[1];
          let cb = base.color[2];
          for (let i = 1; i < layers.length; i++) {
            const L = layers[i]!;
            const cov = clamp(0.5 - L.sdf(x, y) / sub, 0, 1);
            if (cov === 0) continue;
            cr += (L.color[0] - cr) * cov;
            cg += (L.color[1] - cg) * cov;
            cb += (L.color[2] - cb) * cov;
          }
          r += cr * cov0;
          g += cg * cov0;
          b += cb * cov0;
          a += cov0;
        }
      }
      const o = (py * size + px) * 4;
      const alpha = Math.round((a / (SS * SS)) * 255);
      if (alpha > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = alpha;
      }
    }
  }
  return out;
}

/** The toolbar shield's half width: wider than the brand icon's, so the emblem inside stays legible at 16 px. */
const TOOLBAR_SHIELD_HX = 0.92;

/** How much bolder (in the mark's own units) the marks are drawn at 16 px. */
const SMALL_MARK_BOLDER = 0.07;

/** Raw, non-premultiplied RGBA pixels (size × size × 4 bytes) of a traffic-light icon. */
export function renderIcon(light: Light, size: number): Buffer {
  if (!Number.isInteger(size) || size <= 0) throw new RangeError(`invalid icon size ${size}`);
  const style = LIGHT_STYLES[light];
  if (!style) throw new RangeError(`unknown light ${String(light)}`);
  const at = (sdf: Sdf) => placed(sdf, EMBLEM.scale, EMBLEM.cx, EMBLEM.cy);
  // At 16 px a mark drawn at the emblem's scale is about one pixel wide and washes out: draw it bolder there.
  const mark = markSdf(light);
  const bold = size <= 16 ? SMALL_MARK_BOLDER : 0;
  return rasterise(size, [
    { sdf: brandShapeSdf(TOOLBAR_SHIELD_HX), color: style.shapeColor },
    { sdf: at(shapeSdf(style.shape)), color: WHITE },
    { sdf: at((x, y) => mark(x, y) - bold), color: style.markColor },
  ]);
}

/** Raw RGBA pixels of the brand (shield) icon. */
export function renderBrandIcon(size: number): Buffer {
  if (!Number.isInteger(size) || size <= 0) throw new RangeError(`invalid icon size ${size}`);
  return rasterise(size, [
    { sdf: brandShapeSdf(), color: BRAND_COLOR },
    { sdf: brandMarkSdf(), color: WHITE },
  ]);
}

// Main

export function writeAllIcons(rootDir: string): string[] {
  const written: string[] = [];
  const put = (rel: string, png: Buffer): void => {
    const file = join(rootDir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    written.push(rel);
  };
  for (const light of LIGHTS) {
    for (const size of LIGHT_SIZES) {
      put(join('public', 'icons', `${light}-${size}.png`), encodePng(size, size, renderIcon(light, size)));
    }
  }
  for (const size of BRAND_SIZES) {
    put(join('public', 'icon', `${size}.png`), encodePng(size, size, renderBrandIcon(size)));
  }
  return written;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const files = writeAllIcons(root);
  for (const f of files) console.log(`wrote ${f}`);
}
