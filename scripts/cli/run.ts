// `npm run check`: the extension's own pipeline (extract → analyze → verdict) on a saved page or a URL.
// All I/O comes in through `io`, so tests run the whole command in-process.
import type { Verdict } from '../../lib/core/types';
import { extractFromHtml } from '../../lib/extract/from-html';
import { analyzePage, finishVerdict, type SourceAnswers } from '../../lib/pipeline/analyze';
import { lookupAll, type LookupSources } from '../../lib/pipeline/lookups';
import { createIcpRecordsProvider } from '../../lib/providers/icp-records';
import { createRdapProvider, createRdapRecordsProvider, rdapBootstrapSchema } from '../../lib/providers/rdap';
import type { Provider, RdapSummary } from '../../lib/providers/types';
import { compileList, parseListBytes, verifyAndParse, type CompiledList, type RiskList } from '../../lib/risk-list';
import { LIST_PUBLIC_KEY } from '../../lib/risk-list/public-key';
import type { ListPublicKey } from '../../lib/risk-list/signature';
import bundledBootstrap from '../../public/data/rdap-dns.json';
import { decodeSnapshotQrNode } from '../qr-node';
import { parseArgs, USAGE, type CliArgs } from './args';
import { parsePublicKey } from '../list/common';
import { describeMirrors, fetchListFromMirrors } from './list-mirrors';
import { CliError, fetchPage, readBytes, readPageFile, readRecords, type RecordsFile } from './input';
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
  const publicKey = args.listPub === undefined ? LIST_PUBLIC_KEY.spki : await readPublicKeyFile(io, args.listPub);
  const list = args.list !== undefined ? await readList(io, args.list, publicKey) : args.listMirrors.length ? await mirrorList(io, args.listMirrors, publicKey) : undefined;
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
  const onDetectorError = (id: string, err: unknown) => io.stderr(`warning: detector ${id} failed: ${err instanceof Error ? err.message : String(err)}\n`);
  // Inline PNG QR codes and URL-carried payloads, as the extension's background decodes them.
  const stage = analyzePage({ snapshot, qr: decodeSnapshotQrNode(snapshot), now, onDetectorError });
  // Asking about a page from the terminal is a request: the sources are asked even when it is not a shop.
  const answers = await lookupAll(stage, sourcesFor(args, records, list, io), { requested: true });
  return finishVerdict(stage, {
    answers: args.offline ? offlineAnswers(answers) : answers,
    list: list ? { match: list.compiled.match(url), info: list.compiled } : args.offline ? { unavailable: 'offline' } : null,
    now,
    onDetectorError,
  });
}

type LoadedList = { list: RiskList; compiled: CompiledList };

/** `--list FILE`: the same format the extension downloads. Verified against the bundled key when FILE.sig exists. */
async function readList(io: CliIo, path: string, publicKey: ListPublicKey): Promise<LoadedList> {
  const bytes = await readBytes(io.readFile, path, '--list');
  let sig: string | undefined;
  try {
    sig = new TextDecoder().decode(await io.readFile(`${path}.sig`)).trim();
  } catch {
    sig = undefined; // a file the person chose themselves may be unsigned
  }
  const result = sig === undefined ? parseListBytes(bytes) : await verifyAndParse(bytes, sig, publicKey);
  if (!result.ok) throw new CliError(`--list ${path}: ${result.reason}${'detail' in result && result.detail ? ` (${result.detail})` : ''}`);
  return { list: result.list, compiled: compileList(result.list, io.now()) };
}

/** The list from the first mirror whose answer verifies; each mirror's outcome goes to stderr. */
async function mirrorList(io: CliIo, mirrors: string[], publicKey: ListPublicKey): Promise<LoadedList> {
  const got = await fetchListFromMirrors(io, mirrors, publicKey);
  io.stderr(describeMirrors(got));
  if (!got.list) throw new CliError(`no list mirror gave a list that verifies (${got.tried.length} tried)`);
  return { list: got.list, compiled: compileList(got.list, io.now()) };
}

/** `--list-pub FILE`: SPKI base64, a PEM public key, or a JWK (what list:keygen writes). */
async function readPublicKeyFile(io: CliIo, path: string): Promise<ListPublicKey> {
  return parsePublicKey(new TextDecoder().decode(await readBytes(io.readFile, path, '--list-pub')));
}

function sourcesFor(args: CliArgs, records: RecordsFile | undefined, list: LoadedList | undefined, io: CliIo): LookupSources {
  const icpRecords = { ...(list?.list.icpRecords ?? {}), ...(records?.icp ?? {}) };
  // A --records file answers for ICP even when its icp section is empty: an absent domain is then unavailable.
  const local = records || Object.keys(icpRecords).length ? createIcpRecordsProvider({ records: icpRecords, now: io.now, id: records ? 'records-file' : 'risk-list' }) : undefined;
  const rdapLocal = records ? createRdapRecordsProvider({ records: records.rdap, now: io.now, id: 'records-file' }) : undefined;
  // Without --offline and without a local answer, RDAP is asked live (the bundled IANA bootstrap picks the server).
  const rdapLive = args.offline ? undefined : createRdapProvider({ deps: { fetch: io.fetch, now: io.now }, bootstrap: async () => rdapBootstrapSchema.parse(bundledBootstrap) });
  return {
    icp: local ? [local] : [],
    icpByNumber: local ? (number, domain) => local.lookupByLicence(number, { preferDomain: domain }) : undefined,
    rdap: [rdapLocal, rdapLive].filter((p): p is Provider<RdapSummary> => p !== undefined),
  };
}

/** design.md CLI contract: with --offline, everything not in --records is unavailable (never "off"). */
function offlineAnswers(answers: SourceAnswers): SourceAnswers {
  const offline = { status: 'unavailable', reason: 'offline' } as const;
  return { ...answers, icp: answers.icp ?? offline, rdap: answers.rdap ?? offline };
}
