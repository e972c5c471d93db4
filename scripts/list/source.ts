// The community list's source folder, `risk-list/` at the repository root (lib/core/list-home.ts: this repository
// is the list's home), and how the next version number is chosen. Shared by list:build (no folder given),
// list:release and list:triage, so CI and a maintainer at a terminal run the same steps on the same files.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { riskListSchema, type RiskList } from '../../lib/risk-list/format';
import type { SourceFile } from './build-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The list's source: entries/**, allow/**, icp-records.json; README.md, EVIDENCE.md and schema.json sit beside them. */
export const LIST_SOURCE_DIR = join(REPO_ROOT, 'risk-list');
/** The list shipped inside the extension: a published list must have a greater version, or no one would load it. */
export const BUNDLED_LIST_FILE = join(REPO_ROOT, 'public', 'data', 'risk-list.json');

/**
 * The files of a source folder that make up the list. Only entries/** and allow/** JSON and icp-records.json:
 * the maintainers' documents and schema.json beside them are not list data.
 */
export async function readListSource(dir: string): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const walk = async (d: string) => {
    if (!existsSync(d)) return;
    for (const ent of await readdir(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (ent.isFile() && ent.name.endsWith('.json')) out.push({ path: relative(dir, p).split('\\').join('/'), text: await readFile(p, 'utf8') });
    }
  };
  await walk(join(dir, 'entries'));
  await walk(join(dir, 'allow'));
  const icp = join(dir, 'icp-records.json');
  if (existsSync(icp)) out.push({ path: 'icp-records.json', text: await readFile(icp, 'utf8') });
  return out;
}

/** A list file read and checked with the extension's schema; a clear error when it is not one. */
export async function readListFile(path: string, what: string): Promise<RiskList> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`${what} ${path} could not be read as JSON: ${(err as Error).message}`);
  }
  const parsed = riskListSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${what} ${path} is not a valid list: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The bundled list's version (0 when the file is missing or unreadable: then only `previous` bounds the next one). */
export function bundledVersion(file = BUNDLED_LIST_FILE): number {
  try {
    const v = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : 0;
  } catch {
    return 0;
  }
}

/**
 * The version to build: the one asked for, else one more than the previous published list, and never at or below
 * the bundled list's (a first publication at version 1 would be refused as a rollback by every installed copy).
 */
export function nextVersion(opts: { asked?: number; previous?: RiskList; bundled: number }): number {
  if (opts.asked !== undefined) return opts.asked;
  return Math.max(opts.previous?.version ?? 0, opts.bundled) + 1;
}
