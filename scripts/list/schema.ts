// npm run list:schema [-- --check]: writes risk-list/schema.json, the JSON Schema of an entry file and an allow file
// (and the whole list under $defs), generated from the zod schema in lib/risk-list/format.ts so editors and reviewers
// see the same rules the build applies. --check exits 1 when the file is out of date (a test runs the same check).
// JSON Schema cannot say everything the zod schema does (confirmed needs evidence, date order, registrable domain):
// list:build stays the judge; the schema is a helper for people writing files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { allowEntrySchema, riskEntrySchema, riskListSchema } from '../../lib/risk-list/format';
import { EXIT, guard, isMain, parse, processIo, type Io } from './common';
import { LIST_SOURCE_DIR } from './source';

export const SCHEMA_FILE = join(LIST_SOURCE_DIR, 'schema.json');

/** The schema.json text: deterministic, two-space indented, newline at the end. */
export function listJsonSchemaText(): string {
  const gen = (s: z.ZodType) => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
    return rest;
  };
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'KaDun community risk list: one entry file (risk-list/entries/**) or allow file (risk-list/allow/**)',
    description: 'Generated from lib/risk-list/format.ts by `npm run list:schema`; do not edit. `npm run list:build` is the judge: it also checks what JSON Schema cannot say (a confirmed entry needs evidence, date order, a registrable domain).',
    anyOf: [{ $ref: '#/$defs/entry' }, { $ref: '#/$defs/allow' }],
    $defs: { entry: gen(riskEntrySchema), allow: gen(allowEntrySchema), list: gen(riskListSchema) },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function run(argv: readonly string[], io: Io = processIo, file = SCHEMA_FILE): Promise<number> {
  return guard(io, async () => {
    const { values } = parse(argv, { check: { type: 'boolean' } }, 'usage: npm run list:schema [-- --check]');
    const text = listJsonSchemaText();
    if (values.check) {
      const current = await readFile(file, 'utf8').catch(() => '');
      if (current === text) return io.out(`${file} is up to date\n`), EXIT.ok;
      io.err(`${file} is out of date: run npm run list:schema\n`);
      return EXIT.refused;
    }
    await writeFile(file, text);
    io.out(`wrote ${file}\n`);
    return EXIT.ok;
  });
}

if (isMain(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
