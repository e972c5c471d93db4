// The scaffolding every tests/detectors/page/<id>.test.ts repeats: the fixture loop (has fixtures, fires on each
// match-*.html, stays silent on each nomatch-*.html) and the check that a detector's zh-CN and en text name only
// placeholders its params fill. What a detector must say about a fixture (params tables, quotes) stays in its test.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Severity, Signal } from '../../lib/core/types';
import type { PageDetector } from '../../lib/detectors/page/context';
import type { SignalId } from '../../lib/core/signal-ids';
import type { SignalTextPart } from '../../lib/i18n/signals/types';
import { contextFor, detectorFixtures, readFixture } from './fixtures';

export type DetectorFixtureOptions = {
  /** Signals each match fixture yields: exactly this many (default 1), or 'any' where `expect` checks the list. */
  count?: number | 'any';
  /** The severity of every signal; per fixture file name, where undefined checks none for that fixture. */
  severity?: Severity | ((fileName: string) => Severity | undefined);
  /** Every signal has at least this many evidence items. */
  minEvidence?: number;
  /** Evidence that points at a text block: the first item (which must exist), or every item there is. */
  evidenceBlockIds?: 'first' | 'every';
  /** Exact params of every signal, per match fixture file name; fixtures not listed are not checked. */
  params?: Record<string, Record<string, unknown>>;
  /** The detector's own checks on a match fixture's signals, after the ones above. */
  expect?: (signals: Signal[], fileName: string, html: string) => void;
  /** Fewest match and fewest no-match fixtures `has fixtures` asks for (default 2); false registers no such test. */
  minFixtures?: number | false;
};

/**
 * Registers, in the enclosing `describe`, the standard fixture tests of a page detector over
 * tests/fixtures/pages/<id>/: `has fixtures`, `fires on %s` (each match fixture, checked as `options` say) and
 * `stays silent on %s` (each no-match fixture yields no signal). Returns the fixture paths for further tests.
 */
export function describeDetectorFixtures(detector: PageDetector, options: DetectorFixtureOptions = {}): { match: string[]; nomatch: string[] } {
  const fixtures = detectorFixtures(detector.id);
  const { match, nomatch } = fixtures;
  const { count = 1, minFixtures = 2 } = options;
  const named = (files: string[]) => files.map((f): [string, string] => [basename(f), f]);

  if (minFixtures !== false) {
    it('has fixtures', () => {
      expect(match.length).toBeGreaterThanOrEqual(minFixtures);
      expect(nomatch.length).toBeGreaterThanOrEqual(minFixtures);
    });
  }

  it.each(named(match))('fires on %s', (name, file) => {
    const html = readFileSync(file, 'utf8');
    const signals = detector.detect(contextFor(html));
    if (count !== 'any') expect(signals).toHaveLength(count);
    const severity = typeof options.severity === 'function' ? options.severity(name) : options.severity;
    const params = options.params?.[name];
    for (const s of signals) {
      if (severity) expect(s.severity).toBe(severity);
      if (options.minEvidence !== undefined) expect(s.evidence.length).toBeGreaterThanOrEqual(options.minEvidence);
      if (options.evidenceBlockIds === 'first') expect(s.evidence[0]?.blockId).toBeTypeOf('number');
      if (options.evidenceBlockIds === 'every') for (const e of s.evidence) expect(e.blockId).toBeTypeOf('number');
      if (params) expect(s.params).toEqual(params);
    }
    options.expect?.(signals, name, html);
  });

  it.each(named(nomatch))('stays silent on %s', (_name, file) => {
    expect(detector.detect(contextFor(readFileSync(file, 'utf8')))).toEqual([]);
  });

  return fixtures;
}

/** The signals `detector` gives on its fixture tests/fixtures/pages/<id>/<fileName>. */
export function fixtureSignals(detector: PageDetector, fileName: string): Signal[] {
  return detector.detect(contextFor(readFixture('pages', detector.id, fileName)));
}

const placeholders = (s = '') => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/**
 * `id` has zh-CN and en text with different titles, the same `{placeholders}` in both languages for each of title,
 * explain and action, and every placeholder is a param of each of `signals` (of which there must be one at least).
 */
export function expectTextsMatchParams(id: SignalId, signals: readonly Signal[], texts: { zh: SignalTextPart; en: SignalTextPart }): void {
  const zh = texts.zh[id];
  const en = texts.en[id];
  expect(zh, `${id}: zh-CN text`).toBeDefined();
  expect(en, `${id}: en text`).toBeDefined();
  expect(signals.length, `${id}: a signal to fill the text from`).toBeGreaterThan(0);
  expect(zh!.title).not.toBe(en!.title);
  for (const key of ['title', 'explain', 'action'] as const) {
    expect(placeholders(en![key]).sort(), key).toEqual(placeholders(zh![key]).sort());
    for (const signal of signals) {
      for (const name of placeholders(zh![key])) expect(signal.params, `${key}: {${name}}`).toHaveProperty(name);
    }
  }
}
