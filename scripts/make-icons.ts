/**
 * Generates the extension's PNG icons without any image dependency.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Writes:
 *   public/icons/<light>-<size>.png   light ∈ red|amber|green|grey, size ∈ 16|32|48|128
 *   public/icon/<size>.png            brand shield, size ∈ 16|32|48|96|128
 *
 * The traffic-light icons differ by SHAPE as well as colour so they remain
 * distinguishable for colour-blind users:
 *   red   = octagon        #dc2626 with a white "!"
 *   amber = triangle (up)  #d97706 with a dark  "!"
 *   green = circle         #16a34a with a white check-mark
 *   grey  = rounded square #6b7280 with a white "?"
 *
 * Everything is drawn with signed-distance functions, 4×4 supersampled with a
 * one-subsample-wide smooth edge, onto a transparent background. PNGs are
 * encoded by hand (RGBA 8-bit, filter 0, zlib deflate, CRC32).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export const LIGHTS = ['red', 'amber', 'green', 'grey'] as const;
export type Light = (typeof LIGHTS)[number];

export const LIGHT_SIZES = [16, 32, 48, 128] as const;
export const BRAND_SIZES = [16, 32, 48, 96, 128] as const;

export type Rgb = readonly [number, number, number];

export interface LightStyle {
  shape: 'octagon' | 'triangle' | 'circle' | 'rounded-square';
  mark: 'exclamation' | 'check' | 'question';
  shapeColor: Rgb;
  markColor: Rgb;
}

const WHITE: Rgb = [255, 255, 255];

export const LIGHT_STYLES: Readonly<Record<Light, LightStyle>> = {
  red: { shape: 'octagon', mark: 'exclamation', shapeColor: hex('#dc2626'), markColor: WHITE },
  amber: { shape: 'triangle', mark: 'exclamation', shapeColor: hex('#d97706'), markColor: hex('#1c1917') },
  green: { shape: 'circle', mark: 'check', shapeColor: hex('#16a34a'), markColor: WHITE },
  grey: { shape: 'rounded-square', mark: 'question', shapeColor: hex('#6b7280'), markColor: WHITE },
};

export const BRAND_COLOR: Rgb = hex('#0f766e');

function hex(s: string): Rgb {
  const n = Number.parseInt(s.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

// ---------------------------------------------------------------------------
// PNG encoding
// ---------------------------------------------------------------------------

const CRC_TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

export const PNG_SIGNATURE: Buffer = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes non-premultiplied 8-bit RGBA pixels (row-major, top-down) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`invalid PNG dimensions ${width}x${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour + alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace

  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Signed-distance primitives. Coordinates: x right, y DOWN, canvas = [-1, 1]².
// Negative = inside.
// ---------------------------------------------------------------------------

type Sdf = (x: number, y: number) => number;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

const circle =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

/** Rounded box centred at (cx, cy) with half-extents (hx, hy) and corner radius r. */
const roundedBox =
  (cx: number, cy: number, hx: number, hy: number, r: number): Sdf =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hx + r;
    const qy = Math.abs(y - cy) - hy + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

/** Segment (a→b) with round caps of radius r. */
const capsule =
  (ax: number, ay: number, bx: number, by: number, r: number): Sdf =>
  (x, y) => {
    const pax = x - ax;
    const pay = y - ay;
    const bax = bx - ax;
    const bay = by - ay;
    const h = clamp((pax * bax + pay * bay) / (bax * bax + bay * bay), 0, 1);
    return Math.hypot(pax - bax * h, pay - bay * h) - r;
  };

/** Round-capped polyline through the given points. */
const polyline = (pts: ReadonlyArray<readonly [number, number]>, r: number): Sdf => {
  const segs: Sdf[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[i + 1]!;
    segs.push(capsule(ax, ay, bx, by, r));
  }
  return union(...segs);
};

/** Segment whose radius tapers linearly from ra (at a) to rb (at b). */
const taperedSegment =
  (ax: number, ay: number, bx: number, by: number, ra: number, rb: number): Sdf =>
  (x, y) => {
    // Exact "uneven capsule" (Inigo Quilez), expressed in the segment's frame.
    const len = Math.hypot(bx - ax, by - ay);
    const ux = (bx - ax) / len;
    const uy = (by - ay) / len;
    const px = x - ax;
    const py = y - ay;
    const along = px * ux + py * uy; // coordinate along the segment
    const across = Math.abs(-px * uy + py * ux); // distance from the axis
    const b = (ra - rb) / len;
    const a = Math.sqrt(Math.max(0, 1 - b * b));
    const k = across * -b + along * a; // = dot((across, along), (-b, a))
    if (k < 0) return Math.hypot(across, along) - ra;
    if (k > a * len) return Math.hypot(across, along - len) - rb;
    return across * a + along * b - ra;
  };

/** Ring arc: circle (cx, cy, R) stroked with half-width w, from angle a0 sweeping +sweep (radians, y-down so + is clockwise on screen). Round caps. */
const arc =
  (cx: number, cy: number, R: number, a0: number, sweep: number, w: number): Sdf =>
  (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    let t = Math.atan2(dy, dx) - a0;
    t = ((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    if (t <= sweep) return Math.abs(Math.hypot(dx, dy) - R) - w;
    const e0x = cx + R * Math.cos(a0);
    const e0y = cy + R * Math.sin(a0);
    const e1x = cx + R * Math.cos(a0 + sweep);
    const e1y = cy + R * Math.sin(a0 + sweep);
    return Math.min(Math.hypot(x - e0x, y - e0y), Math.hypot(x - e1x, y - e1y)) - w;
  };

/** Convex polygon (vertices in clockwise order on screen, i.e. y-down). Exact outside, exact inside. */
const convexPolygon = (verts: ReadonlyArray<readonly [number, number]>): Sdf => {
  const n = verts.length;
  return (x, y) => {
    let minDist = Infinity;
    let inside = true;
    for (let i = 0; i < n; i++) {
      const [ax, ay] = verts[i]!;
      const [bx, by] = verts[(i + 1) % n]!;
      const ex = bx - ax;
      const ey = by - ay;
      const px = x - ax;
      const py = y - ay;
      const h = clamp((px * ex + py * ey) / (ex * ex + ey * ey), 0, 1);
      minDist = Math.min(minDist, Math.hypot(px - ex * h, py - ey * h));
      // With y down and clockwise-on-screen order, interior is where cross >= 0.
      if (ex * py - ey * px < 0) inside = false;
    }
    return inside ? -minDist : minDist;
  };
};

const union =
  (...fs: Sdf[]): Sdf =>
  (x, y) => {
    let d = Infinity;
    for (const f of fs) d = Math.min(d, f(x, y));
    return d;
  };

const intersect =
  (...fs: Sdf[]): Sdf =>
  (x, y) => {
    let d = -Infinity;
    for (const f of fs) d = Math.max(d, f(x, y));
    return d;
  };

const rounded =
  (f: Sdf, r: number): Sdf =>
  (x, y) =>
    f(x, y) - r;

// ---------------------------------------------------------------------------
// Shapes (fill ~94% of the canvas: extent ±0.94)
// ---------------------------------------------------------------------------

const EXTENT = 0.94;

function regularPolygon(sides: number, circumradius: number, rotation: number): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (i * 2 * Math.PI) / sides; // increasing angle = clockwise on a y-down screen
    pts.push([circumradius * Math.cos(a), circumradius * Math.sin(a)]);
  }
  return pts;
}

function shapeSdf(shape: LightStyle['shape']): Sdf {
  switch (shape) {
    case 'octagon': {
      // Flat sides facing the axes; apothem = EXTENT. Slightly rounded corners.
      const rr = 0.06;
      const apothem = EXTENT - rr;
      const R = apothem / Math.cos(Math.PI / 8);
      return rounded(convexPolygon(regularPolygon(8, R, Math.PI / 8)), rr);
    }
    case 'triangle': {
      // Point up, rounded corners. Rounding a polygon by rr grows it by rr on every
      // side, so the core triangle is the target outline shrunk by rr.
      const rr = 0.12;
      const top = -EXTENT;
      const bottom = EXTENT - 0.06; // a touch shorter than wide reads as "equilateral"
      const half = EXTENT;
      return rounded(
        convexPolygon([
          [0, top + rr],
          [half - rr, bottom - rr],
          [-(half - rr), bottom - rr],
        ]),
        rr,
      );
    }
    case 'circle':
      return circle(0, 0, EXTENT);
    case 'rounded-square':
      return roundedBox(0, 0, EXTENT - 0.02, EXTENT - 0.02, 0.3);
  }
}

// ---------------------------------------------------------------------------
// Marks. Stroke widths are kept ≥ ~2.4 px at 16 px (1 unit = size/2 px).
// ---------------------------------------------------------------------------

function exclamation(cx: number, top: number, bottom: number, rTop: number, rBottom: number, dotR: number): Sdf {
  const barEnd = bottom - 2 * dotR - 0.12;
  return union(taperedSegment(cx, top + rTop, cx, barEnd - rBottom, rTop, rBottom), circle(cx, bottom - dotR, dotR));
}

function markSdf(light: Light): Sdf {
  switch (light) {
    case 'red':
      return exclamation(0, -0.66, 0.66, 0.17, 0.13, 0.15);
    case 'amber':
      // The triangle's visual centre is low; keep the mark in its lower, wider part.
      return exclamation(0, -0.36, 0.74, 0.15, 0.115, 0.135);
    case 'green':
      return polyline(
        [
          [-0.5, 0.02],
          [-0.15, 0.37],
          [0.5, -0.3],
        ],
        0.165, // the long stroke passes through the exact centre of the icon
      );
    case 'grey': {
      // "?" : a ~300° hook, a short stem and a dot.
      const R = 0.29;
      const cy = -0.26;
      const w = 0.135;
      const a0 = Math.PI * 0.92; // start: left, slightly below the horizontal
      const a1 = Math.PI * 2.42; // end: down-right of centre
      const ex = R * Math.cos(a1);
      const ey = cy + R * Math.sin(a1);
      return union(
        arc(0, cy, R, a0, a1 - a0, w),
        polyline(
          [
            [ex, ey],
            [0, 0.12],
            [0, 0.2],
          ],
          w,
        ),
        circle(0, 0.56, 0.15),
      );
    }
  }
}

function brandShapeSdf(): Sdf {
  // Shield: rounded-top box for the upper part; a lens (two-circle intersection)
  // for the lower part, which meets at a point at the bottom.
  const hx = 0.82;
  const top = -EXTENT;
  const y0 = -0.05; // where the straight sides turn into the curved bottom
  const tip = EXTENT;
  // Circle centred at (-c, y0) with radius R so that it passes through (hx, y0) and (0, tip):
  //   R = hx + c,  R² = c² + (tip - y0)²  →  c = ((tip - y0)² - hx²) / (2 hx)
  const c = ((tip - y0) ** 2 - hx ** 2) / (2 * hx);
  const R = hx + c;
  const lens = intersect(circle(-c, y0, R), circle(c, y0, R), (_x, y) => y0 - 0.2 - y); // overlaps `upper` so the union has no seam
  // Rounded box reaching well below y0, cut at y0 so its bottom corners stay square
  // and its vertical sides meet the lens' vertical tangents seamlessly.
  const upper = intersect(roundedBox(0, (top + y0 + 0.5) / 2, hx, (y0 + 0.5 - top) / 2, 0.2), (_x, y) => y - y0);
  return union(upper, lens);
}

function brandMarkSdf(): Sdf {
  return polyline(
    [
      [-0.4, -0.04],
      [-0.1, 0.26],
      [0.42, -0.3],
    ],
    0.14,
  );
}

// ---------------------------------------------------------------------------
// Rasteriser
// ---------------------------------------------------------------------------

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

/** Raw, non-premultiplied RGBA pixels (size × size × 4 bytes) of a traffic-light icon. */
export function renderIcon(light: Light, size: number): Buffer {
  if (!Number.isInteger(size) || size <= 0) throw new RangeError(`invalid icon size ${size}`);
  const style = LIGHT_STYLES[light];
  if (!style) throw new RangeError(`unknown light ${String(light)}`);
  return rasterise(size, [
    { sdf: shapeSdf(style.shape), color: style.shapeColor },
    { sdf: markSdf(light), color: style.markColor },
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

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

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
