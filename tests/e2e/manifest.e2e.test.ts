// The manifest `npm run build` wrote: it takes over no browser page (a history or new-tab override replaces the
// person's own page, and store reviewers reject it).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('built manifest', () => {
  it('overrides no browser page', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('chrome_url_overrides');
  });
});
