// `check` arguments (design.md "CLI contract"). Pure: argv in, options or a one-line error out.
import { parseArgs as nodeParseArgs } from 'node:util';
import { LIST_MIRROR_URLS } from '../../lib/core/list-home';

export const USAGE =
  'usage: npm run --silent check -- <file.html | URL> [--url PAGE_URL] [--records FILE] [--list FILE | --list-mirrors | --list-mirror URL…] [--list-pub FILE] [--offline] [--json]';

export const DEFAULT_PAGE_URL = 'http://localhost/';

export type CliArgs = {
  /** A file path, or an http(s) URL to fetch. */
  target: { kind: 'file'; path: string } | { kind: 'url'; url: string };
  /** The URL a file is analysed as if served at (validated http(s)); the fetched URL for a URL target. */
  pageUrl: string;
  records?: string;
  list?: string;
  /** Fetch the list from these mirrors, in order (`--list-mirrors`: the default ones); empty: don't. */
  listMirrors: string[];
  /** A public key file the list is checked against instead of the bundled key (a maintainer testing their key). */
  listPub?: string;
  offline: boolean;
  json: boolean;
};

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: true; help: true } | { ok: false; error: string };

const OPTIONS = {
  url: { type: 'string' },
  records: { type: 'string' },
  list: { type: 'string' },
  'list-mirrors': { type: 'boolean' },
  'list-mirror': { type: 'string', multiple: true },
  'list-pub': { type: 'string' },
  offline: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let values: { url?: string; records?: string; list?: string; 'list-mirrors'?: boolean; 'list-mirror'?: string[]; 'list-pub'?: string; offline?: boolean; json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = nodeParseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true }));
  } catch (err) {
    return { ok: false, error: argError(err) };
  }
  if (values.help) return { ok: true, help: true };
  if (positionals.length === 0) return { ok: false, error: `missing the page to check (a file or an http(s) URL); ${USAGE}` };
  if (positionals.length > 1) return { ok: false, error: `expected one file or URL, got ${positionals.length}: ${positionals.join(' ')}` };
  for (const name of ['url', 'records', 'list', 'list-pub'] as const) {
    if (values[name] === '') return { ok: false, error: `--${name} needs a value` };
  }
  const mirrors = values['list-mirror'] ?? (values['list-mirrors'] ? [...LIST_MIRROR_URLS] : []);
  if (mirrors.length && values.list !== undefined) return { ok: false, error: '--list FILE and list mirrors exclude each other: one list per run' };
  if (mirrors.length && values.offline) return { ok: false, error: '--offline: the network is off, so the list cannot be fetched from its mirrors' };
  const badMirror = mirrors.find((m) => !isHttpUrl(m));
  if (badMirror !== undefined) return { ok: false, error: `invalid --list-mirror (need an absolute http or https URL): ${badMirror}` };
  const arg = positionals[0]!;
  const isUrl = /^https?:\/\//i.test(arg);
  if (isUrl) {
    if (!isHttpUrl(arg)) return { ok: false, error: `not a valid http(s) URL: ${arg}` };
    // A fetched page is analysed at its own (final) address; a second address would only contradict it.
    if (values.url !== undefined) return { ok: false, error: '--url applies to a saved file only; a URL argument is analysed at its own address' };
  } else if (values.url !== undefined && !isHttpUrl(values.url)) {
    return { ok: false, error: `invalid --url (need an absolute http or https URL): ${values.url}` };
  }
  return {
    ok: true,
    args: {
      target: isUrl ? { kind: 'url', url: arg } : { kind: 'file', path: arg },
      pageUrl: isUrl ? arg : (values.url ?? DEFAULT_PAGE_URL),
      records: values.records,
      list: values.list,
      listMirrors: mirrors,
      listPub: values['list-pub'],
      offline: values.offline ?? false,
      json: values.json ?? false,
    },
  };
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** node:util's messages are long and mention internals; keep the gist on one line. */
function argError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}; ${USAGE}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing|ambiguous/.test(message)) return `${option ?? 'an option'} needs a value`;
    if (/does not take an argument/.test(message)) return `${option ?? 'a flag'} does not take a value`;
  }
  return message.split('\n')[0]!;
}
