import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  BRAND_COLOR,
  BRAND_SIZES,
  encodePng,
  LIGHT_SIZES,
  LIGHT_STYLES,
  LIGHTS,
  renderBrandIcon,
  renderIcon,
  type Light,
  type Rgb,
} from '../../scripts/make-icons';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  let off = 8;
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.toString('ascii', off + 4, off + 8);
    const data = png.subarray(off + 8, off + 8 + len);
    const crc = png.readUInt32BE(off + 8 + len);
    expect(crc, `CRC of ${type}`).toBe(crc32(png.subarray(off + 4, off + 8 + len)));
    chunks.push({ type, data });
    off += 12 + len;
  }
  return chunks;
}

/** Decodes with pngjs (which checks every CRC), after checking the chunk CRCs independently with node:zlib. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const chunks = readChunks(png);
  expect(chunks[0]!.type).toBe('IHDR');
  const decoded = PNG.sync.read(png);
  return { width: decoded.width, height: decoded.height, rgba: decoded.data };
}

function pixel(rgba: Buffer, size: number, x: number, y: number): [number, number, number, number] {
  const o = (y * size + x) * 4;
  return [rgba[o]!, rgba[o + 1]!, rgba[o + 2]!, rgba[o + 3]!];
}

function expectColor(actual: readonly number[], expected: Rgb, tol = 6): void {
  for (let i = 0; i < 3; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tol);
}

describe('encodePng', () => {
  it('writes signature, IHDR, IDAT, IEND with valid CRCs and round-trips pixels', () => {
    const w = 3;
    const h = 2;
    const rgba = Uint8Array.from({ length: w * h * 4 }, (_, i) => (i * 37) & 0xff);
    const png = encodePng(w, h, rgba);
    expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = chunks[0]!.data;
    expect(ihdr.length).toBe(13);
    expect(ihdr.readUInt32BE(0)).toBe(w);
    expect(ihdr.readUInt32BE(4)).toBe(h);
    expect([...ihdr.subarray(8)]).toEqual([8, 6, 0, 0, 0]); // 8-bit RGBA, deflate, filter 0, no interlace
    const decoded = decodePng(png);
    expect(decoded.width).toBe(w);
    expect(decoded.height).toBe(h);
    expect([...decoded.rgba]).toEqual([...rgba]);
  });

  it('is pngjs, not a PNG encoder of its own (no CRC table, no zlib of its own)', () => {
    const src = readFileSync('scripts/make-icons.ts', 'utf8');
    expect(src).toMatch(/from 'pngjs'/);
    expect(src).not.toMatch(/node:zlib|CRC_TABLE|crc32/);
  });

  it('writes the committed icons: the same pixels as a fresh render', () => {
    for (const light of LIGHTS) {
      for (const size of LIGHT_SIZES) expect(PNG.sync.read(readFileSync(`public/icons/${light}-${size}.png`)).data.equals(renderIcon(light, size)), `${light}-${size}`).toBe(true);
    }
    for (const size of BRAND_SIZES) expect(PNG.sync.read(readFileSync(`public/icon/${size}.png`)).data.equals(renderBrandIcon(size)), `brand ${size}`).toBe(true);
  }, 30_000); // 21 renders at 4×4 supersampling: seconds on a busy machine

  it('rejects a pixel buffer of the wrong length', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
  });
});

describe('renderIcon', () => {
  it.each(LIGHTS.flatMap((l) => LIGHT_SIZES.map((s) => [l, s] as const)))(
    '%s-%i encodes to a PNG of the right size',
    (light, size) => {
      const rgba = renderIcon(light, size);
      expect(rgba.length).toBe(size * size * 4);
      const png = encodePng(size, size, rgba);
      expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
      expect(decodePng(png).rgba.equals(rgba)).toBe(true);
    },
  );

  // By design the mark (!, !, check, ?) sits at the centre of the white shape, itself near the icon's centre.
  it.each(LIGHTS.flatMap((l) => LIGHT_SIZES.map((s) => [l, s] as const)))(
    '%s-%i has its mark colour around the centre, on white',
    (light, size) => {
      const rgba = renderIcon(light, size);
      const c = Math.floor(size / 2);
      const near = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => pixel(rgba, size, c + dx, c + dy)));
      const close = (px: readonly number[], rgb: Rgb) => px[3] === 255 && [0, 1, 2].every((i) => Math.abs(px[i]! - rgb[i]!) <= 6);
      const dist = (px: readonly number[], rgb: Rgb) => Math.hypot(px[0]! - rgb[0], px[1]! - rgb[1], px[2]! - rgb[2]);
      // At 16 px the mark is one or two anti-aliased pixels wide: clearly off the white around it, towards its colour.
      const markish = (px: readonly number[]) => px[3] === 255 && dist(px, [255, 255, 255]) > 90 && dist(px, LIGHT_STYLES[light].markColor) < dist(px, [255, 255, 255]);
      expect(near.some((px) => (size > 16 ? close(px, LIGHT_STYLES[light].markColor) : markish(px))), 'mark').toBe(true);
      // The white shape around the mark: some white within an eighth of the size of the centre.
      const r = Math.max(2, Math.round(size / 8));
      const around = [-r, r].flatMap((d) => [pixel(rgba, size, c + d, c), pixel(rgba, size, c, c + d - 1)]);
      expect(around.some((px) => close(px, [255, 255, 255])), 'white shape').toBe(true);
    },
  );

  it.each(LIGHTS)('%s is mostly filled with its shield colour', (light) => {
    const size = 48;
    const rgba = renderIcon(light, size);
    let n = 0;
    for (let i = 0; i < size * size; i++) {
      const px = pixel(rgba, size, i % size, Math.floor(i / size));
      const [r, g, b] = LIGHT_STYLES[light].shapeColor;
      if (px[3] === 255 && px[0] === r && px[1] === g && px[2] === b) n++;
    }
    expect(n / (size * size)).toBeGreaterThan(0.3);
  });

  it.each(LIGHTS.flatMap((l) => LIGHT_SIZES.map((s) => [l, s] as const)))(
    '%s-%i is a shield: transparent corners, its point at the bottom centre',
    (light, size) => {
      const rgba = renderIcon(light, size);
      for (const [x, y] of [[0, 0], [size - 1, 0], [0, size - 1], [size - 1, size - 1]] as const) expect(pixel(rgba, size, x, y)[3]).toBe(0);
      const c = Math.floor(size / 2);
      const low = Math.floor(size * 0.94);
      expect(pixel(rgba, size, c, low)[3]).toBeGreaterThan(0);
      expect(pixel(rgba, size, Math.round(size * 0.15), low)[3]).toBe(0);
    },
  );

  it('has shapes that fill ~94% of the canvas', () => {
    const size = 128;
    for (const light of LIGHTS) {
      const rgba = renderIcon(light, size);
      let minX = size;
      let maxX = -1;
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++)
          if (pixel(rgba, size, x, y)[3] >= 128) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
          }
      const width = (maxX - minX + 1) / size;
      expect(width, light).toBeGreaterThan(0.9);
      expect(width, light).toBeLessThan(0.97);
    }
  });

  // Without colour (a grey-scale view): the white shapes inside the shield (⬣ ▲ ● ■) and their marks differ.
  it.each([16, 32])('gives the four %ipx lights different shapes in grey scale (shape, not only colour)', (size) => {
    const masks = new Map<Light, Uint8Array>();
    for (const light of LIGHTS) {
      const rgba = renderIcon(light, size);
      masks.set(light, Uint8Array.from({ length: size * size }, (_, i) => {
        const luma = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
        return rgba[i * 4 + 3]! > 128 && luma > 200 ? 255 : 0;
      }));
    }
    for (let i = 0; i < LIGHTS.length; i++) {
      for (let j = i + 1; j < LIGHTS.length; j++) {
        const a = masks.get(LIGHTS[i]!)!;
        const b = masks.get(LIGHTS[j]!)!;
        let differing = 0;
        for (let k = 0; k < a.length; k++) if (Math.abs(a[k]! - b[k]!) > 64) differing++;
        expect(differing, `${LIGHTS[i]} vs ${LIGHTS[j]}`).toBeGreaterThanOrEqual(size / 4);
      }
    }
  });

  it('is deterministic and leaves no partially-transparent junk outside the shape', () => {
    expect(renderIcon('red', 32).equals(renderIcon('red', 32))).toBe(true);
    const rgba = renderIcon('green', 32);
    // Fully transparent pixels carry zero colour.
    for (let i = 0; i < 32 * 32; i++) {
      if (rgba[i * 4 + 3] === 0) expect(rgba[i * 4]! | rgba[i * 4 + 1]! | rgba[i * 4 + 2]!).toBe(0);
    }
  });
});

describe('renderBrandIcon', () => {
  it.each([...BRAND_SIZES])('shield %i: white mark at centre, teal body, transparent corners', (size) => {
    const rgba = renderBrandIcon(size);
    expect(rgba.length).toBe(size * size * 4);
    const c = Math.floor(size / 2);
    const centre = pixel(rgba, size, c, c);
    expect(centre[3]).toBe(255);
    expectColor(centre, [255, 255, 255]);
    for (const [x, y] of [
      [0, size - 1],
      [size - 1, size - 1],
    ] as const)
      expect(pixel(rgba, size, x, y)[3]).toBe(0);
    // Body colour just below the top edge, at the horizontal centre.
    const top = pixel(rgba, size, c, Math.round(size * 0.15));
    expect(top[3]).toBe(255);
    expectColor(top, BRAND_COLOR);
  });
});
