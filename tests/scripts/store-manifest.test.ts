// The store-package rules (scripts/store/manifest-rules.ts) read the README's permission table and fire on every
// way a manifest can break them; the built packages themselves are checked in tests/e2e/store-manifests.e2e.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestProblems, statedPermissions, type Manifest } from '../../scripts/store/manifest-rules';

const stated = statedPermissions(readFileSync('README.md', 'utf8'));
const ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];
const HOSTS = ['https://raw.githubusercontent.com/*', 'https://cdn.jsdelivr.net/*', 'https://gitee.com/*'];
const SCRIPTS = [{ matches: ['http://*/*', 'https://*/*'] }, { matches: ['https://beian.miit.gov.cn/*'] }];

const chromium = (): Manifest => ({
  manifest_version: 3, permissions: ['storage', 'alarms', 'contextMenus'], host_permissions: [...HOSTS], optional_host_permissions: [...ORIGINS],
  content_scripts: SCRIPTS, minimum_chrome_version: '111',
});
const firefox = (): Manifest => ({
  manifest_version: 2, permissions: ['storage', 'alarms', 'contextMenus', ...HOSTS], optional_permissions: [...ORIGINS], content_scripts: SCRIPTS,
  browser_specific_settings: {
    gecko: { id: 'kadun@kadun.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    gecko_android: { strict_min_version: '142.0' },
  },
});

describe('README permission table', () => {
  it('names the API permissions, the optional origins and the content-script pages', () => {
    expect(stated.permissions).toEqual(['alarms', 'contextMenus', 'storage']);
    expect(stated.optionalOrigins).toEqual([...ORIGINS].sort());
    expect(stated.hostOrigins).toEqual([...HOSTS].sort());
    expect(stated.contentScriptMatches).toEqual(['http://*/*', 'https://*/*', 'https://beian.miit.gov.cn/*']);
  });

  it('a README without the section is an error, not an empty promise', () => {
    expect(() => statedPermissions('# KaDun\n')).toThrow(/Permissions and why/);
  });
});

describe('manifestProblems', () => {
  it('passes manifests that keep every rule', () => {
    expect(manifestProblems(chromium(), 'chromium', stated)).toEqual([]);
    expect(manifestProblems(firefox(), 'firefox', stated)).toEqual([]);
  });

  it('an extra or missing permission, a granted host or a page override fails', () => {
    expect(manifestProblems({ ...chromium(), permissions: ['storage', 'alarms', 'contextMenus', 'tabs'] }, 'chromium', stated).join()).toMatch(/permissions .*tabs/);
    expect(manifestProblems({ ...chromium(), permissions: ['storage', 'alarms'] }, 'chromium', stated).join()).toMatch(/permissions/);
    expect(manifestProblems({ ...chromium(), host_permissions: [...HOSTS, 'https://*/*'] }, 'chromium', stated).join()).toMatch(/host permissions .*https:\/\/\*\/\*/);
    expect(manifestProblems({ ...chromium(), host_permissions: undefined }, 'chromium', stated).join()).toMatch(/host permissions \[\]/);
    expect(manifestProblems({ ...firefox(), permissions: [...firefox().permissions, '<all_urls>'] }, 'firefox', stated).join()).toMatch(/host permissions .*<all_urls>/);
    expect(manifestProblems({ ...firefox(), host_permissions: [...HOSTS] }, 'firefox', stated).join()).toMatch(/host_permissions in an MV2/);
    expect(manifestProblems({ ...chromium(), chrome_url_overrides: { history: 'records.html' } }, 'chromium', stated).join()).toMatch(/chrome_url_overrides/);
    expect(manifestProblems({ ...chromium(), optional_host_permissions: ['<all_urls>'] }, 'chromium', stated).join()).toMatch(/optional origins/);
    expect(manifestProblems({ ...chromium(), content_scripts: [{ matches: ['<all_urls>'] }] }, 'chromium', stated).join()).toMatch(/content script on <all_urls>/);
  });

  it('each browser gets its own keys and not the other one\'s', () => {
    const noMin = chromium();
    delete noMin.minimum_chrome_version;
    expect(manifestProblems(noMin, 'chromium', stated)).toEqual(['minimum_chrome_version missing']);
    expect(manifestProblems({ ...chromium(), browser_specific_settings: firefox().browser_specific_settings }, 'chromium', stated)).toEqual(['browser_specific_settings in the Chrome / Edge package']);
    expect(manifestProblems({ ...firefox(), minimum_chrome_version: '111' }, 'firefox', stated)).toEqual(['minimum_chrome_version in the Firefox package']);
    const noAndroid = firefox();
    delete noAndroid.browser_specific_settings.gecko_android;
    expect(manifestProblems(noAndroid, 'firefox', stated)).toEqual(['browser_specific_settings.gecko_android.strict_min_version missing']);
    const noConsent = firefox();
    delete noConsent.browser_specific_settings.gecko.data_collection_permissions;
    expect(manifestProblems(noConsent, 'firefox', stated)).toEqual(['browser_specific_settings.gecko.data_collection_permissions.required missing']);
    expect(manifestProblems(chromium(), 'firefox', stated).join()).toMatch(/manifest_version is 3/);
  });
});
