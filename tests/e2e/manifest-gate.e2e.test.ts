// What the interstitial, the first-run page and the link check add to the built manifest, and what they do not:
// one permission (contextMenus), a document_start content script, and no host permission but the list mirrors', no declarativeNetRequest
// and no web_accessible_resources (docs/interstitial.md says why), in both builds that exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIST_MIRROR_ORIGINS } from '../../lib/core/list-home';

const read = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Record<string, any>;

describe('built manifest (gate)', () => {
  it('Chrome: storage, alarms, contextMenus only; the gate script at document_start; nothing web-accessible', () => {
    const m = read('chrome-mv3');
    expect(m.permissions).toEqual(['storage', 'alarms', 'contextMenus']);
    // Host permissions: only the community list's mirrors (lib/core/list-home.ts), never a page's origin.
    expect(m.host_permissions).toEqual([...LIST_MIRROR_ORIGINS]);
    expect(m.host_permissions).toEqual(['https://raw.githubusercontent.com/*', 'https://cdn.jsdelivr.net/*', 'https://gitee.com/*']);
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(JSON.stringify(m)).not.toContain('declarativeNetRequest');
    const gate = (m.content_scripts as Array<{ js: string[]; run_at: string; matches: string[] }>).find((c) => c.js.some((j) => j.includes('gate')));
    expect(gate).toMatchObject({ run_at: 'document_start', matches: ['http://*/*', 'https://*/*'] });
  });

  it.runIf(existsSync('.output/firefox-mv2/manifest.json'))('Firefox: the same permissions (origins stay optional)', () => {
    const m = read('firefox-mv2');
    expect(m.permissions).toEqual(['storage', 'alarms', 'contextMenus', ...LIST_MIRROR_ORIGINS]);
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('web_accessible_resources');
  });
});
