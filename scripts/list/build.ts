// npm run list:build -- <entries-dir> --out list.json --version N [--previous list.json] [--generated-at ISO]
// Validates every entry file, refuses unlistable domains, duplicates and conflicts, and writes a deterministic list.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { riskListSchema } from '../../lib/risk-list/format';
import { buildList, type SourceFile } from './build-core';
import { EXIT, guard, isMain, parse, processIo, required, UsageError, type Io } from './common';

const USAGE = 'usage: npm run list:build -- <entries-dir> --out list.json --version N [--previous list.json] [--generated-at ISO-8601]';

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
    if (positionals.length !== 1) throw new UsageError(`expected one entries folder\n${USAGE}`);
    const out = required(values.out, '--out', USAGE);
    const versionText = required(values.version, '--version', USAGE);
    if (!/^\d+$/.test(versionText)) throw new UsageError(`--version must be a positive integer\n${USAGE}`);
    const generatedAt = values['generated-at'] ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(generatedAt))) throw new UsageError(`--generated-at is not an ISO date-time\n${USAGE}`);
    let previous;
    if (values.previous) {
      const parsed = riskListSchema.safeParse(JSON.parse(await readFile(values.previous, 'utf8')));
      if (!parsed.success) throw new Error(`--previous ${values.previous} is not a valid list: ${parsed.error.issues[0]?.message}`);
      previous = parsed.data;
    }
    const result = buildList(await readEntriesDir(positionals[0]!), { version: Number(versionText), generatedAt, previous });
    if (!result.ok) {
      io.err(`list:build refused (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n${result.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return EXIT.refused;
    }
    await writeFile(out, result.text);
    io.out(`wrote ${out}: version ${result.list.version}, ${result.list.entries.length} entries, ${result.list.allow.length} allow, ${Object.keys(result.list.icpRecords ?? {}).length} ICP records\nnext: npm run list:sign -- ${out} --key <private.pem>\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
