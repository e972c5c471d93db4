// npm run list:triage -- issue.md|issue.json [--out risk-list/entries] [--source risk-list] [--day YYYY-MM-DD] [--dry-run]
// Turns a report issue (the body GitHub renders from .github/ISSUE_TEMPLATE/report.yml, or the API's issue object
// as JSON) into a `reported` entry file, checked with the schema; refuses official vendors, unlistable hosts and
// domains already in the list's source. It prints what it wrote; the maintainer reviews it in a pull request.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ISSUE_FORMS } from '../../lib/core/report';
import { parseVendorList } from '../../lib/detectors/domain/vendors';
import { EXIT, guard, isMain, parse, processIo, UsageError, type Io } from './common';
import { readIssueForm } from './issue-form';
import { LIST_SOURCE_DIR, readListSource, REPO_ROOT } from './source';
import { readIssueInput, triage } from './triage-core';

const USAGE = 'usage: npm run list:triage -- issue.md|issue.json [--out risk-list/entries] [--source risk-list] [--day YYYY-MM-DD] [--dry-run]';
const VENDORS_FILE = join(REPO_ROOT, 'public', 'data', 'official-vendors.json');

/** Official vendors' domains: the list source's official-vendor allow entries and the bundled vendor list. */
async function officialVendors(source: string): Promise<{ vendors: Set<string>; existing: Map<string, string> }> {
  const vendors = new Set(parseVendorList(JSON.parse(readFileSync(VENDORS_FILE, 'utf8'))).vendors.flatMap((v) => v.domains));
  const existing = new Map<string, string>();
  for (const f of await readListSource(source)) {
    const domain = f.path.slice(f.path.lastIndexOf('/') + 1).replace(/\.json$/, '');
    if (f.path === 'icp-records.json') continue;
    existing.set(domain, f.path);
    try {
      if (f.path.startsWith('allow/') && (JSON.parse(f.text) as { kind?: unknown }).kind === 'official-vendor') vendors.add(domain);
    } catch { /* list:build reports broken files; triage only needs the names */ }
  }
  return { vendors, existing };
}

export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return guard(io, async () => {
    const { values, positionals } = parse(argv, {
      out: { type: 'string' }, source: { type: 'string' }, day: { type: 'string' }, 'dry-run': { type: 'boolean' },
    }, USAGE);
    if (positionals.length !== 1) throw new UsageError(`expected one issue file\n${USAGE}`);
    if (values.day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.day)) throw new UsageError(`--day must be YYYY-MM-DD\n${USAGE}`);
    const file = positionals[0]!;
    const issue = readIssueInput(await readFile(file, 'utf8'), file.endsWith('.json'));
    const source = values.source ?? LIST_SOURCE_DIR;
    const out = values.out ?? join(source, 'entries');
    const { vendors, existing } = await officialVendors(source);
    const day = values.day ?? (issue.createdAt && !Number.isNaN(Date.parse(issue.createdAt)) ? new Date(issue.createdAt) : new Date()).toISOString().slice(0, 10);
    const result = triage(issue, readIssueForm(ISSUE_FORMS.report.template), { day, officialVendors: vendors, existing });
    if (!result.ok) {
      io.err(`list:triage refused ${file}:\n${result.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return EXIT.refused;
    }
    const { entry } = result;
    // One folder per first character keeps each folder small enough for GitHub's file browser.
    const path = join(out, entry.domain[0]!, `${entry.domain}.json`);
    const text = `${JSON.stringify(entry, null, 2)}\n`;
    if (!values['dry-run']) {
      await mkdir(join(out, entry.domain[0]!), { recursive: true });
      await writeFile(path, text, { flag: 'wx' });
    }
    io.out(`${values['dry-run'] ? 'would write' : 'wrote'} ${path} (status reported, expires ${entry.expires}):\n${text}${result.notes.map((n) => `note: ${n}\n`).join('')}next: review the note and evidence, then open a pull request; list:build checks it\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
