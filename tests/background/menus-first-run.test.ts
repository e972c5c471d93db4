// When the first-run page opens: a fresh install in a person's browser only.
import { describe, expect, it } from 'vitest';
import { automated, checkPagePath, shouldOpenWelcome } from '../../entrypoints/background/menus-first-run';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

describe('first run', () => {
  it('opens on install, not on update or a browser update, and not when automated', () => {
    expect(shouldOpenWelcome('install', false)).toBe(true);
    expect(shouldOpenWelcome('update', false)).toBe(false);
    expect(shouldOpenWelcome('chrome_update', false)).toBe(false);
    expect(shouldOpenWelcome('install', true)).toBe(false);
  });

  it('headless Chromium or webdriver count as automated; an ordinary browser does not', () => {
    expect(automated({ userAgent: CHROME })).toBe(false);
    expect(automated({ userAgent: CHROME.replace('Chrome/', 'HeadlessChrome/') })).toBe(true);
    expect(automated({ webdriver: true, userAgent: CHROME })).toBe(true);
    expect(automated(undefined)).toBe(false);
  });

  it('the menu opens the check page with the link in its address', () => {
    expect(checkPagePath('http://qq-pay.test/a?b=1')).toBe('/check.html?url=http%3A%2F%2Fqq-pay.test%2Fa%3Fb%3D1');
  });
});
