// `npm run check`: the extension's own pipeline (extract → analyze → verdict) on a saved page or a URL.
// All I/O comes in through `io`, so tests run the whole command in-process.
import { siteKey } from '../../lib/core/domain';
import type { LookupResult, SourceStatus, Verdict } from '../../lib/core/types';
import { extractFromHtml } from '../../lib/extract/from-html';
import { analyze, type SourceAnswers } from '../../lib/pipeline/analyze';
import { parseArgs, USAGE, type CliArgs } from './args';
import { CliError, fetchPage, normaliseDomain, readJsonFile, readPageFile, readRecords, type RecordsFile } from './input';
import { renderReport, terminalLocale, toJson, useColor } from './report';

export type CliIo = {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<Uint8Array>;
  fetch: typeof fetch;
  now(): number;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour); false when omitted. */
  isTTY?: boolean;
};

/** Exit codes: 0 whatever the light, 2 on bad input, 1 on an internal error (a bug). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(io, parsed.error);
  if ('help' in parsed) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  try {
    const verdict = await check(parsed.args, io);
    // Output is written once, at the end: a run that fails prints nothing on stdout.
    io.stdout(parsed.args.json
      ? JSON.stringify(toJson(verdict), null, 2) + '\n'
      : renderReport(verdict, terminalLocale(io.env), useColor(io.env, io.isTTY ?? false)));
    return 0;
  } catch (err) {
    if (err instanceof CliError) return fail(io, err.message);
    io.stderr(`kadun check: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

function fail(io: CliIo, message: string): number {
  io.stderr(`kadun check: ${message}\n`);
  return 2;
}

async function check(args: CliArgs, io: CliIo): Promise<Verdict> {
  // Every input file is read and validated before the page, so bad input fails fast and cheaply.
  const records = args.records === undefined ? undefined : await readRecords(io.readFile, args.records);
  if (args.list !== undefined) {
    await readJsonFile(io.readFile, args.list, '--list');
    io.stderr('note: --list is read but community-list matching is not implemented yet\n');
  }
  let html: string;
  let url = args.pageUrl;
  if (args.target.kind === 'url') {
    if (args.offline) throw new CliError(`--offline: the network is off, so ${args.target.url} cannot be fetched; save the page and pass the file with --url`);
    ({ html, url } = await fetchPage(io.fetch, args.target.url));
  } else {
    html = await readPageFile(io.readFile, args.target.path);
  }

  const now = io.now();
  const { snapshot } = extractFromHtml(html, url);
  const domain = siteKey(url)?.domain ?? '';
  const verdict = analyze({
    snapshot,
    answers: answersFor(domain, records, args.offline, now),
    now,
    onDetectorError: (id, err) => io.stderr(`warning: detector ${id} failed: ${err instanceof Error ? err.message : String(err)}\n`),
  });
  return { ...verdict, sources: { ...verdict.sources, list: listStatus(args, verdict.sources.list) } };
}

function answersFor(domain: string, records: RecordsFile | undefined, offline: boolean, now: number): SourceAnswers | undefined {
  if (records) return { icp: lookup(records.icp, domain, now), rdap: lookup(records.rdap, domain, now) };
  if (offline) return { icp: { status: 'unavailable', reason: 'offline' }, rdap: { status: 'unavailable', reason: 'offline' } };
  // TODO(2026-11-24): live ICP / RDAP providers (lib/providers) come in a later issue; until then, without
  // --records, the data sources are simply not asked and the verdict shows them as off.
  return undefined;
}

/** design.md "CLI contract": a record → found; null → looked up, none exists; absent → unavailable. */
function lookup<T>(table: Record<string, T | null>, domain: string, now: number): LookupResult<T> {
  const key = Object.keys(table).find((k) => normaliseDomain(k) === domain);
  if (key === undefined) return { status: 'unavailable', reason: 'not in --records' };
  const data = table[key];
  return data === null || data === undefined ? { status: 'not-found', fetchedAt: now } : { status: 'found', data, fetchedAt: now };
}

function listStatus(args: CliArgs, current: SourceStatus): SourceStatus {
  // TODO(2026-11-24): the list format and its lookup (lib/risk-list) come in a later issue; no match is ever faked.
  if (args.list !== undefined) return { state: 'unavailable', reason: 'community-list matching is not implemented yet' };
  if (args.offline) return { state: 'unavailable', reason: 'offline' };
  return current;
}
