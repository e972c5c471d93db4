// Everything the CLI reads: the page (a file or a fetched URL), the --records file and the --list file.
// Every failure is a CliError: bad input, exit 2, one line on stderr.
import { z } from 'zod';
import { recordsFileSchema } from '../../lib/core/schemas';
import { boundedFetch, type BoundedFailure } from '../../lib/net/bounded-fetch';

export class CliError extends Error {}

/** The same cap for a saved page and a fetched one: happy-dom is not the place to learn a file was 200 MB. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;

export type RecordsFile = z.infer<typeof recordsFileSchema>;

export async function readBytes(readFile: (path: string) => Promise<Uint8Array>, path: string, what: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new CliError(`cannot read ${what} ${path}: ${code ?? (err instanceof Error ? err.message : String(err))}`);
  }
}

export async function readPageFile(readFile: (path: string) => Promise<Uint8Array>, path: string): Promise<string> {
  const bytes = await readBytes(readFile, path, 'page file');
  if (bytes.byteLength > MAX_PAGE_BYTES) throw new CliError(`page file ${path} is larger than 5 MB`);
  return decodeHtml(bytes, null);
}

/** Fetches an http(s) page over the one bounded fetch: 10 s for the whole exchange, 5 MB, 5 redirects, HTML-ish only. */
export async function fetchPage(fetchImpl: typeof fetch, url: string): Promise<{ html: string; url: string }> {
  const r = await boundedFetch({ fetch: fetchImpl, now: Date.now }, url, {
    timeoutMs: FETCH_TIMEOUT_MS,
    maxBytes: MAX_PAGE_BYTES,
    maxRedirects: 5,
    allowPlainHttp: true,
    headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
  });
  if (!r.ok) throw new CliError(`fetch failed: ${url}: ${failureText(r)}`);
  if (r.status < 200 || r.status >= 300) throw new CliError(`fetch failed: ${url} answered HTTP ${r.status}`);
  const type = r.headers.get('content-type');
  if (type && !/html|xml|text\/plain/i.test(type)) throw new CliError(`fetch failed: ${url} is not an HTML page (${type})`);
  // Redirects are followed: the page is judged at the address that actually served it.
  return { html: decodeHtml(r.bytes, type), url: r.url };
}

function failureText(r: BoundedFailure): string {
  switch (r.reason) {
    case 'timeout': return `did not answer within ${FETCH_TIMEOUT_MS / 1000} s`;
    case 'too-large': return 'is larger than 5 MB';
    case 'redirect-loop': return 'redirected more than 5 times';
    case 'insecure-redirect': return 'redirected to a scheme other than http(s)';
    default: return r.detail ?? r.reason;
  }
}

/**
 * Bytes → text the way a browser would pick the encoding, in short: BOM, then the HTTP charset, then a
 * <meta charset> in the first 1024 bytes, else UTF-8 (many card shops are still GBK; Node's full ICU decodes it).
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8'
    : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const label = bom
    ?? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
    ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
    ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export async function readJsonFile(readFile: (path: string) => Promise<Uint8Array>, path: string, flag: string): Promise<unknown> {
  const text = new TextDecoder('utf-8').decode(await readBytes(readFile, path, `${flag} file`));
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CliError(`${flag} ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export async function readRecords(readFile: (path: string) => Promise<Uint8Array>, path: string): Promise<RecordsFile> {
  const parsed = recordsFileSchema.safeParse(await readJsonFile(readFile, path, '--records'));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  throw new CliError(`--records ${path}: field ${field}: ${issue.message}`);
}
