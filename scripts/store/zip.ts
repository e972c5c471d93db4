// `npm run zip`: every store package, checked. Builds and zips Chrome MV3 (`wxt zip`) and Firefox MV2 with its sources
// zip (`wxt zip -b firefox`), copies the Chrome package as the Edge package, then opens each zip and checks its
// manifest against the README's permission table (./manifest-rules.ts). Exit 1, naming each problem, when one fails.
// While the bundled list key is the development one, `wxt zip` refuses (scripts/release-guard.ts); `--dev-key` packs
// test packages anyway and renames each to `…-dev-key.zip`, which no store upload should ever carry.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { manifestProblems, statedPermissions } from './manifest-rules';
import { storePackages } from './packages';
import { zipEntry } from './zip-entry';

const OUT = '.output';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const devKey = process.argv.includes('--dev-key');
const built = storePackages(pkg.name, pkg.version);
const packages = devKey ? built.map((p) => ({ ...p, zip: p.zip.replace(/\.zip$/, '-dev-key.zip') })) : built;

for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  console.log(`› wxt ${args.join(' ')}`);
  execFileSync('npx', ['wxt', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: devKey ? { ...process.env, KADUN_DEV_KEY_ZIP: '1' } : process.env });
}
if (devKey) for (const [i, p] of built.entries()) if (i !== 1 && existsSync(join(OUT, p.zip))) renameSync(join(OUT, p.zip), join(OUT, packages[i]!.zip));
copyFileSync(join(OUT, packages[0]!.zip), join(OUT, packages[1]!.zip));

const stated = statedPermissions(readFileSync('README.md', 'utf8'));
let failed = 0;
for (const p of packages) {
  const file = join(OUT, p.zip);
  const problems = !existsSync(file) ? ['missing'] : p.flavour ? manifestProblems(readManifest(file), p.flavour, stated) : [];
  failed += problems.length;
  const size = existsSync(file) ? `${(statSync(file).size / 1024).toFixed(0)} KB` : '';
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${file.padEnd(34)} ${size.padStart(8)}  ${p.store}`);
  for (const problem of problems) console.log(`        ${problem}`);
}
if (failed) {
  console.error(`zip: ${failed} problem(s) in the store packages`);
  process.exit(1);
}

function readManifest(file: string) {
  const bytes = zipEntry(file, 'manifest.json');
  if (!bytes) throw new Error(`${file} has no manifest.json`);
  return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
}
