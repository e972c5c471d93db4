// Who paid for a garbage collection: a Chromium trace of one page load, read for the collections that paused inside
// the extension's scripts and for whether the page had begun them. Used by hostile-browser.ts.
//
// Why: V8 collects the page's memory (DOM, parser strings) and the content script's in one heap. A major collection
// is begun by allocation (the page's parser, on a 20 MB text) and marked incrementally; its final pause lands in
// whatever script allocates next. With page scripts off, that is the first content script to run at DOMContentLoaded:
// a script that only reads the title and counts links paid 322 and 731 ms on text-20mb-node in six loads (docs/budgets.md,
// "Session 6"). So the bench prints the content script's extra time and, beside it, the part that was such a pause.
import type { CDPSession } from 'playwright-core';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { url?: string } } };

/** What the trace categories must hold: script slices (devtools.timeline) and V8's collection phases. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-v8.gc'];

/** Starts a trace on `cdp`; the returned function ends it and resolves with its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/**
 * Milliseconds of one load's collection pauses that were the page's. The renderer's main thread is the one that parsed
 * the page (ParseHTML). KaDun's script slices on it are EvaluateScript / FunctionCall events whose script is a
 * chrome-extension:// URL or none (Chromium reports a timer's callback without its script; the bench's pages run no
 * script of their own, CSP), and V8.GCHandleGCRequest events outside them (a collection requested at a stack guard
 * while script runs: ScriptDuration counts it, the trace shows no call around it). A major collection (MajorGC) inside
 * such a slice counts as the page's when its incremental marking (V8.GC_MC_INCREMENTAL_START, the last one before the
 * pause) began before the slice and outside every one of them: the page's own allocation had started it, and it would
 * have paused whatever ran next; when it ran inside a stack-guard request, the whole request is that collection's
 * (its embedder prologue and sweeping too). A marking begun in KaDun's scripts, and every scavenge (MinorGC: young,
 * mostly KaDun's own allocation), stay KaDun's.
 */
export function pageGcMs(events: TraceEvent[]): number {
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) return 0;
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts);
  const calls = main.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.ph === 'X' && /^(chrome-extension:\/\/|$)/.test(e.args?.data?.url ?? ''));
  const within = (list: TraceEvent[], ts: number) => list.find((s) => ts >= s.ts && ts < s.ts + (s.dur ?? 0));
  const allRequests = main.filter((e) => e.name === 'V8.GCHandleGCRequest' && e.ph === 'X');
  const requests = allRequests.filter((e) => !within(calls, e.ts));
  const slices = [...calls, ...requests];
  const markStarts = main.filter((e) => e.name === 'V8.GC_MC_INCREMENTAL_START').map((e) => e.ts);
  let ms = 0;
  for (const gc of main) {
    if (gc.name !== 'MajorGC' || gc.ph !== 'X') continue;
    const slice = within(slices, gc.ts);
    const began = markStarts.filter((t) => t <= gc.ts).pop();
    if (slice && began !== undefined && began < slice.ts && !within(slices, began)) ms += Math.max(gc.dur ?? 0, within(allRequests, gc.ts)?.dur ?? 0) / 1000;
  }
  return ms;
}
