// The hostile bench's garbage-collection attribution (scripts/bench/gc-trace.ts): a pause counts as the page's only
// when it finishes a marking begun before, and outside, the extension's script it paused.
import { describe, expect, it } from 'vitest';
import { pageGcMs } from '../../scripts/bench/gc-trace';

const main = { pid: 1, tid: 7 };
const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/shop.js';
const parse = { ...main, name: 'ParseHTML', ph: 'X', ts: 0, dur: 1_000_000 };
const call = (ts: number, dur: number, url = ext) => ({ ...main, name: 'FunctionCall', ph: 'X', ts, dur, args: { data: { url } } });
const markStart = (ts: number) => ({ ...main, name: 'V8.GC_MC_INCREMENTAL_START', ph: 'X', ts, dur: 10 });
const gc = (name: 'MajorGC' | 'MinorGC', ts: number, durMs: number) => ({ ...main, name, ph: 'X', ts, dur: durMs * 1000 });

describe('pageGcMs', () => {
  it("counts a major pause in KaDun's script whose marking the page began", () => {
    expect(pageGcMs([parse, markStart(500_000), call(1_200_000, 400_000), gc('MajorGC', 1_210_000, 300)])).toBe(300);
  });

  it("leaves to KaDun a pause whose marking began inside KaDun's own script", () => {
    expect(pageGcMs([parse, call(1_200_000, 400_000), markStart(1_250_000), gc('MajorGC', 1_300_000, 200)])).toBe(0);
  });

  it("leaves to KaDun a marking begun in an earlier KaDun script (gate.js at document_start)", () => {
    expect(pageGcMs([parse, call(100, 5_000), markStart(2_000), call(1_200_000, 400_000), gc('MajorGC', 1_300_000, 200)])).toBe(0);
  });

  it('leaves scavenges to KaDun: they collect its own young allocation', () => {
    expect(pageGcMs([parse, markStart(500_000), call(1_200_000, 400_000), gc('MinorGC', 1_210_000, 12)])).toBe(0);
  });

  it('ignores pauses outside extension scripts, and page scripts', () => {
    const page = call(1_200_000, 400_000, 'http://hostile-shop.test/app.js');
    expect(pageGcMs([parse, markStart(500_000), page, gc('MajorGC', 1_210_000, 300), gc('MajorGC', 2_000_000, 90)])).toBe(0);
  });

  it("counts the page's pause in KaDun's timer, which Chromium reports without a script URL", () => {
    expect(pageGcMs([parse, markStart(500_000), call(1_200_000, 80_000, ''), gc('MajorGC', 1_210_000, 50)])).toBe(50);
  });

  it('counts a stack-guard collection request outside any reported call (script time, no call event around it)', () => {
    const request = { ...main, name: 'V8.GCHandleGCRequest', ph: 'X', ts: 1_200_000, dur: 90_000 };
    expect(pageGcMs([parse, markStart(500_000), request, gc('MajorGC', 1_205_000, 80)])).toBe(90);
    // Inside a timer call too, the whole request is the collection's.
    expect(pageGcMs([parse, markStart(500_000), call(1_190_000, 120_000, ''), request, gc('MajorGC', 1_205_000, 80)])).toBe(90);
    // Its marking begun inside one of KaDun's URL-less timer calls: KaDun's.
    expect(pageGcMs([parse, call(400_000, 200_000, ''), markStart(500_000), request, gc('MajorGC', 1_205_000, 80)])).toBe(0);
  });

  it('reads other threads as not the page', () => {
    const other = { pid: 1, tid: 9 };
    expect(pageGcMs([parse, { ...markStart(500_000), ...other }, call(1_200_000, 400_000), { ...gc('MajorGC', 1_210_000, 300), ...other }])).toBe(0);
  });
});
