// The icons' look: which shape and colours each light has (the shape tells the lights apart without colour).

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

export const WHITE: Rgb = [255, 255, 255];

export const LIGHT_STYLES: Readonly<Record<Light, LightStyle>> = {
  // shapeColor: the shield; the shape itself is white inside it; markColor: the mark drawn on that white shape.
  red: { shape: 'octagon', mark: 'exclamation', shapeColor: hex('#dc2626'), markColor: hex('#dc2626') },
  amber: { shape: 'triangle', mark: 'exclamation', shapeColor: hex('#d97706'), markColor: hex('#1c1917') },
  green: { shape: 'circle', mark: 'check', shapeColor: hex('#16a34a'), markColor: hex('#16a34a') },
  grey: { shape: 'rounded-square', mark: 'question', shapeColor: hex('#6b7280'), markColor: hex('#6b7280') },
};

export const BRAND_COLOR: Rgb = hex('#0f766e');

function hex(s: string): Rgb {
  const n = Number.parseInt(s.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

