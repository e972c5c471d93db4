// The person's settings: zod-validated, versioned, migrated. Stored as one row in Dexie `settings`.
import { z } from 'zod';

/** Where reports and appeals become pre-filled issues (configurable; the maintainers publish the real one). */
export const DEFAULT_LIST_REPO = 'https://github.com/kadun-risk-list/kadun-risk-list';

export const settingsSchema = z.object({
  version: z.literal(1),
  /** Check shop pages automatically, or only when the person opens the popup and asks. */
  autoCheck: z.enum(['shops', 'click']),
  language: z.enum(['auto', 'zh-CN', 'en']),
  listRepoUrl: z.string().url().max(300).refine((u) => u.startsWith('https://'), 'https only'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: 1, autoCheck: 'shops', language: 'auto', listRepoUrl: DEFAULT_LIST_REPO };

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
