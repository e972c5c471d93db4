import { describe, expect, it } from 'vitest';
import { mirrorName } from '../../lib/core/list-mirrors';
import { DEFAULT_LIST_MIRRORS, DEFAULT_LIST_URL, DEFAULT_SETTINGS, migrateSettings, settingsSchema } from '../../lib/core/settings';

describe('settings', () => {
  it('fills defaults for nothing stored', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid fields and drops broken ones one by one', () => {
    const s = migrateSettings({ autoCheck: 'click', language: 'klingon', listRepoUrl: 'http://insecure.example/' });
    expect(s.autoCheck).toBe('click');
    expect(s.language).toBe('auto');
    expect(s.listRepoUrl).toBe(DEFAULT_SETTINGS.listRepoUrl);
  });
});

describe('settings version 1 → 2: one list URL becomes the ordered mirrors', () => {
  const v1 = { version: 1, autoCheck: 'click', language: 'zh-CN', listRepoUrl: DEFAULT_SETTINGS.listRepoUrl };
  it('the default URL becomes the default mirrors (GitHub, jsDelivr, Gitee)', () => {
    const s = migrateSettings({ ...v1, listUrl: DEFAULT_LIST_URL });
    expect(s).toMatchObject({ version: 2, autoCheck: 'click', language: 'zh-CN', listMirrors: DEFAULT_LIST_MIRRORS });
    expect(s.listMirrors.map(mirrorName)).toEqual(['GitHub', 'jsDelivr', 'Gitee']);
    expect(s).not.toHaveProperty('listUrl');
  });
  it('a URL the person chose stays first, with the default mirrors after it', () => {
    expect(migrateSettings({ ...v1, listUrl: 'https://mirror.example/risk-list.json' }).listMirrors)
      .toEqual(['https://mirror.example/risk-list.json', ...DEFAULT_LIST_MIRRORS]);
  });
  it('a broken old URL gives the defaults; stored mirrors win over an old URL', () => {
    expect(migrateSettings({ ...v1, listUrl: 'http://insecure.example/l.json' }).listMirrors).toEqual(DEFAULT_LIST_MIRRORS);
    expect(migrateSettings({ ...v1, listUrl: DEFAULT_LIST_URL, listMirrors: ['https://a.example/l.json'] }).listMirrors).toEqual(['https://a.example/l.json']);
  });
  it('refuses repeated, plain-http or no mirrors', () => {
    for (const listMirrors of [['https://a.example/l.json', 'https://a.example/l.json'], ['http://a.example/l.json'], []]) {
      expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, listMirrors }).success).toBe(false);
    }
  });
});
