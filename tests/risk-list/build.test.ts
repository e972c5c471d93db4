// list:build hygiene (design.md: shared-hosting roots never listable; domain-facts §8: reserved names only) and the
// keygen → build → sign → verify round trip, driven in-process.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDomainProblem } from '../../lib/risk-list/hygiene';
import { riskListSchema } from '../../lib/risk-list/format';
import { buildList, type SourceFile } from '../../scripts/list/build-core';
import { readEntriesDir, run as build } from '../../scripts/list/build';
import { run as keygen } from '../../scripts/list/keygen';
import { run as sign } from '../../scripts/list/sign';
import { run as verify } from '../../scripts/list/verify';
import { allowed, confirmed, entry, list } from './helpers';

const FIXTURE = 'tests/fixtures/risk-list/entries';
const GEN = '2026-11-24T00:00:00Z';
const file = (dir: 'entries' | 'allow', value: { domain: string }, name = value.domain): SourceFile => ({ path: `${dir}/${name}.json`, text: JSON.stringify(value) });
const errorsOf = (files: SourceFile[], version = 3, previous = list({ version: 2 })) => {
  const r = buildList(files, { version, generatedAt: GEN, previous });
  return r.ok ? [] : r.errors;
};

describe('list domain hygiene', () => {
  it.each([
    ['github.io', 'public-suffix'], ['vercel.app', 'public-suffix'], ['netlify.app', 'public-suffix'], ['pages.dev', 'public-suffix'],
    ['blogspot.com', 'public-suffix'], ['wixsite.com', 'public-suffix'], ['weebly.com', 'shared-hosting'], ['gitee.io', 'shared-hosting'],
    ['myqcloud.com', 'shared-hosting'], ['herokuapp.com', 'public-suffix'], ['com', 'public-suffix'], ['example', 'public-suffix'],
    ['shop.gitee.io', 'not-registrable'], ['www.shop.example', 'not-registrable'], ['Shop.example', 'not-lowercase'],
    ['例子.example', 'not-punycode'], ['bad_label.example', 'syntax'], ['-bad.example', 'syntax'], ['192.0.2.1', 'ip-address'],
  ])('%s is refused (%s)', (domain, problem) => {
    expect(listDomainProblem(domain)?.problem).toBe(problem);
  });

  it.each(['shop.example', 'xn--fsqu00a.example', 'user.github.io', 'card-shop.test', 'a.invalid'])('%s is listable', (domain) => {
    expect(listDomainProblem(domain)).toBeNull();
  });
});

describe('buildList', () => {
  it('builds the fixture folder: sorted, deduped evidence, allow beats reported allowed, schema-valid, deterministic', async () => {
    const files = await readEntriesDir(FIXTURE);
    const a = buildList(files, { version: 3, generatedAt: GEN });
    const b = buildList([...files].reverse(), { version: 3, generatedAt: GEN });
    if (!a.ok || !b.ok) throw new Error(JSON.stringify(a));
    expect(a.text).toBe(b.text);
    expect(a.list.entries.map((e) => e.domain)).toEqual(['reported.test', 'scam-shop.example', 'xn--fsqu00a.example']);
    expect(a.list.entries[1]!.evidence).toEqual(['https://evidence.example/reports/1']);
    expect(a.list.allow.map((e) => e.domain)).toEqual(['reported.test', 'vendor.example']);
    expect(Object.keys(a.list.icpRecords!)).toEqual(['scam-shop.example', 'vendor.example']);
    expect(riskListSchema.parse(JSON.parse(a.text))).toEqual(a.list);
  });

  it.each([
    ['a shared-hosting root', [file('entries', entry('github.io'))], /github\.io: public-suffix/],
    ['a hard-coded shared-hosting root', [file('entries', entry('gitee.io'))], /gitee\.io: shared-hosting/],
    ['a subdomain', [file('entries', entry('www.shop.example'))], /not-registrable.*shop\.example/],
    ['an uppercase domain', [file('entries', entry('Shop.example'), 'shop.example')], /not-lowercase/],
    ['a Unicode domain', [file('entries', entry('例子.example'))], /not-punycode.*xn--fsqu00a\.example/],
    ['a confirmed entry without evidence', [file('entries', confirmed('shop.example', { evidence: [] }))], /needs at least one evidence/],
    ['an http evidence link', [file('entries', confirmed('shop.example', { evidence: ['http://evidence.example/'] }))], /evidence/],
    ['a duplicate entry', [file('entries', entry('shop.example')), { ...file('entries', entry('shop.example')), path: 'entries/x/shop.example.json' }], /duplicate entry for shop\.example/],
    ['a duplicate allow entry', [file('allow', allowed('shop.example')), { ...file('allow', allowed('shop.example')), path: 'allow/2/shop.example.json' }], /duplicate allow entry/],
    ['an allow + confirmed conflict', [file('entries', confirmed('shop.example')), file('allow', allowed('shop.example'))], /allowed but .* confirms it/],
    ['a misnamed file', [file('entries', entry('shop.example'), 'other.example')], /must be named shop\.example\.json/],
    ['an unknown file', [{ path: 'list.yaml.json', text: '{}' }], /unknown file/],
    ['bad JSON', [{ path: 'entries/shop.example.json', text: '{"domain":' }], /not JSON/],
    ['an unknown field', [file('entries', { ...entry('shop.example'), extra: 1 } as never)], /extra|Unrecognized/i],
    ['a note over 280 characters', [file('entries', entry('shop.example', { note: 'x'.repeat(281) }))], /note/],
  ])('refuses %s', (_name, files, message) => {
    const errors = errorsOf(files);
    expect(errors.join('\n')).toMatch(message);
  });

  it('refuses a version that does not increase, and allows a reported entry with an allow entry', () => {
    const files = [file('entries', entry('shop.example')), file('allow', allowed('shop.example', { kind: 'cleared' }))];
    expect(errorsOf(files, 3)).toEqual([]);
    expect(errorsOf(files, 2).join()).toMatch(/must be greater than the previous list's version 2/);
    expect(errorsOf(files, 1).join()).toMatch(/greater/);
    expect(errorsOf(files, 0, undefined).join()).toMatch(/integer ≥ 1/);
  });
});

describe('maintainer tools (in-process)', () => {
  let dir: string;
  const io = () => {
    const o = { out: '', err: '' };
    return { o, io: { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s) } };
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kadun-list-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keygen → build → sign → verify, then rejects tampering and rollback', async () => {
    const key = join(dir, 'k.pem');
    expect(await keygen(['--private', key], io().io)).toBe(0);
    expect((await stat(key)).mode & 0o077).toBe(0);
    expect(await readFile(`${join(dir, 'k')}.pub`, 'utf8')).toMatch(/^MFkw[A-Za-z0-9+/=]+\n$/);
    const out = join(dir, 'list.json');
    expect(await build([FIXTURE, '--out', out, '--version', '4', '--generated-at', GEN], io().io)).toBe(0);
    expect(await sign([out, '--key', key], io().io)).toBe(0);
    const pub = join(dir, 'k.pub');
    const ok = io();
    expect(await verify([out, '--sig', `${out}.sig`, '--pub', pub], ok.io)).toBe(0);
    expect(ok.o.out).toMatch(/OK: version 4/);

    const rolled = io();
    expect(await verify([out, '--sig', `${out}.sig`, '--pub', pub, '--current-version', '4'], rolled.io)).toBe(1);
    expect(rolled.o.err).toMatch(/rollback/);
    await writeFile(out, (await readFile(out, 'utf8')).replace('"version":4', '"version":5'));
    const bad = io();
    expect(await verify([out, '--sig', `${out}.sig`, '--pub', pub], bad.io)).toBe(1);
    expect(bad.o.err).toMatch(/bad-signature/);

    const prev = io();
    expect(await build([FIXTURE, '--out', join(dir, 'l2.json'), '--version', '4', '--previous', join(dir, 'list.json')], prev.io)).toBe(1);
    expect(prev.o.err).toMatch(/greater than the previous list's version 5/);
  });

  it('keygen never writes a private key into the repository by default, nor over an existing file', async () => {
    const r = io();
    expect(await keygen(['--private', 'tests/fixtures/risk-list/should-not-exist.pem'], r.io)).toBe(2);
    expect(r.o.err).toMatch(/inside the repository/);
    await expect(stat('tests/fixtures/risk-list/should-not-exist.pem')).rejects.toThrow();
    const key = join(dir, 'again.pem');
    expect(await keygen(['--private', key], io().io)).toBe(0);
    expect(await keygen(['--private', key], io().io)).toBe(2);
  });

  it('sign refuses a malformed list; usage errors exit 2', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify(list({ entries: [confirmed('shop.example', { evidence: [] })] })));
    expect(await sign([bad, '--key', join(dir, 'k.pem')], io().io)).toBe(1);
    expect(await build(['a', 'b'], io().io)).toBe(2);
    expect(await verify(['x.json'], io().io)).toBe(2);
  });
});
