// The person's settings: zod-validated, versioned, migrated. Stored as one row in Dexie `settings`.
import { z } from 'zod';
import { icpHttpConfigSchema } from './icp-http-config';
import { LIST_GITEE_REPO_URL, LIST_MIRROR_URLS, LIST_REPO_URL } from './list-home';

/** Where reports and appeals become pre-filled issues (configurable; lib/core/list-home.ts names the real one). */
export const DEFAULT_LIST_REPO = LIST_REPO_URL;
/** The same repository's mirror on Gitee, reachable from mainland China: the report page links its issue list. */
export const DEFAULT_LIST_GITEE_REPO = LIST_GITEE_REPO_URL;
/** Where the signed list is published first (the list file; its signature is at the same URL + `.sig`). */
export const DEFAULT_LIST_URL: string = LIST_MIRROR_URLS[0];
/** The mirrors tried in order (the one that last worked goes first: lib/core/list-mirrors.ts). None is trusted. */
export const DEFAULT_LIST_MIRRORS: string[] = [...LIST_MIRROR_URLS];
export const MAX_LIST_MIRRORS = 8;

export const ICP_SOURCE_IDS = ['records', 'http', 'assisted'] as const;

const httpsUrl = z.string().url().max(300).refine((u) => u.startsWith('https://'), 'https only');

export const SETTINGS_VERSION = 2;

export const settingsSchema = z.object({
  /** 2: the single `listUrl` became the ordered `listMirrors` (migrateSettings carries a stored listUrl over). */
  version: z.literal(SETTINGS_VERSION),
  /** Check shop pages automatically, or only when the person opens the popup and asks. */
  autoCheck: z.enum(['shops', 'click']),
  language: z.enum(['auto', 'zh-CN', 'en']),
  listRepoUrl: httpsUrl,
  listMirrors: z.array(httpsUrl).min(1).max(MAX_LIST_MIRRORS).refine((a) => new Set(a).size === a.length, 'each mirror once'),
  /** Data sources that send the registrable domain somewhere: every one is off until the person enables it. */
  sources: z.object({
    rdap: z.boolean(),
    /** The ICP sources in the order they are asked; the first that knows answers. */
    icpOrder: z.array(z.enum(ICP_SOURCE_IDS)).min(1).max(3).refine((a) => new Set(a).size === a.length, 'no repeats'),
    /** The person's own HTTP JSON lookup service (off when null). */
    icpHttp: icpHttpConfigSchema.nullable(),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  autoCheck: 'shops',
  language: 'auto',
  listRepoUrl: DEFAULT_LIST_REPO,
  listMirrors: DEFAULT_LIST_MIRRORS,
  sources: { rdap: false, icpOrder: ['records', 'http', 'assisted'], icpHttp: null },
};

/** Older stored shapes → the current one. Unknown or broken values fall back to defaults field by field. */
export function migrateSettings(stored: unknown): Settings {
  const raw = { ...(typeof stored === 'object' && stored !== null ? stored : {}) } as Record<string, unknown>;
  if (raw.listMirrors === undefined && raw.listUrl !== undefined) raw.listMirrors = mirrorsFromListUrl(raw.listUrl);
  const merged = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    if (key === 'version') continue;
    const candidate = { ...DEFAULT_SETTINGS, [key]: raw[key] };
    if (raw[key] !== undefined && settingsSchema.safeParse(candidate).success) merged[key] = raw[key];
  }
  return settingsSchema.parse(merged);
}

/**
 * Version 1 kept one `listUrl`. The default one becomes the default mirrors; a URL the person chose stays first,
 * with the default mirrors after it as fallbacks (every file is checked against the bundled key whichever answers).
 */
function mirrorsFromListUrl(listUrl: unknown): unknown {
  if (typeof listUrl !== 'string' || !httpsUrl.safeParse(listUrl).success) return undefined;
  if (DEFAULT_LIST_MIRRORS.includes(listUrl)) return DEFAULT_LIST_MIRRORS;
  return [listUrl, ...DEFAULT_LIST_MIRRORS].slice(0, MAX_LIST_MIRRORS);
}
