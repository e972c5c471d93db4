import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../lib/core/settings';

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
