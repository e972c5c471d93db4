// npm run list:build -- [<entries-dir>] [--out list.json] [--version N] [--previous list.json] [--generated-at ISO]
// Validates every entry file, refuses unlistable domains, duplicates and conflicts, and writes a deterministic list.
// With no folder it builds the list's source, risk-list/ (what CI runs too); without --version the version is one
// more than --previous's (and above the bundled list's).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { buildList, ENTRY_LIFETIME_DAYS, type SourceFile } from './build-core';
import { EXIT, guard, isMain, parse, processIo, UsageError, type Io } from './common';
import { bundledVersion, LIST_SOURCE_DIR, nextVersion, readListFile, readListSource, REPO_ROOT } from './source';

const USAGE = 'usage: npm run list:build -- [<entries-dir>] [--out list.json] [--version N] [--previous list.json] [--generated-at ISO-8601]';
/** Where a build with no --out goes (dist/ is git-ignored). */
export const DEFAULT_BUILD_OUT = join(REPO_ROOT, 'dist', 'risk-list', 'risk-list.json');

export async function readEntriesDir(dir: string): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const walk = async (d: string) => {
    for (const ent of await readdir(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (ent.isFile() && ent.name.endsWith('.json')) out.push({ path: relative(dir, p).split('\\').join('/'), text: await readFile(p, 'utf8') });
    }
  };
  await walk(dir);
  return out;
}

export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return guard(io, async () => {
    const { values, positionals } = parse(argv, {
      out: { type: 'string' }, version: { type: 'string' }, previous: { type: 'string' }, 'generated-at': { type: 'string' },
    }, USAGE);
    if (positionals.length > 1) throw new UsageError(`expected at most one entries folder\n${USAGE}`);
    const out = values.out || DEFAULT_BUILD_OUT;
    const versionText = values.version;
    if (versionText !== undefined && !/^\d+$/.test(versionText)) throw new UsageError(`--version must be a positive integer\n${USAGE}`);
    const generatedAt = values['generated-at'] ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(generatedAt))) throw new UsageError(`--generated-at is not an ISO date-time\n${USAGE}`);
    const previous = values.previous ? await readListFile(values.previous, '--previous') : undefined;
    const version = nextVersion({ asked: versionText === undefined ? undefined : Number(versionText), previous, bundled: bundledVersion() });
    // The list source obeys the community list's lifetime rule; other folders (fixtures, the starter) are free.
    const source = positionals[0] === undefined;
    const files = source ? await readListSource(LIST_SOURCE_DIR) : await readEntriesDir(positionals[0]!);
    const result = buildList(files, { version, generatedAt, previous, ...(source ? { maxLifetimeDays: ENTRY_LIFETIME_DAYS } : {}) });
    if (!result.ok) {
      io.err(`list:build refused (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n${result.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return EXIT.refused;
    }
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, result.text);
    io.out(`wrote ${out}: version ${result.list.version}, ${result.list.entries.length} entries, ${result.list.allow.length} allow, ${Object.keys(result.list.icpRecords ?? {}).length} ICP records\nnext: npm run list:sign -- ${out} --key <private.pem>\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
