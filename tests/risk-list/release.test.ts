// list:release (issue 13 item 3): the workflow's build → sign → verify steps, end to end with a throwaway key in a
// temp folder; and the guard that stops a store build shipping the development list key.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_LIST_PUBLIC_KEY } from '../../lib/risk-list/public-key';
import { run as keygen } from '../../scripts/list/keygen';
import { run as release } from '../../scripts/list/release';
import { run as verify } from '../../scripts/list/verify';
import { assertReleaseKey, releaseKeyProblem } from '../../scripts/release-guard';
import { applyDelta, deltaSchema } from '../../lib/risk-list/delta';
import { riskListSchema } from '../../lib/risk-list/format';
import { entry } from './helpers';

const capture = () => {
  const o = { out: '', err: '' };
  return { o, io: { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s) } };
};

describe('npm run list:release', () => {
  let dir: string;
  let src: string;
  const key = () => join(dir, 'k.pem');
  const pub = () => join(dir, 'k.pub');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kadun-release-'));
    src = join(dir, 'risk-list');
    await mkdir(join(src, 'entries', 's'), { recursive: true });
    await writeFile(join(src, 'entries', 's', 'shop.example.json'), JSON.stringify(entry('shop.example', { expires: '2027-04-30' })));
    expect(await keygen(['--private', key()], capture().io)).toBe(0);
    await keygen(['--private', join(dir, 'other.pem')], capture().io);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('first publication through the npm script: version above the bundled list, signed, verifies', async () => {
    const out = join(dir, 'dist1');
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'list:release', '--', '--out', out, '--key', key(), '--pub', pub(), '--source', src, '--previous', join(dir, 'empty')]);
    expect(stdout).toMatch(/version 2 \(first publication\), 1 entries, 0 allow; verified/);
    const c = capture();
    expect(await verify([join(out, 'risk-list.json'), '--sig', join(out, 'risk-list.json.sig'), '--pub', pub(), '--current-version', '1'], c.io)).toBe(0);
    expect(c.o.out).toMatch(/OK: version 2/);
  }, 60_000);

  it('the next release counts on from the previous published list, which the extension would not roll back to', async () => {
    const c = capture();
    expect(await release(['--out', join(dir, 'dist2'), '--key', key(), '--pub', pub(), '--source', src, '--previous', join(dir, 'dist1')], c.io)).toBe(0);
    expect(c.o.out).toMatch(/version 3 \(previous 2\)/);
    // The small-update files beside it: the delta 2 → 3 (applied to version 2 it gives version 3) and the index.
    expect(c.o.out).toMatch(/deltas\/2\.json, risk-list\.version/);
    const v2 = riskListSchema.parse(JSON.parse(await readFile(join(dir, 'dist1', 'risk-list.json'), 'utf8')));
    const v3 = riskListSchema.parse(JSON.parse(await readFile(join(dir, 'dist2', 'risk-list.json'), 'utf8')));
    const delta = deltaSchema.parse(JSON.parse(await readFile(join(dir, 'dist2', 'deltas', '2.json'), 'utf8')));
    expect(applyDelta(v2, delta)).toEqual(v3);
    const [line] = (await readFile(join(dir, 'dist2', 'risk-list.version'), 'utf8')).split('\n');
    expect(JSON.parse(line!)).toMatchObject({ version: 3, deltas: [2] });
    const stale = capture();
    expect(await release(['--out', join(dir, 'dist3'), '--key', key(), '--pub', pub(), '--source', src, '--previous', join(dir, 'dist2'), '--version', '3'], stale.io)).toBe(1);
    expect(stale.o.err).toMatch(/greater than the previous list's version 3/);
  });

  it('refuses a key that is not the one the extension checks, a source that does not build, and the development key', async () => {
    const wrong = capture();
    expect(await release(['--out', join(dir, 'x'), '--key', join(dir, 'other.pem'), '--pub', pub(), '--source', src], wrong.io)).toBe(1);
    expect(wrong.o.err).toMatch(/bad-signature.*private half of the public key/);
    await writeFile(join(src, 'entries', 's', 'github.io.json'), JSON.stringify(entry('github.io')));
    const broken = capture();
    expect(await release(['--out', join(dir, 'y'), '--key', key(), '--pub', pub(), '--source', src], broken.io)).toBe(1);
    expect(broken.o.err).toMatch(/does not build[\s\S]*github\.io: public-suffix/);
    await rm(join(src, 'entries', 's', 'github.io.json'));
    // A reported entry given a year (risk-list/EVIDENCE.md: at most 180 days) is refused too.
    await mkdir(join(src, 'entries', 'l'), { recursive: true });
    await writeFile(join(src, 'entries', 'l', 'long.example.json'), JSON.stringify(entry('long.example')));
    const long = capture();
    expect(await release(['--out', join(dir, 'y'), '--key', key(), '--pub', pub(), '--source', src], long.io)).toBe(1);
    expect(long.o.err).toMatch(/long\.example\.json: a reported entry lives at most 180 days/);
    await rm(join(src, 'entries', 'l'), { recursive: true });
    const dev = capture();
    expect(await release(['--out', join(dir, 'z'), '--key', key(), '--source', src], dev.io)).toBe(1);
    expect(dev.o.err).toMatch(/development key/);
    await expect(readFile(join(dir, 'z', 'risk-list.json'))).rejects.toThrow();
  });
});

describe('release guard (store builds refuse the development key)', () => {
  const maintainers = { id: 'kadun-2027-01', development: false };

  it('names the problem for the development key, and none for a maintainers\' key', () => {
    expect(releaseKeyProblem(DEV_LIST_PUBLIC_KEY)).toMatch(/development key \(kadun-dev-2026-11-24\)[\s\S]*public-key\.ts/);
    expect(releaseKeyProblem({ id: 'kadun-dev-2', development: false })).not.toBeNull();
    expect(releaseKeyProblem(maintainers)).toBeNull();
  });

  it('stops zip and KADUN_RELEASE=1 builds, not ordinary builds', () => {
    expect(() => assertReleaseKey('build', {}, DEV_LIST_PUBLIC_KEY)).not.toThrow();
    expect(() => assertReleaseKey('build', { KADUN_RELEASE: '1' }, DEV_LIST_PUBLIC_KEY)).toThrow(/release build refused/);
    expect(() => assertReleaseKey('zip', {}, DEV_LIST_PUBLIC_KEY)).toThrow(/release build refused/);
    expect(() => assertReleaseKey('zip', { KADUN_RELEASE: '1' }, maintainers)).not.toThrow();
    // A developer's test packages (npm run zip -- --dev-key, renamed …-dev-key.zip) pass; a release never does.
    expect(() => assertReleaseKey('zip', { KADUN_DEV_KEY_ZIP: '1' }, DEV_LIST_PUBLIC_KEY)).not.toThrow();
    expect(() => assertReleaseKey('zip', { KADUN_DEV_KEY_ZIP: '1', KADUN_RELEASE: '1' }, DEV_LIST_PUBLIC_KEY)).toThrow(/release build refused/);
  });

  it('is wired into the WXT hooks', async () => {
    const config = await readFile('wxt.config.ts', 'utf8');
    expect(config).toMatch(/'build:before': \(\) => assertReleaseKey\('build'\)/);
    expect(config).toMatch(/'zip:start': \(\) => assertReleaseKey\('zip'\)/);
  });
});
