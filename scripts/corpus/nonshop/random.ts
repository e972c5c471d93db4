// The corpus generator's seeded PRNG (mulberry32) and the small helpers every page part uses.

export function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class R {
  constructor(private next: () => number) {}
  f(): number { return this.next(); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
  some<T>(a: readonly T[], n: number): T[] {
    const c = [...a];
    const out: T[] = [];
    while (out.length < n && c.length) out.push(c.splice(Math.floor(this.next() * c.length), 1)[0]!);
    return out;
  }
  digits(n: number): string { let s = String(this.int(1, 9)); while (s.length < n) s += String(this.int(0, 9)); return s; }
  money(lo: number, hi: number, cents = false): string { const v = this.int(lo, hi); return cents ? `${v}.${this.pick(['00', '50', '90', '99', '80'])}` : String(v); }
  date(): string { return `2026-${String(this.int(1, 11)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`; }
  time(): string { return `${String(this.int(7, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}`; }
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
