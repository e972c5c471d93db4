// Message lookup for the popup, the pages and the CLI. zh-CN is the default; English when the browser (or the
// terminal) is not Chinese. Texts live in TypeScript rather than _locales so the language can follow a setting.
// The texts themselves are registered per language: `import './all'` (lib/i18n/all.ts) registers both at once;
// `await loadLocale(locale)` loads just one (the popup, which must paint before it parses anything it does not show).
import { SNAPSHOT_LIMITS } from '../core/limits';
import { isSignalId } from '../core/signal-ids';
import type { Signal, Verdict } from '../core/types';
import { ageUnit } from './age';
import type { LocaleTexts } from './locale-texts';
import type { SignalText } from './signals/types';
import type { UiKey } from './ui.zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { UiKey };

const loaded: Partial<Record<Locale, LocaleTexts>> = {};
/** Languages registered with the popup's first-screen texts only (./first-screen-texts.ts), not yet the whole table. */
const partial = new Set<Locale>();

/** Makes a language's texts available to t() and the other lookups (lib/i18n/all.ts, loadLocale). */
export function registerLocale(locale: Locale, texts: LocaleTexts): void {
  loaded[locale] = texts;
  partial.delete(locale);
}

/** The popup's first screen: a few texts until the whole table is loaded (loadLocale still loads it). */
export function registerFirstScreen(locale: Locale, texts: LocaleTexts): void {
  if (loaded[locale]) return;
  loaded[locale] = texts;
  partial.add(locale);
}

/** Loads one language's texts (its own chunk in the extension build) unless they are already registered. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded[locale] && !partial.has(locale)) return;
  const mod = locale === 'en' ? await import('./locale-en') : await import('./locale-zh-CN');
  registerLocale(locale, mod.texts);
}

/**
 * The texts for a language. A language that was not loaded falls back to one that was (zh-CN first): a page that
 * forgot to load shows words, not keys. Nothing loaded at all is a programming error and says how to fix it.
 */
function texts(locale: Locale): LocaleTexts {
  const found = loaded[locale] ?? loaded['zh-CN'] ?? loaded.en;
  if (!found) throw new Error(`lib/i18n: no texts registered for ${locale} (import lib/i18n/all, or await loadLocale first)`);
  return found;
}

/** zh-CN unless the tag (a BCP 47 tag like `en-US`, or a POSIX locale like `en_US.UTF-8`) names another language. */
export function pickLocale(tag: string | undefined | null): Locale {
  if (!tag) return 'zh-CN';
  return /^zh(?:[-_.@]|$)/i.test(tag) ? 'zh-CN' : 'en';
}

/** A source status reason — a `source.*` key, a provider reason id (`timeout`, `not-in-records`…) — as text. */
export function reasonText(locale: Locale, reason: string): string {
  const table = texts(locale).ui;
  if (reason in table) return table[reason as UiKey];
  const key = `reason.${reason}`;
  return key in table ? table[key as UiKey] : reason;
}

/** How old a source's data was when the verdict was made: 刚刚 / 5 分钟前 / 3 小时前 / 2 天前 (the rule: ./age.ts). */
export function ageText(locale: Locale, ms: number): string {
  const { unit, n } = ageUnit(ms);
  if (unit === 'now') return t(locale, 'age.now');
  return t(locale, unit === 'minute' ? 'age.minutes' : unit === 'hour' ? 'age.hours' : 'age.days', { n });
}

/** The light as a shape, so text output never depends on colour alone (the icons use the same shapes). */
export const LIGHT_SHAPE = { red: '⬣', amber: '▲', green: '●', grey: '■' } as const;

type Params = Record<string, string | number>;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(locale: Locale, key: UiKey, params?: Params): string {
  return fill(texts(locale).ui[key], params);
}

/** A signal's text; an id this version does not know (a report or history row from another version) shows as itself. */
export function signalText(locale: Locale, signal: { id: string; params: Signal['params'] }): SignalText {
  const table = texts(locale).signals;
  if (!isSignalId(signal.id)) return { title: signal.id, explain: '' };
  const text = table[signal.id];
  // List categories and allow kinds are ids in the params; show their names.
  const params = signal.id.startsWith('list-') ? withListLabels(texts(locale).listLabels, signal.params)
    : signal.id === 'source-unavailable' ? sourceLabels(locale, signal.params) : signal.params;
  return {
    title: fill(text.title, params),
    explain: fill(text.explain, params),
    action: text.action === undefined ? undefined : fill(text.action, params),
  };
}

/** List params with the `category` / `kind` ids replaced by their names (lib/i18n/signals/list.ts), for fill(). */
function withListLabels(labels: LocaleTexts['listLabels'], params: Params): Params {
  const out = { ...params };
  if (typeof params.category === 'string' && Object.hasOwn(labels.category, params.category)) out.category = labels.category[params.category]!;
  if (typeof params.kind === 'string' && Object.hasOwn(labels.kind, params.kind)) out.kind = labels.kind[params.kind]!;
  return out;
}

/** `source-unavailable` params as words: the source's name (备案, 域名注册) and the reason, never the ids `icp` / `timeout`. */
function sourceLabels(locale: Locale, params: Params): Params {
  const source = params.source === 'icp' || params.source === 'rdap' || params.source === 'list' ? t(locale, `source.${params.source}`) : params.source;
  return { ...params, source: source ?? '', reason: typeof params.reason === 'string' ? reasonText(locale, params.reason) : params.reason ?? '' };
}

/**
 * The light's label — except when the person's own trust decided it: then "你选择了信任", never the green light's
 * "已核实" (green means verified positive evidence; a click is not evidence). Works on history rows too (by headline).
 */
export function lightLabel(locale: Locale, verdict: { light: Verdict['light']; headline: Verdict['headline'] }): string {
  return verdict.headline.key.startsWith('headline.user-trusted') ? t(locale, 'popup.light.trusted') : t(locale, `light.${verdict.light}`);
}

const PROVIDER_KEYS: Record<string, UiKey> = {
  'risk-list': 'source.provider.risk-list', 'icp-http': 'source.provider.icp-http',
  'icp-assisted': 'source.provider.icp-assisted', rdap: 'source.provider.rdap',
};

/**
 * A data source's name in plain words ("域名注册信息查询", not "rdap"): the Chinese UI shows no internal ids. Anything
 * else (the community list's version, "v3") shows as itself.
 */
export function providerName(locale: Locale, id: string): string {
  const key = Object.hasOwn(PROVIDER_KEYS, id) ? PROVIDER_KEYS[id] : undefined;
  return key ? t(locale, key) : id;
}

/** Where a reason came from, the card's last line: the page, the person's own setting, or a data source and when. */
export function signalSourceText(locale: Locale, s: Pick<Signal, 'source'>): string {
  if (s.source.kind === 'page') return t(locale, 'source.from-page');
  if (s.source.kind === 'user') return t(locale, 'source.from-user');
  return t(locale, 'source.from-provider', { provider: providerName(locale, s.source.provider), time: new Date(s.source.fetchedAt).toLocaleString(locale) });
}

/** A signal's plain one-line headline (no payload, no placeholders); an unknown id shows as itself. */
export function signalHeadline(locale: Locale, id: string): string {
  return isSignalId(id) ? texts(locale).headlines[id] : id;
}

/**
 * The verdict's headline: the deciding signal's plain headline, alone — the light's label ("高风险") is shown beside
 * it, never chained in front, and how many more share the severity is told apart (`headlineMore`).
 */
export function headlineText(locale: Locale, verdict: { headline: Verdict['headline']; signals: readonly Pick<Signal, 'id' | 'params'>[] }): string {
  const { key, params } = verdict.headline;
  const top = verdict.signals.find((s) => s.id === params.signal);
  const reason = top ? signalHeadline(locale, top.id) : '';
  const count = (typeof params.more === 'number' ? params.more : 0) + 1;
  return t(locale, key as UiKey, { reason, count });
}

/** "另有 N 项同类问题" under the headline, or '' when the deciding signal is alone. */
export function headlineMore(locale: Locale, verdict: { headline: Verdict['headline'] }): string {
  const more = verdict.headline.params.more;
  return typeof more === 'number' && more > 0 && verdict.headline.key !== 'headline.user-trusted-danger' ? t(locale, 'popup.more-same', { more }) : '';
}

const SKIPPED = ['blocks', 'chars', 'elements', 'steps', 'links', 'images', 'forms', 'scripts', 'head', 'styles'] as const;
const SKIPPED_N: Partial<Record<(typeof SKIPPED)[number], number>> = {
  blocks: SNAPSHOT_LIMITS.blocks, chars: SNAPSHOT_LIMITS.totalChars, elements: SNAPSHOT_LIMITS.elementsVisited,
  links: SNAPSHOT_LIMITS.links, images: SNAPSHOT_LIMITS.images, forms: SNAPSHOT_LIMITS.forms,
};

/** What a cap skipped (the verdict's `skipped`: 'blocks', 'parse:input-chars'…) in plain words, one line each. */
export function skippedText(locale: Locale, skipped: readonly string[]): string[] {
  const lines = skipped.map((what) => {
    if (what.startsWith('parse:')) return t(locale, 'popup.skipped.parse');
    const known = SKIPPED.find((k) => k === what);
    return known ? t(locale, `popup.skipped.${known}`, { n: SKIPPED_N[known] ?? '' }) : t(locale, 'popup.skipped.other');
  });
  return [...new Set(lines)];
}

const LIST_ERROR_CODES = ['network', 'timeout', 'http', 'too-large', 'redirect-loop', 'bad-signature', 'malformed', 'rollback', 'import', 'internal', 'backoff', 'mirrors'] as const;

/**
 * A community-list update failure ("<code>: <detail>", as the updater stores it) as a sentence for the person, and
 * the raw text as the technical detail. A reason without a known code reads as an internal error.
 */
export function listErrorText(locale: Locale, reason: string): { text: string; detail: string } {
  const code = /^([a-z-]+):/.exec(reason)?.[1] ?? '';
  const known = (LIST_ERROR_CODES as readonly string[]).includes(code) ? code : 'internal';
  return { text: t(locale, `list-error.${known}` as UiKey), detail: reason };
}

/** One mirror's failure in the last check ("<code>: <detail>") as a short phrase; the raw text is the detail. */
export function mirrorFailureText(locale: Locale, reason: string): { text: string; detail: string } {
  const code = /^([a-z-]+):/.exec(reason)?.[1] ?? '';
  const known = (LIST_ERROR_CODES as readonly string[]).includes(code) && code !== 'backoff' && code !== 'mirrors' ? code : 'internal';
  return { text: t(locale, `list-mirror.fail.${known}` as UiKey), detail: reason };
}
