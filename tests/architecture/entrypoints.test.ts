// No browser page is taken over: WXT turns an entrypoint named history / newtab / bookmarks into a
// chrome_url_overrides entry, which replaces the person's own page (Ctrl+H would open KaDun). The built manifest is
// checked in tests/e2e/manifest.e2e.test.ts, after the build.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';

const OVERRIDE_NAMES = /^(?:history|newtab|bookmarks)(?:\.html|\/)?$/;

describe('entrypoints', () => {
  it('none has a name WXT reads as a browser page override', () => {
    const names = readdirSync('entrypoints', { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
    expect(names.filter((n) => OVERRIDE_NAMES.test(n))).toEqual([]);
    expect(names).toContain('records/');
  });
});
