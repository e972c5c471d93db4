// The `settings` table's keys: the person's settings, the banner's dismissals, and single values other modules
// keep there (the RDAP bootstrap copy, the assisted check's pending query). Every read goes through a schema.
import { z } from 'zod';
import { migrateSettings, settingsSchema, type Settings } from '../core/settings';
import type { AppDb } from './app-db';

export const SETTING_KEYS = {
  settings: 'settings',
  /** Per page (lib/core/banner.ts bannerPageKey); rows written before issue 11 hold a domain and simply expire. */
  bannerDismissed: (page: string) => `banner-dismissed:${page}`,
} as const;

/** The value under `key` when it matches `schema`, else null (a missing or malformed row). */
export async function readSetting<S extends z.ZodType>(db: AppDb, key: string, schema: S): Promise<z.output<S> | null> {
  const parsed = schema.safeParse((await db.settings.get(key))?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeSetting(db: AppDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function deleteSetting(db: AppDb, key: string): Promise<void> {
  await db.settings.delete(key);
}

/** One key as a get/set store; `get` returns the raw value for the caller's own schema (e.g. the RDAP bootstrap). */
export function settingStore<V>(db: AppDb, key: string): { get(): Promise<unknown>; set(value: V): Promise<void> } {
  return { get: async () => (await db.settings.get(key))?.value, set: (value) => writeSetting(db, key, value) };
}

/** The person's settings: migrateSettings is their schema (it fills defaults and drops what no longer parses). */
export async function loadSettings(db: AppDb): Promise<Settings> {
  return migrateSettings((await db.settings.get(SETTING_KEYS.settings))?.value);
}

export async function saveSettings(db: AppDb, settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await writeSetting(db, SETTING_KEYS.settings, valid);
  return valid;
}

/** Until when the banner is dismissed on `page` (null: not dismissed or unreadable). */
export async function bannerDismissedUntil(db: AppDb, page: string): Promise<number | null> {
  return readSetting(db, SETTING_KEYS.bannerDismissed(page), z.number().finite());
}

/** Remembers a dismissal on `page`; dismissals that ran out by `now` are deleted, so the rows stay few (one a page a day). */
export async function dismissBanner(db: AppDb, page: string, until: number, now = until): Promise<void> {
  const prefix = SETTING_KEYS.bannerDismissed('');
  await db.transaction('rw', db.settings, async () => {
    const expired = await db.settings.where('key').startsWith(prefix)
      .filter((row) => !(typeof row.value === 'number' && row.value > now)).primaryKeys();
    await db.settings.bulkDelete(expired);
    await writeSetting(db, SETTING_KEYS.bannerDismissed(page), until);
  });
}
