// What every store package's manifest must say, checked against the README's "Permissions and why" table (the
// promise made to the person and to store reviewers): the API permissions exactly as listed there, the optional
// origins exactly as listed, content scripts only on the pages listed, host permissions granted at install only for
// the community list's mirrors the README names, no browser page taken over, and the right keys for each browser (gecko id, data-collection declaration and
// gecko_android in the Firefox package; minimum_chrome_version only in the Chrome / Edge package).
// Used by scripts/store/zip.ts after packing and by tests/e2e/store-manifests.e2e.test.ts.

/** What the README's permission table states. */
export type StatedPermissions = { permissions: string[]; hostOrigins: string[]; optionalOrigins: string[]; contentScriptMatches: string[] };

export type Manifest = Record<string, any>;
export type Flavour = 'chromium' | 'firefox';

/** Reads the "Permissions and why" table: `name` cells are API permissions; content-script, host and optional rows give patterns. */
export function statedPermissions(readme: string): StatedPermissions {
  const section = readme.split(/^## Permissions and why\s*$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('README has no "## Permissions and why" section');
  const out: StatedPermissions = { permissions: [], hostOrigins: [], optionalOrigins: [], contentScriptMatches: [] };
  for (const row of section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| permission'))) {
    const first = row.split('|')[1]!.trim();
    const ticks = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    if (first.startsWith('content script')) out.contentScriptMatches.push(...ticks.filter((t) => t.includes('://')));
    else if (first.startsWith('optional')) out.optionalOrigins.push(...ticks);
    else if (first.startsWith('host')) out.hostOrigins.push(...ticks);
    else out.permissions.push(...ticks);
  }
  const unique = (a: string[]) => [...new Set(a)].sort();
  return {
    permissions: unique(out.permissions), hostOrigins: unique(out.hostOrigins),
    optionalOrigins: unique(out.optionalOrigins), contentScriptMatches: unique(out.contentScriptMatches),
  };
}

const sorted = (a: unknown): string[] => (Array.isArray(a) ? [...a].map(String).sort() : []);
const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);
const isOrigin = (p: string) => p.includes('://') || p === '<all_urls>';
const PAGE_OVERRIDES = ['chrome_url_overrides', 'chrome_settings_overrides'];

/** Every way `m` breaks the rules for its flavour; [] when it keeps them all. */
export function manifestProblems(m: Manifest, flavour: Flavour, stated: StatedPermissions): string[] {
  const problems: string[] = [];
  const mv = flavour === 'firefox' ? 2 : 3;
  if (m.manifest_version !== mv) problems.push(`manifest_version is ${m.manifest_version}, expected ${mv}`);
  // MV2 lists optional origins among optional_permissions; MV3 has optional_host_permissions for them.
  // MV2 also lists granted origins among permissions; MV3 has host_permissions for them.
  const all = sorted(m.permissions);
  const apiPerms = mv === 3 ? all : all.filter((p) => !isOrigin(p));
  if (!same(apiPerms, stated.permissions)) problems.push(`permissions ${JSON.stringify(apiPerms)} ≠ README ${JSON.stringify(stated.permissions)}`);
  const hosts = mv === 3 ? sorted(m.host_permissions) : all.filter(isOrigin);
  if (!same(hosts, stated.hostOrigins)) problems.push(`host permissions ${JSON.stringify(hosts)} ≠ README ${JSON.stringify(stated.hostOrigins)}`);
  const optional = sorted(mv === 3 ? m.optional_host_permissions : m.optional_permissions);
  if (!same(optional, stated.optionalOrigins)) problems.push(`optional origins ${JSON.stringify(optional)} ≠ README ${JSON.stringify(stated.optionalOrigins)}`);
  if (mv === 3 && m.optional_permissions !== undefined) problems.push('optional_permissions present (not in the README)');
  if (mv === 2 && m.host_permissions !== undefined) problems.push('host_permissions in an MV2 manifest');
  for (const cs of (m.content_scripts ?? []) as Array<{ matches?: string[] }>) {
    const extra = (cs.matches ?? []).filter((p) => !stated.contentScriptMatches.includes(p));
    if (extra.length) problems.push(`content script on ${extra.join(', ')} (not in the README)`);
  }
  for (const key of PAGE_OVERRIDES) if (m[key] !== undefined) problems.push(`${key} present: a browser page is taken over`);
  const bss = m.browser_specific_settings;
  if (flavour === 'firefox') {
    if (!/^[^@\s]+@[^@\s]+$/.test(bss?.gecko?.id ?? '')) problems.push('browser_specific_settings.gecko.id missing');
    if (!bss?.gecko?.strict_min_version) problems.push('browser_specific_settings.gecko.strict_min_version missing');
    if (!bss?.gecko?.data_collection_permissions?.required?.length) problems.push('browser_specific_settings.gecko.data_collection_permissions.required missing');
    if (!bss?.gecko_android?.strict_min_version) problems.push('browser_specific_settings.gecko_android.strict_min_version missing');
    if (m.minimum_chrome_version !== undefined) problems.push('minimum_chrome_version in the Firefox package');
  } else {
    if (!/^\d+$/.test(m.minimum_chrome_version ?? '')) problems.push('minimum_chrome_version missing');
    if (bss !== undefined) problems.push('browser_specific_settings in the Chrome / Edge package');
  }
  return problems;
}
