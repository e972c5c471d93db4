// The list's home in this repository (issue 13 items 1 and 2): the risk-list/ source builds, keeps every vendor the
// bundled list allows, its schema.json is the one the zod schema generates, and the issue forms have every field
// the extension pre-fills.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIST_GITEE_REPO_URL } from '../../lib/core/list-home';
import { ISSUE_FORMS } from '../../lib/core/report';
import { buildList, ENTRY_LIFETIME_DAYS } from '../../scripts/list/build-core';
import { readEntriesDir } from '../../scripts/list/build';
import { parseIssueForm, readIssueForm } from '../../scripts/list/issue-form';
import { listJsonSchemaText, run as schemaRun, SCHEMA_FILE } from '../../scripts/list/schema';
import { LIST_SOURCE_DIR, nextVersion, readListSource } from '../../scripts/list/source';
import { confirmed, entry, list } from './helpers';

const quiet = { out: () => {}, err: () => {} };

describe('risk-list/ (the list source)', () => {
  it('builds, and allows at least every vendor the bundled starter list allows', async () => {
    const r = buildList(await readListSource(LIST_SOURCE_DIR), { version: 2, generatedAt: '2026-12-05T00:00:00Z' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const starter = buildList(await readEntriesDir('scripts/list/starter'), { version: 1, generatedAt: '2026-12-05T00:00:00Z' });
    if (!starter.ok) throw new Error(starter.errors.join('\n'));
    const published = new Set(r.list.allow.filter((a) => a.kind === 'official-vendor').map((a) => a.domain));
    expect(starter.list.allow.map((a) => a.domain).filter((d) => !published.has(d))).toEqual([]);
    for (const e of r.list.entries) expect(e.domain).toMatch(/\.(example|test|invalid)$/);
  });

  it('schema.json is the one generated from the zod schema (npm run list:schema)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(listJsonSchemaText());
    expect(await schemaRun(['--check'], quiet)).toBe(0);
    expect(await schemaRun(['--check'], quiet, '/nonexistent/schema.json')).toBe(1);
    const schema = JSON.parse(listJsonSchemaText());
    expect(schema.$defs.entry.properties.status.enum).toEqual(['reported', 'confirmed']);
    expect(schema.$defs.entry.additionalProperties).toBe(false);
  });

  it('the list source\'s lifetime rule: reported at most 180 days, confirmed 365, from lastSeen', () => {
    const f = (e: ReturnType<typeof entry>) => ({ path: `entries/${e.domain}.json`, text: JSON.stringify(e) });
    const errs = (e: ReturnType<typeof entry>) => {
      const r = buildList([f(e)], { version: 2, generatedAt: '2026-12-05T00:00:00Z', maxLifetimeDays: ENTRY_LIFETIME_DAYS });
      return r.ok ? '' : r.errors.join('\n');
    };
    expect(errs(entry('a.example', { lastSeen: '2026-11-01', expires: '2027-04-30' }))).toBe('');
    expect(errs(entry('a.example', { lastSeen: '2026-11-01', expires: '2027-05-01' }))).toMatch(/reported entry lives at most 180 days/);
    expect(errs(confirmed('a.example', { lastSeen: '2026-11-01', expires: '2027-11-01' }))).toBe('');
    expect(errs(confirmed('a.example', { lastSeen: '2026-11-01', expires: '2027-11-02' }))).toMatch(/confirmed entry lives at most 365 days/);
  });

  it('next version: the one asked for, else previous + 1, never at or below the bundled list', () => {
    expect(nextVersion({ asked: 9, bundled: 1 })).toBe(9);
    expect(nextVersion({ previous: list({ version: 7 }), bundled: 1 })).toBe(8);
    expect(nextVersion({ bundled: 1 })).toBe(2);
    expect(nextVersion({ previous: list({ version: 1 }), bundled: 3 })).toBe(4);
  });
});

describe('issue forms (.github/ISSUE_TEMPLATE)', () => {
  it('the reader finds the forms\' fields (so the checks below can fail)', () => {
    expect(readIssueForm('report.yml').fields.map((f) => f.id).filter(Boolean)).toEqual(['domain', 'category', 'description', 'evidence', 'url', 'payee', 'links', 'confirm']);
    expect(parseIssueForm('name: x\nbody:\n  - type: input\n    id: other\n    attributes:\n      label: "L"\n').fields).toEqual([{ type: 'input', id: 'other', label: 'L' }]);
  });

  it.each(Object.entries(ISSUE_FORMS))('every field the extension pre-fills for a %s is a field of %s', (kind, { template, fields }) => {
    const form = readIssueForm(template);
    const ids = form.fields.flatMap((f) => (f.id ? [f.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(fields.filter((id) => !ids.includes(id))).toEqual([]);
    expect(form.labels).toContain(kind);
    // Labels are what GitHub prints above each answer and what list:triage reads back: unique, Chinese then English.
    const labels = form.fields.flatMap((f) => (f.id ? [f.label ?? ''] : []));
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l).toMatch(/^[^a-zA-Z]+ ?\/ [A-Z]/);
  });

  it('config.yml turns off blank issues and points to the Gitee mirror named in lib/core/list-home.ts', () => {
    const config = readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8');
    expect(config).toMatch(/^blank_issues_enabled: false$/m);
    expect(config).toContain(`url: "${LIST_GITEE_REPO_URL}/issues"`);
  });
});

describe('the list workflow (.github/workflows/risk-list.yml)', () => {
  const workflow = readFileSync('.github/workflows/risk-list.yml', 'utf8');
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('runs only npm scripts that exist, and publishes with list:release', () => {
    const used = [...workflow.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['list:build', 'list:release', 'list:schema', 'list:keygen', 'list:home']));
    expect(used.filter((s) => !(s in scripts))).toEqual([]);
  });

  it('writes the signing key from the secret to a mode-600 file and never prints it', () => {
    expect(workflow).toContain('KADUN_LIST_PRIVATE_KEY: ${{ secrets.KADUN_LIST_PRIVATE_KEY }}');
    expect(workflow).toMatch(/umask 077[\s\S]*chmod 600 "\$key"/);
    expect(workflow).not.toMatch(/set -x|echo "?\$KADUN_LIST_PRIVATE_KEY|cat "\$key"/);
    // Pull requests never see the secret: only the publish job, on main, names it.
    expect(workflow.indexOf('secrets.KADUN_LIST_PRIVATE_KEY')).toBeGreaterThan(workflow.indexOf('publish:'));
  });
});
