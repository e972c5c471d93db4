// Rows are read back through zod: whatever an older version (or a bug) left in IndexedDB is skipped, not passed on.
import { describe, expect, it } from 'vitest';
import { buildVerdict } from '../../lib/core/verdict';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { openAppDb } from '../../lib/db/app-db';
import { overrideFor } from '../../lib/db/history';
import { listHistory, listOverrides, listReports } from '../../lib/db/reports';
import { bannerDismissedUntil, dismissBanner, loadSettings, saveSettings } from '../../lib/db/settings-store';

let n = 0;
const fresh = () => openAppDb(`kadun-rows-${Date.now()}-${n++}`);
const off = { state: 'off' as const };
const verdict = buildVerdict({
  url: 'https://shop.example/', domain: 'shop.example', isShop: true, signals: [], override: null, checkedAt: 5, truncated: false,
  sources: { page: { state: 'ok' }, icp: off, rdap: off, list: off },
});
const report = { kind: 'report', domain: 'shop.example', url: 'https://shop.example/', category: 'other', text: '收款码是个人的', evidence: [], createdAt: 5, status: 'kept' };

describe('rows read through their schemas', () => {
  it('history: a row with a broken verdict is skipped', async () => {
    const db = fresh();
    await db.history.add({ domain: 'shop.example', url: verdict.url, light: 'amber', checkedAt: 5, verdict });
    await db.history.add({ domain: 'shop.example', url: verdict.url, light: 'amber', checkedAt: 6, verdict: { ...verdict, signals: 'none' } as never });
    expect((await listHistory(db, 10)).map((h) => h.checkedAt)).toEqual([5]);
  });

  it('reports: an old row without includeUrl reads as domain-only, a malformed one is skipped', async () => {
    const db = fresh();
    await db.reports.add({ ...report } as never);
    await db.reports.add({ ...report, category: 'made-up', createdAt: 6 } as never);
    const got = await listReports(db);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ includeUrl: false, text: '收款码是个人的' });
  });

  it('overrides: an unknown kind is no override', async () => {
    const db = fresh();
    await db.overrides.put({ domain: 'shop.example', kind: 'maybe' as never, setAt: 1 });
    await db.overrides.put({ domain: 'ok.example', kind: 'blocked', setAt: 1 });
    expect(await overrideFor(db, 'shop.example')).toBeNull();
    expect((await listOverrides(db)).map((o) => o.domain)).toEqual(['ok.example']);
  });

  it('settings and banner dismissals', async () => {
    const db = fresh();
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { ...DEFAULT_SETTINGS, autoCheck: 'click' });
    expect((await loadSettings(db)).autoCheck).toBe('click');
    await expect(saveSettings(db, { ...DEFAULT_SETTINGS, autoCheck: 'never' as never })).rejects.toThrow();
    await db.settings.put({ key: 'banner-dismissed:shop.example', value: 'forever' });
    expect(await bannerDismissedUntil(db, 'shop.example')).toBeNull();
    await dismissBanner(db, 'shop.example', 99);
    expect(await bannerDismissedUntil(db, 'shop.example')).toBe(99);
  });

  it('banner dismissals are per page, and run-out ones are deleted when another is written', async () => {
    const db = fresh();
    await dismissBanner(db, 'https://shop.example/goods/1', 500, 100);
    await dismissBanner(db, 'https://shop.example/goods/2', 900, 100);
    expect(await bannerDismissedUntil(db, 'https://shop.example/goods/1')).toBe(500);
    expect(await bannerDismissedUntil(db, 'https://shop.example/pay')).toBeNull();
    await dismissBanner(db, 'https://shop.example/goods/3', 1600, 600);
    expect(await bannerDismissedUntil(db, 'https://shop.example/goods/1')).toBeNull();
    expect(await bannerDismissedUntil(db, 'https://shop.example/goods/2')).toBe(900);
    expect(await db.settings.count()).toBe(2);
  });
});
