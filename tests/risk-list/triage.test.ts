// list:triage (issue 13 item 2): a report issue's body, or the API's issue object, becomes a valid `reported`
// entry; official vendors, unlistable hosts, known domains and malformed issues are refused.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskEntrySchema } from '../../lib/risk-list/format';
import { readIssueForm } from '../../scripts/list/issue-form';
import { formAnswers, readIssueInput, triage, type TriageOptions } from '../../scripts/list/triage-core';
import { run } from '../../scripts/list/triage';

const MD = 'tests/fixtures/issues/report.md';
const JSON_ISSUE = 'tests/fixtures/issues/report.json';
const form = readIssueForm('report.yml');
const opts: TriageOptions = { day: '2026-12-05', officialVendors: new Set(['qq.com']), existing: new Map([['known.example', 'entries/k/known.example.json']]) };
const body = (domain: string, category = 'non-delivery') =>
  `### 网站域名 / Site domain\n\n${domain}\n\n### 类别 / Category\n\n${category}\n\n### 你看到了什么 / What you saw\n\n没有发货\n`;
const capture = () => {
  const o = { out: '', err: '' };
  return { o, io: { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s) } };
};

describe('triage (pure)', () => {
  it('reads the rendered form by its labels, empty answers as empty', async () => {
    const answers = formAnswers(await readFile(MD, 'utf8'), form);
    expect(answers.get('category')).toBe('non-delivery');
    expect(answers.get('payee')).toBe('');
    expect(answers.get('links')).toContain('https://archive.example/');
  });

  it('turns the sample report into a valid, hedged, expiring reported entry on the registrable domain', async () => {
    const r = triage(readIssueInput(await readFile(MD, 'utf8'), false), form, opts);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(riskEntrySchema.parse(r.entry)).toEqual(r.entry);
    expect(r.entry).toMatchObject({
      domain: 'card-shop.example', category: 'non-delivery', status: 'reported', firstSeen: '2026-12-05', lastSeen: '2026-12-05', expires: '2027-06-03',
      evidence: ['https://archive.example/card-shop.example/2026-12-01'],
    });
    expect(r.entry.note).toMatch(/^疑似付款后不发货.*尚未核实.*possibly non-delivery; not verified/);
    expect(r.notes.join('\n')).toMatch(/as card-shop\.example[\s\S]*1 left out/);
  });

  it.each([
    ['an official vendor', body('pay.qq.com'), /official vendor/],
    ['a shared-hosting root', body('github.io'), /github\.io cannot be listed: public-suffix/],
    ['a site on a shared host the PSL does not separate', body('shop.gitee.io'), /gitee\.io cannot be listed: shared-hosting/],
    ['an IP address', body('192.0.2.7'), /ip-address/],
    ['a domain already in the list', body('known.example'), /already in the list source \(entries\/k\/known\.example\.json\)/],
    ['an unknown category', body('new.example', 'scam!!'), /not one of personal-payment/],
    ['an issue not made with the report form', 'Please list shop.example, it is a scam.', /not a report made with the report form/],
  ])('refuses %s', (_n, text, message) => {
    const r = triage({ body: text }, form, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });

  it('accepts a listable site on a host the PSL separates', () => {
    const r = triage({ body: body('someone.github.io') }, form, opts);
    expect(r.ok && r.entry.domain).toBe('someone.github.io');
  });
});

describe('npm run list:triage (in-process)', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'kadun-triage-')); });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the API issue as an entry under its first letter, dated by the issue, with the issue as evidence', async () => {
    const c = capture();
    expect(await run([JSON_ISSUE, '--source', dir], c.io)).toBe(0);
    const written = JSON.parse(await readFile(join(dir, 'entries', 'c', 'card-shop.example.json'), 'utf8'));
    expect(written).toMatchObject({ firstSeen: '2026-12-02', evidence: ['https://github.com/kadun-project/kadun/issues/42', 'https://archive.example/card-shop.example/2026-12-01'] });
    expect(written.note).toContain('#42');
    expect(c.o.out).toMatch(/wrote .*card-shop\.example\.json/);
    // The same report again: the domain is now in the source, so it is refused rather than overwritten.
    const again = capture();
    expect(await run([JSON_ISSUE, '--source', dir], again.io)).toBe(1);
    expect(again.o.err).toMatch(/already in the list source/);
  });

  it('refuses the official-vendor allow entries of the real list source; bad usage exits 2', async () => {
    const f = join(dir, 'vendor.md');
    await writeFile(f, body('tenpay.com'));
    const c = capture();
    expect(await run([f, '--dry-run'], c.io)).toBe(1);
    expect(c.o.err).toMatch(/tenpay\.com is an official vendor/);
    expect(await run([], capture().io)).toBe(2);
    expect(await run([MD, '--day', 'yesterday'], capture().io)).toBe(2);
  });
});
