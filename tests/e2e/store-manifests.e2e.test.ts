// `npm run zip` and the store packages it writes. It runs in a temporary copy of the project whose community-list key
// is marked as a release key: a real store package must not carry the development key (the release guard on `wxt
// zip` refuses it, rightly), and the packaging is what is tested here, not the key. In that copy's .output/: every
// package exists, the manifest inside each zip is the one `npm run build` / `npm run lint:firefox` built here and
// keeps the README's permission table and its browser's keys (scripts/store/manifest-rules.ts), Edge's package is
// Chrome's, and both browsers' packages ship the privacy policy page.
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestProblems, statedPermissions } from '../../scripts/store/manifest-rules';
import { storePackages } from '../../scripts/store/packages';
import { zipEntry, zipNames } from '../../scripts/store/zip-entry';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const packages = storePackages(pkg.name, pkg.version);
const stated = statedPermissions(readFileSync('README.md', 'utf8'));
const built = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Record<string, any>;
let OUT = '';
const inZip = (zip: string) => JSON.parse(zipEntry(join(OUT, zip), 'manifest.json')!.toString('utf8')) as Record<string, any>;
const SKIP = /^(node_modules|\.output|demo-output|test-results|\.git)(\/|$)/;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'kadun-zip-'));
  cpSync('.', dir, { recursive: true, filter: (src) => !SKIP.test(relative('.', resolve(src))) });
  symlinkSync(realpathSync('node_modules'), join(dir, 'node_modules'));
  const keyFile = join(dir, 'lib/risk-list/public-key.ts');
  const src = readFileSync(keyFile, 'utf8');
  const marked = src.replace(/= DEV_LIST_PUBLIC_KEY;/, "= { ...DEV_LIST_PUBLIC_KEY, id: 'store-package-test', development: false };");
  if (marked === src) throw new Error('lib/risk-list/public-key.ts no longer ends in `= DEV_LIST_PUBLIC_KEY;`: update this test');
  writeFileSync(keyFile, marked);
  execFileSync('npm', ['run', '--silent', 'zip'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  OUT = join(dir, '.output');
}, 300_000);

describe('store packages', () => {
  it('npm run zip wrote every package: Chrome, Edge, Firefox (desktop and Android) and the sources', () => {
    expect(packages.map((p) => p.zip)).toEqual([`kadun-${pkg.version}-chrome.zip`, `kadun-${pkg.version}-edge.zip`, `kadun-${pkg.version}-firefox.zip`, `kadun-${pkg.version}-sources.zip`]);
    for (const p of packages) expect(existsSync(join(OUT, p.zip)), p.zip).toBe(true);
  });

  it.each(packages.filter((p) => p.flavour))('$zip: the built manifest, within the README\'s permissions, with its browser\'s keys', (p) => {
    const m = inZip(p.zip);
    expect(m).toEqual(built(p.builtDir!));
    expect(manifestProblems(m, p.flavour!, stated)).toEqual([]);
    expect(zipNames(join(OUT, p.zip))).toContain('privacy.html');
  });

  it('the Chrome / Edge package asks for Chrome 111, the Firefox one for Firefox 140 and Firefox for Android 142', () => {
    expect(inZip(packages[0]!.zip).minimum_chrome_version).toBe('111');
    expect(readFileSync(join(OUT, packages[1]!.zip))).toEqual(readFileSync(join(OUT, packages[0]!.zip)));
    const ff = inZip(packages[2]!.zip).browser_specific_settings;
    expect(ff).toMatchObject({ gecko: { id: 'kadun@kadun.invalid', strict_min_version: '140.0' }, gecko_android: { strict_min_version: '142.0' } });
    expect(ff.gecko.data_collection_permissions).toEqual({ required: ['none'], optional: ['browsingActivity'] });
  });

  it('every language\'s name and description fit the stores\' limits (75 and 132 characters)', () => {
    for (const p of packages.filter((x) => x.flavour)) {
      const zip = join(OUT, p.zip);
      const locales = zipNames(zip).filter((n) => /^_locales\/[\w-]+\/messages\.json$/.test(n));
      expect(locales.length, p.zip).toBe(2);
      for (const name of locales) {
        const msgs = JSON.parse(zipEntry(zip, name)!.toString('utf8')) as Record<string, { message: string }>;
        expect([...msgs.extName!.message].length, name).toBeLessThanOrEqual(75);
        expect([...msgs.extDescription!.message].length, name).toBeLessThanOrEqual(132);
      }
    }
  });

  it('the sources zip holds what rebuilds the package, and none of the build output or demo screenshots', () => {
    const names = zipNames(join(OUT, packages[3]!.zip));
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background/index.ts']));
    expect(names.filter((n) => /^(\.output|demo-output|node_modules|test-results)\//.test(n))).toEqual([]);
  });
});
