// The report page's autosave: writes in order, one row (the first write's id is reused), holds invalid drafts back,
// keeps a failed draft for the next try, and lets the appeal's submit run after pending writes.
import { describe, expect, it, vi } from 'vitest';
import { DraftSaver } from '../../entrypoints/report/draft-saver';
import type { SaveState } from '../../components/report-form/report-form';
import type { ReportDraft } from '../../lib/core/types';

const draft = (text: string): ReportDraft => ({ kind: 'report', domain: 'cards.example', url: 'https://cards.example/', includeUrl: false, category: 'other', text, evidence: [] });

function harness(failFirst = false) {
  const calls: Array<{ text: string; id: number | undefined }> = [];
  const states: SaveState['phase'][] = [];
  let fail = failFirst;
  const saver = new DraftSaver(async (d, id) => {
    calls.push({ text: d.text, id });
    await new Promise((r) => setTimeout(r, 5));
    if (fail) { fail = false; throw new Error('worker gone'); }
    return id ?? 41;
  }, (s) => states.push(s.phase), null, 20);
  return { saver, calls, states };
}

describe('DraftSaver', () => {
  it('coalesces quick changes into one write and reuses the new id afterwards', async () => {
    vi.useFakeTimers();
    const { saver, calls, states } = harness();
    saver.schedule(draft('a'));
    saver.schedule(draft('ab'));
    await vi.advanceTimersByTimeAsync(50);
    saver.schedule(draft('abc'));
    await vi.advanceTimersByTimeAsync(50);
    vi.useRealTimers();
    expect(calls).toEqual([{ text: 'ab', id: undefined }, { text: 'abc', id: 41 }]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.savedId).toBe(41);
  });

  it('writes asked for together make one row with the newest text', async () => {
    const { saver, calls } = harness();
    await Promise.all([saver.flush(draft('x')), saver.flush(draft('y'))]);
    await saver.flush(draft('z'));
    expect(calls).toEqual([{ text: 'y', id: undefined }, { text: 'z', id: 41 }]);
  });

  it('holds an invalid draft back and says so', async () => {
    const { saver, calls, states } = harness();
    saver.schedule(draft('a'));
    saver.hold();
    expect(await saver.flush()).toBeNull();
    expect(calls).toEqual([]);
    expect(states).toEqual(['invalid']);
  });

  it('keeps a draft whose write failed and writes it on the next try', async () => {
    const { saver, calls, states } = harness(true);
    expect(await saver.flush(draft('lost?'))).toBeNull();
    expect(states.at(-1)).toBe('error');
    expect(await saver.flush()).toBe(41);
    expect(calls.map((c) => c.text)).toEqual(['lost?', 'lost?']);
  });

  it('runs the appeal submit after pending writes, with their id', async () => {
    const { saver, calls } = harness();
    void saver.flush(draft('reason'));
    await new Promise((r) => setTimeout(r, 1)); // the first write is in flight: it creates the row
    expect(calls).toHaveLength(1);
    const seen: Array<number | undefined> = [];
    expect(await saver.exclusive(async (id) => (seen.push(id), 41))).toBe(41);
    expect(seen).toEqual([41]);
  });
});
