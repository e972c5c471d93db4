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

export const ICP_SOURCE_IDS = ['records', 'http', 'assisted'] as const;

const httpsUrl = z.string().url().max(300).refine((u) => u.startsWith('https://'), 'https only');

export const settingsSchema = z.object({
  version: z.literal(1),
  /** Check shop pages automatically, or only when the person opens the popup and asks. */
  autoCheck: z.enum(['shops', 'click']),
  language: z.enum(['auto', 'zh-CN', 'en']),
  listRepoUrl: httpsUrl,
  listUrl: httpsUrl,
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
  version: 1,
  autoCheck: 'shops',
  language: 'auto',
  listRepoUrl: DEFAULT_LIST_REPO,
  listUrl: DEFAULT_LIST_URL,
  sources: { rdap: false, icpOrder: ['records', 'http', 'assisted'], icpHttp: null },
};

/** Older stored shapes → the current one. Unknown or broken values fall back to defaults field by field. */
export function migrateSettings(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const merged = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    if (key === 'version') continue;
    const candidate = { ...DEFAULT_SETTINGS, [key]: raw[key] };
    if (raw[key] !== undefined && settingsSchema.safeParse(candidate).success) merged[key] = raw[key];
  }
  return settingsSchema.parse(merged);
}
