// Signed-distance primitives for the icon generator. Coordinates: x right, y DOWN, canvas = [-1, 1]². Negative = inside.

export type Sdf = (x: number, y: number) => number;

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export const circle =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

/** Rounded box centred at (cx, cy) with half-extents (hx, hy) and corner radius r. */
export const roundedBox =
  (cx: number, cy: number, hx: number, hy: number, r: number): Sdf =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hx + r;
    const qy = Math.abs(y - cy) - hy + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

/** Segment (a→b) with round caps of radius r. */
export const capsule =
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
export const polyline = (pts: ReadonlyArray<readonly [number, number]>, r: number): Sdf => {
  const segs: Sdf[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[i + 1]!;
    segs.push(capsule(ax, ay, bx, by, r));
  }
  return union(...segs);
};

/** Segment whose radius tapers linearly from ra (at a) to rb (at b). */
export const taperedSegment =
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
export const arc =
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
export const convexPolygon = (verts: ReadonlyArray<readonly [number, number]>): Sdf => {
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

export const union =
  (...fs: Sdf[]): Sdf =>
  (x, y) => {
    let d = Infinity;
    for (const f of fs) d = Math.min(d, f(x, y));
    return d;
  };

export const intersect =
  (...fs: Sdf[]): Sdf =>
  (x, y) => {
    let d = -Infinity;
    for (const f of fs) d = Math.max(d, f(x, y));
    return d;
  };

export const rounded =
  (f: Sdf, r: number): Sdf =>
  (x, y) =>
    f(x, y) - r;
