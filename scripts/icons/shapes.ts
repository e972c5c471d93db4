// The icons' shapes (octagon, triangle, circle, rounded square, shield) and marks (!, ✓, ?), as distance functions.
import { arc, circle, convexPolygon, intersect, polyline, rounded, roundedBox, taperedSegment, union, type Sdf } from './sdf';
import type { Light, LightStyle } from './styles';

// Shapes (fill ~94% of the canvas: extent ±0.94)

const EXTENT = 0.94;

function regularPolygon(sides: number, circumradius: number, rotation: number): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (i * 2 * Math.PI) / sides; // increasing angle = clockwise on a y-down screen
    pts.push([circumradius * Math.cos(a), circumradius * Math.sin(a)]);
  }
  return pts;
}

export function shapeSdf(shape: LightStyle['shape']): Sdf {
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

// Marks. Stroke widths are kept ≥ ~2.4 px at 16 px (1 unit = size/2 px).

function exclamation(cx: number, top: number, bottom: number, rTop: number, rBottom: number, dotR: number): Sdf {
  const barEnd = bottom - 2 * dotR - 0.12;
  return union(taperedSegment(cx, top + rTop, cx, barEnd - rBottom, rTop, rBottom), circle(cx, bottom - dotR, dotR));
}

export function markSdf(light: Light): Sdf {
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

/** `sdf` scaled by `s` about the origin, then moved to (cx, cy). */
export function placed(sdf: Sdf, s: number, cx: number, cy: number): Sdf {
  return (x, y) => s * sdf((x - cx) / s, (y - cy) / s);
}

/** Where a toolbar icon's light shape sits inside the shield: its scale and centre (the shield's wide upper part). */
export const EMBLEM = { scale: 0.6, cx: 0, cy: -0.06 } as const;

/** `hx`: the shield's half width (0.82 for the brand icon; wider for the toolbar, where every pixel counts). */
export function brandShapeSdf(hx = 0.82): Sdf {
  // Shield: rounded-top box for the upper part; a lens (two-circle intersection)
  // for the lower part, which meets at a point at the bottom.
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

export function brandMarkSdf(): Sdf {
  return polyline(
    [
      [-0.4, -0.04],
      [-0.1, 0.26],
      [0.42, -0.3],
    ],
    0.14,
  );
}
