// refined-github's features test, for detectors: every file in lib/detectors/page is a registered detector whose id
// is its file name, with its own test file, match and no-match fixtures, and zh-CN and en text declared on it whose
// every {placeholder} its signals fill; helpers live in the subfolders named below; and every page detector stays
// silent on every other detector's no-match fixtures unless that fixture is also one of its own match fixtures.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_DETECTORS } from '../../lib/detectors/page';
import type { PageDetector } from '../../lib/detectors/page/context';
import { PAGE_SIGNAL_IDS } from '../../lib/core/signal-ids';
import type { Signal } from '../../lib/core/types';
import { fill } from '../../lib/i18n';
import { contextFor, detectorFixtures } from '../helpers/fixtures';
import { PAGE_DETECTORS as REGISTERED, PAGE_TEXTS } from '../../lib/detectors/page';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(ROOT, 'lib', 'detectors', 'page');
/** Files in lib/detectors/page that are not detectors: the registry and the shapes every detector shares. */
const SUPPORT = new Set(['index', 'context']);
/** Where detectors' helpers live (parsers, word lists, tables); any other folder here is a mistake. */
const HELPER_DIRS = new Set(['payment', 'price', 'shared']);
/** Fixture folder of shared hard negatives: not a detector id, run against every detector. */
const COMMON = '_common';
const entries = readdirSync(DIR);
const detectorFiles = entries.filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts')).filter((f) => !SUPPORT.has(f));

/** The placeholders `detector`'s text leaves unfilled for `signal`, as `lang.field: {name}`. */
export function unfilledPlaceholders(detector: Pick<PageDetector, 'text'>, signal: Pick<Signal, 'params'>): string[] {
  const out: string[] = [];
  for (const lang of ['zh-CN', 'en'] as const) {
    const text = detector.text[lang];
    for (const field of ['title', 'explain', 'action'] as const) {
      for (const m of fill(text[field] ?? '', signal.params).matchAll(/\{(\w+)\}/g)) out.push(`${lang}.${field}: ${m[0]}`);
    }
  }
  return out;
}

/** What a detector is missing: its test file, match or no-match fixtures, text in either language. */
export function missingParts(id: string, d: Pick<PageDetector, 'text'>, root = ROOT): string[] {
  const out: string[] = [];
  if (!existsSync(join(root, 'tests', 'detectors', 'page', `${id}.test.ts`))) out.push(`tests/detectors/page/${id}.test.ts`);
  const { match, nomatch } = detectorFixtures(id);
  if (match.length === 0) out.push(`tests/fixtures/pages/${id}/match-*.html`);
  if (nomatch.length === 0) out.push(`tests/fixtures/pages/${id}/nomatch-*.html (a negative)`);
  for (const lang of ['zh-CN', 'en'] as const) {
    if (!d.text?.[lang]?.title || !d.text[lang].explain) out.push(`${lang} text`);
  }
  return out;
}

describe('page detector registry', () => {
  it('registers exactly the detector files, each under its file name, each a public signal id, every page id', () => {
    expect(PAGE_DETECTORS.map((d) => d.id).sort()).toEqual([...detectorFiles].sort());
    for (const d of PAGE_DETECTORS) expect(PAGE_SIGNAL_IDS).toContain(d.id);
    expect(new Set(PAGE_DETECTORS.map((d) => d.id)).size).toBe(PAGE_DETECTORS.length);
    expect([...PAGE_SIGNAL_IDS].sort()).toEqual(PAGE_DETECTORS.map((d) => d.id).sort());
  });

  it('keeps helpers in the known subfolders, and nothing else beside the detectors', () => {
    const dirs = entries.filter((f) => statSync(join(DIR, f)).isDirectory());
    expect(dirs.filter((f) => !HELPER_DIRS.has(f)), 'a helper folder the registry test does not know').toEqual([]);
    expect(entries.filter((f) => !dirs.includes(f) && !f.endsWith('.ts')), 'files that are neither detectors nor helpers').toEqual([]);
  });

  it.each(PAGE_DETECTORS.map((d) => [d.id, d] as const))('%s has its test file, match and no-match fixtures and text in both languages', (id, d) => {
    expect(missingParts(id, d)).toEqual([]);
    expect(d.text['zh-CN'].title).not.toBe(d.text.en.title);
  });

  it.each(PAGE_DETECTORS.map((d) => [d.id, d] as const))('%s fills every {placeholder} of its text from each signal on its match fixtures', (_id, d) => {
    for (const f of detectorFixtures(d.id).match) {
      for (const signal of d.detect(contextFor(readFileSync(f, 'utf8')))) expect(unfilledPlaceholders(d, signal), basename(f)).toEqual([]);
    }
  });

  it('the checks above fail on what they are for: a missing test file, an unfilled placeholder, a missing negative', () => {
    const text = { 'zh-CN': { title: '疑似 {payload}', explain: '说明' }, en: { title: 'Probably {payload}', explain: 'Why {amount}' } };
    expect(unfilledPlaceholders({ text }, { params: { payload: 'x' } })).toEqual(['en.explain: {amount}']);
    expect(unfilledPlaceholders({ text }, { params: { payload: 'x', amount: 5 } })).toEqual([]);
    // `_common` has negatives only, and no test file of its own; a made-up id has nothing at all.
    expect(missingParts(COMMON, { text })).toEqual([`tests/detectors/page/${COMMON}.test.ts`, `tests/fixtures/pages/${COMMON}/match-*.html`]);
    expect(missingParts('no-such-detector', { text })).toEqual(['tests/detectors/page/no-such-detector.test.ts',
      'tests/fixtures/pages/no-such-detector/match-*.html', 'tests/fixtures/pages/no-such-detector/nomatch-*.html (a negative)']);
  });

  it('every fixture names its origin and date', () => {
    for (const d of PAGE_DETECTORS) {
      const { match, nomatch } = detectorFixtures(d.id);
      for (const f of [...match, ...nomatch]) expect(readFileSync(f, 'utf8'), f).toMatch(/<[!]--\s*(fixture|demo page):.*20\d\d-\d\d-\d\d/);
    }
  });

  it('each detector fires on its own match fixtures', () => {
    for (const d of PAGE_DETECTORS) {
      for (const f of detectorFixtures(d.id).match) {
        expect(d.detect(contextFor(readFileSync(f, 'utf8'))).length, `${d.id} on ${basename(f)}`).toBeGreaterThan(0);
      }
    }
  });

  it('no detector fires on another detector\'s no-match fixtures, unless the fixture is declared for it', () => {
    const failures: string[] = [];
    for (const owner of PAGE_DETECTORS) {
      for (const f of detectorFixtures(owner.id).nomatch) {
        const html = readFileSync(f, 'utf8');
        // A no-match fixture may name other detectors it legitimately triggers, in a comment `also: shop-detected icp-filing-missing`.
        const also = new Set((/<[!]--\s*also:([^>]*)-->/.exec(html)?.[1] ?? '').trim().split(/\s+/).filter(Boolean));
        const ctx = contextFor(html);
        for (const d of PAGE_DETECTORS) {
          if (d.id === owner.id || also.has(d.id)) continue;
          if (d.detect(ctx).length > 0) failures.push(`${d.id} fired on ${owner.id}/${basename(f)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  // Shared hard negatives (tests/fixtures/pages/_common, no detector of its own): pages every detector must get right,
  // such as an official vendor's top-up page or an anti-fraud notice quoting scam wording. Each names in `also:`
  // exactly the detectors that legitimately fire on it; every other detector stays silent.
  it('every detector behaves on the shared _common fixtures exactly as each fixture declares', () => {
    const files = detectorFixtures(COMMON).nomatch;
    expect(files.length, `tests/fixtures/pages/${COMMON}/nomatch-*.html`).toBeGreaterThanOrEqual(5);
    const ids = new Set<string>(PAGE_DETECTORS.map((d) => d.id));
    const failures: string[] = [];
    for (const f of files) {
      const html = readFileSync(f, 'utf8');
      expect(html, f).toMatch(/<[!]--\s*(fixture|demo page):.*20\d\d-\d\d-\d\d/);
      const also = new Set((/<[!]--\s*also:([^>]*)-->/.exec(html)?.[1] ?? '').trim().split(/\s+/).filter(Boolean));
      const ctx = contextFor(html);
      for (const d of PAGE_DETECTORS) {
        const fired = d.detect(ctx).length > 0;
        if (fired && !also.has(d.id)) failures.push(`${d.id} fired on ${COMMON}/${basename(f)}`);
        if (!fired && also.has(d.id)) failures.push(`${d.id} declared but silent on ${COMMON}/${basename(f)}`);
      }
      for (const id of also) if (!ids.has(id)) failures.push(`${COMMON}/${basename(f)} declares unregistered ${id}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('page texts apart from the logic', () => {
  it('PAGE_TEXTS holds exactly each registered detector\'s own text, so pages can import texts without detectors', () => {
    expect(Object.keys(PAGE_TEXTS).sort()).toEqual(REGISTERED.map((d) => d.id).sort());
    for (const d of REGISTERED) expect(PAGE_TEXTS[d.id], d.id).toBe(d.text);
  });
});

