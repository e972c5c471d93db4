// refined-github's features test, for detectors: every file in lib/detectors/page is a registered detector whose id
// is its file name, with match and no-match fixtures and zh-CN and en text; and every page detector stays silent on
// every other detector's no-match fixtures unless that fixture is also one of its own match fixtures.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_DETECTORS } from '../../lib/detectors/page';
import { PAGE_SIGNAL_IDS } from '../../lib/core/signal-ids';
import { signalsEn } from '../../lib/i18n/signals/en';
import { signalsZh } from '../../lib/i18n/signals/zh-CN';
import { contextFor, detectorFixtures } from '../helpers/fixtures';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'detectors', 'page');
/** Files in lib/detectors/page that are not detectors: the registry, the shared shapes and shared parsers. */
const SUPPORT = new Set(['index', 'context', 'shop-classification', 'filing-numbers', 'uscc', 'vocabulary']);
/** Fixture folder of shared hard negatives: not a detector id, run against every detector. */
const COMMON = '_common';
const detectorFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts')).filter((f) => !SUPPORT.has(f));

describe('page detector registry', () => {
  it('registers exactly the detector files, each under its file name, each a public signal id', () => {
    expect(PAGE_DETECTORS.map((d) => d.id).sort()).toEqual([...detectorFiles].sort());
    for (const d of PAGE_DETECTORS) expect(PAGE_SIGNAL_IDS).toContain(d.id);
    expect(new Set(PAGE_DETECTORS.map((d) => d.id)).size).toBe(PAGE_DETECTORS.length);
  });

  it.each(PAGE_DETECTORS.map((d) => [d.id]))('%s has match and no-match fixtures and text in both languages', (id) => {
    const { match, nomatch } = detectorFixtures(id);
    expect(match.length, `${id}: tests/fixtures/pages/${id}/match-*.html`).toBeGreaterThan(0);
    expect(nomatch.length, `${id}: tests/fixtures/pages/${id}/nomatch-*.html`).toBeGreaterThan(0);
    for (const table of [signalsZh, signalsEn]) {
      expect(table[id]?.title, `${id} title`).toBeTruthy();
      expect(table[id]?.explain, `${id} explain`).toBeTruthy();
    }
    expect(signalsZh[id]!.title).not.toBe(signalsEn[id]!.title);
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
