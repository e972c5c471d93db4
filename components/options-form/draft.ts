// The options page's pure side: the form's draft ↔ Settings (with the two JSON textareas), the first validation
// issue written in the page's language, and the host-permission origins a data source needs. No `browser` here:
// entrypoints/options/app.tsx does the asking.
import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { ICP_SOURCE_IDS, SETTINGS_VERSION, settingsSchema, type Settings } from '../../lib/core/settings';
import { t, type Locale } from '../../lib/i18n';
import type { UiKey } from '../../lib/i18n/ui.zh-CN';
import { icpHttpConfigSchema, type IcpHttpConfig } from '../../lib/core/icp-http-config';
import { IANA_RDAP_DNS_URL, rdapBootstrapSchema } from '../../lib/providers/rdap-bootstrap';

export type IcpSourceId = (typeof ICP_SOURCE_IDS)[number];

/** What the form edits: Settings, with the HTTP source as text (so a half-typed JSON is not lost) and a switch. */
export type OptionsDraft = {
  autoCheck: Settings['autoCheck'];
  language: Settings['language'];
  /** The list mirrors, one URL a line, tried in this order (the one that answered last time goes first). */
  listMirrors: string;
  listRepoUrl: string;
  rdap: boolean;
  icpOrder: IcpSourceId[];
  httpOn: boolean;
  endpoint: string;
  headersText: string;
  mappingText: string;
};

/** For a service that relays MIIT's reply shape (lib/providers/icp-http.ts, the config example). */
export const MIIT_MAPPING_EXAMPLE: IcpHttpConfig['mapping'] = {
  list: 'params.list',
  found: { path: 'success', equals: true },
  fields: {
    unitName: 'unitName', natureName: 'natureName', mainLicence: 'mainLicence', serviceLicence: 'serviceLicence',
    domain: 'domain', updateRecordTime: 'updateRecordTime', limitAccess: 'limitAccess',
  },
};

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

export function draftFromSettings(s: Settings): OptionsDraft {
  const http = s.sources.icpHttp;
  return {
    autoCheck: s.autoCheck,
    language: s.language,
    listMirrors: s.listMirrors.join('\n'),
    listRepoUrl: s.listRepoUrl,
    rdap: s.sources.rdap,
    icpOrder: [...s.sources.icpOrder],
    httpOn: http !== null,
    endpoint: http?.endpoint ?? '',
    headersText: http?.headers ? pretty(http.headers) : '',
    mappingText: pretty(http?.mapping ?? MIIT_MAPPING_EXAMPLE),
  };
}

/** The language the page shows for a language setting ('auto' = the browser's, already picked by the caller). */
export const localeFor = (language: Settings['language'], browserLocale: Locale): Locale => (language === 'auto' ? browserLocale : language);

export type OptionsField = 'endpoint' | 'headers' | 'mapping' | 'listMirrors' | 'listRepoUrl' | 'icpOrder' | 'form';
export type FieldIssue = { field: OptionsField; text: string };
export type DraftResult = { ok: true; settings: Settings } | { ok: false; issue: FieldIssue };

/** A JSON textarea: blank is "nothing" (undefined), anything else must parse. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

// The schemas' own messages (icp-http.ts, settings.ts) → text in both languages. Anything else is zod's built-in
// message, which zod's zh-CN locale already translates.
const CUSTOM_MESSAGES: Record<string, UiKey> = {
  'must contain {domain} exactly once': 'options.issue.placeholder-once',
  'no placeholder other than {domain}': 'options.issue.placeholder-other',
  'not a URL': 'options.issue.not-url',
  'https only (http only to this machine)': 'options.issue.https-loopback',
  'credentials belong in headers, not in the URL': 'options.issue.credentials',
  '{domain} must be in the path or query, not the host': 'options.issue.placeholder-host',
  'no fragment': 'options.issue.fragment',
  'header name': 'options.issue.header-name',
  'a dot path such as params.list': 'options.issue.dot-path',
  'path segment not allowed': 'options.issue.path-segment',
  'https only': 'options.issue.https-only',
  'no repeats': 'options.issue.no-repeats',
  'each mirror once': 'options.issue.mirror-repeats',
};

type Issue = z.core.$ZodIssue;
let zhErrors: z.core.$ZodErrorMap | undefined;
const parseOptions = (locale: Locale) => (locale === 'zh-CN' ? { error: (zhErrors ??= zhCN().localeError) } : {});

function issueMessage(locale: Locale, issue: Issue): string {
  const inner = issue.code === 'invalid_key' || issue.code === 'invalid_element' ? issue.issues[0]?.message : undefined;
  const key = CUSTOM_MESSAGES[issue.message] ?? (inner === undefined ? undefined : CUSTOM_MESSAGES[inner]);
  return key ? t(locale, key) : issue.message;
}

function issueText(locale: Locale, issue: Issue, path: readonly PropertyKey[]): string {
  const message = issueMessage(locale, issue);
  return path.length === 0 ? message : t(locale, 'options.issue.at', { path: path.map(String).join('.'), message });
}

const HTTP_FIELDS: Record<string, OptionsField> = { endpoint: 'endpoint', headers: 'headers', mapping: 'mapping' };

/** The draft → Settings, or the first problem, in `locale`, with the field it belongs next to. */
export function settingsFromDraft(draft: OptionsDraft, locale: Locale): DraftResult {
  let icpHttp: IcpHttpConfig | null = null;
  if (draft.httpOn) {
    const headers = parseJsonText(draft.headersText);
    if (!headers.ok) return { ok: false, issue: { field: 'headers', text: t(locale, 'options.issue.json') } };
    const mapping = parseJsonText(draft.mappingText);
    if (!mapping.ok) return { ok: false, issue: { field: 'mapping', text: t(locale, 'options.issue.json') } };
    const parsed = icpHttpConfigSchema.safeParse({ endpoint: draft.endpoint.trim(), headers: headers.value, mapping: mapping.value }, parseOptions(locale));
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      return { ok: false, issue: { field: HTTP_FIELDS[String(first.path[0])] ?? 'form', text: issueText(locale, first, first.path) } };
    }
    icpHttp = parsed.data;
  }
  const candidate = {
    version: SETTINGS_VERSION,
    autoCheck: draft.autoCheck,
    language: draft.language,
    listMirrors: draft.listMirrors.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    listRepoUrl: draft.listRepoUrl.trim(),
    sources: { rdap: draft.rdap, icpOrder: draft.icpOrder, icpHttp },
  };
  const parsed = settingsSchema.safeParse(candidate, parseOptions(locale));
  if (parsed.success) return { ok: true, settings: parsed.data };
  const first = parsed.error.issues[0]!;
  const [top, second, third] = first.path.map(String);
  const field: OptionsField = top === 'listMirrors' || top === 'listRepoUrl' ? top
    : top === 'sources' && second === 'icpOrder' ? 'icpOrder'
    : top === 'sources' && second === 'icpHttp' ? HTTP_FIELDS[third ?? ''] ?? 'form'
    : 'form';
  return { ok: false, issue: { field, text: issueText(locale, first, first.path) } };
}

/** A host-permission match pattern for a URL's host (any port: match patterns carry none), or null. */
export function originPattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
}

/** The pattern for an HTTP source's endpoint template (its host never contains {domain}: the schema checks). */
export const endpointPattern = (endpoint: string) => originPattern(endpoint.trim().replace('{domain}', 'example.invalid'));

/**
 * What RDAP needs: every https server in the bootstrap, plus IANA's, where the background refreshes the bootstrap.
 * (http-only servers are left out: KaDun asks for https only, so those few TLDs stay unavailable.)
 * Null when the file is not a bootstrap.
 */
export function rdapOrigins(bootstrap: unknown): string[] | null {
  const parsed = rdapBootstrapSchema.safeParse(bootstrap);
  if (!parsed.success) return null;
  const set = new Set<string>([originPattern(IANA_RDAP_DNS_URL)!]);
  for (const [, urls] of parsed.data.services) {
    for (const url of urls) {
      const pattern = /^https:\/\//i.test(url) ? originPattern(url) : null;
      if (pattern) set.add(pattern);
    }
  }
  return [...set].sort();
}

/** The list with item `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const out = [...list];
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return out;
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/** "3 天前" / "3 days ago": the one age rule (lib/i18n/age.ts). */
export { relativeAge } from '../../lib/i18n/age';
