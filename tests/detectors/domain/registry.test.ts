// refined-github's features test, for domain detectors: every file in lib/detectors/domain is a registered detector
// whose id is its file name and a public signal id; every id has zh-CN and en text whose placeholders are the same in
// both languages and are filled by the params the detector really emits (cases.ts); and the folder stays pure.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMAIN_DETECTORS } from '../../../lib/detectors/domain';
import { DOMAIN_SIGNAL_IDS } from '../../../lib/core/signal-ids';
import { domainTexts as familyTexts } from '../../../lib/i18n/signals/domain';
import type { SignalText, SignalTextPart } from '../../../lib/i18n/signals/types';

/** Indexed by any string here, so the cases can name ids freely. */
const domainTexts = familyTexts as { zh: SignalTextPart & Record<string, SignalText | undefined>; en: SignalTextPart & Record<string, SignalText | undefined> };
import { CASES } from './cases';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'lib', 'detectors', 'domain');
/** Files that are not detectors: the registry, the contract, shared parsers and helpers. */
const SUPPORT = new Set(['index', 'types', 'page-claims', 'vendors', 'punycode', 'lookalike', 'icp-compare', 'helpers', 'vendor-claims']);
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts'));
const placeholders = (t: SignalText | undefined) =>
  [...new Set([t?.title, t?.explain, t?.action].join(' ').match(/\{\w+\}/g) ?? [])].map((p) => p.slice(1, -1)).sort();

describe('domain detector registry', () => {
  it('registers exactly the detector files, each under its file name, covering every domain signal id', () => {
    expect(DOMAIN_DETECTORS.map((d) => d.id).sort()).toEqual(files.filter((f) => !SUPPORT.has(f)).sort());
    expect(DOMAIN_DETECTORS.map((d) => d.id).sort()).toEqual([...DOMAIN_SIGNAL_IDS].sort());
  });

  it.each(DOMAIN_DETECTORS.map((d) => [d.id]))('%s has text in both languages with the same placeholders', (id) => {
    const zh = domainTexts.zh[id];
    const en = domainTexts.en[id];
    for (const t of [zh, en]) {
      expect(t?.title, `${id} title`).toBeTruthy();
      expect(t?.explain, `${id} explain`).toBeTruthy();
    }
    expect(zh!.title).not.toBe(en!.title);
    expect(placeholders(zh)).toEqual(placeholders(en));
    expect(Object.keys(domainTexts.zh).sort()).toEqual(Object.keys(domainTexts.en).sort());
  });

  it.each(DOMAIN_DETECTORS.map((d) => [d.id, d] as const))('%s emits a param for every placeholder', (id, d) => {
    const needed = placeholders(domainTexts.zh[id]);
    for (const c of CASES[id].filter((c) => c.severity !== null)) {
      for (const s of d.detect(c.input)) expect(Object.keys(s.params), `${id}: ${c.name}`).toEqual(expect.arrayContaining(needed));
    }
  });

  it('hedges accusations, tells the person what to do, and points ICP questions at the MIIT query page', () => {
    for (const id of ['icp-number-not-registered', 'icp-record-mismatch', 'impersonation']) {
      expect(domainTexts.zh[id]!.title).toMatch(/疑似|可能/);
      expect(domainTexts.en[id]!.title).toMatch(/probably|possibl/i);
    }
    const severities = new Map(Object.entries(CASES).map(([id, cs]) => [id, cs.find((c) => c.severity)!.severity]));
    for (const [id, sev] of severities) {
      if (sev === 'danger' || sev === 'warn') for (const t of [domainTexts.zh[id], domainTexts.en[id]]) expect(t!.action, id).toBeTruthy();
    }
    for (const id of ['icp-number-not-registered', 'icp-record-mismatch', 'icp-record-missing', 'icp-access-limited']) {
      for (const t of [domainTexts.zh[id], domainTexts.en[id]]) expect(t!.action).toContain('https://beian.miit.gov.cn/#/Integrated/recordQuery');
    }
  });

  it('stays pure: no browser, DOM, network or Node modules in lib/detectors/domain', () => {
    for (const f of files) {
      const code = readFileSync(join(DIR, `${f}.ts`), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, f).not.toMatch(/\b(browser|chrome)\.[a-z]|\bwindow\b|\bdocument\.|\bfetch\(|from ['"](node:|fs|path|url|punycode)/);
    }
  });
});
