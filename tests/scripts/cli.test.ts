import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scripts/cli/input';
import { runCli, type CliIo } from '../../scripts/cli/run';
import { FIXTURES, PAGE_FIXTURES } from '../helpers/fixtures';

const ROOT = join(FIXTURES, '..', '..');
const SHOP = join(PAGE_FIXTURES, 'shop-detected', 'match-dujiaoka-home.html');
const NOT_SHOP = join(PAGE_FIXTURES, 'shop-detected', 'nomatch-blog.html');
const CLI = (name: string) => join(FIXTURES, 'cli', name);
const NOW = Date.UTC(2026, 10, 24, 12);

type Run = { code: number; stdout: string; stderr: string };

async function run(argv: string[], over: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (p) => readFile(p),
    fetch: () => Promise.reject(new Error('tests are offline')),
    now: () => NOW,
    env: {},
    ...over,
  });
  return { code, stdout, stderr };
}

async function json(argv: string[], over?: Partial<CliIo>): Promise<Record<string, any>> {
  const r = await run([...argv, '--json'], over);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, any>;
}

describe('check --json', () => {
  it('reports a card shop as amber with its signals and the contract keys', async () => {
    const out = await json([SHOP, '--url', 'https://cards.example/']);
    expect(out).toMatchObject({ url: 'https://cards.example/', domain: 'cards.example', isShop: true, light: 'amber', checkedAt: NOW });
    expect(out.signals.map((s: { id: string }) => s.id)).toContain('shop-detected');
    for (const s of out.signals) expect(Object.keys(s)).toEqual(['id', 'severity', 'evidence', 'source', 'params']);
    expect(Object.keys(out.sources)).toEqual(expect.arrayContaining(['icp', 'rdap', 'list']));
    expect(out).toHaveProperty('headline', expect.any(String));
    expect(out).toHaveProperty('headlineKey', expect.stringMatching(/^headline\./));
    expect(out).toHaveProperty('rulesetVersion', expect.any(String));
  });

  it('reports a page that is not a shop as grey, served at http://localhost/ by default', async () => {
    const out = await json([NOT_SHOP]);
    expect(out).toMatchObject({ url: 'http://localhost/', domain: 'localhost', isShop: false, light: 'grey' });
  });

  it.each([
    ['found', 'https://cards.example/', 'ok'],
    ['null', 'https://topup.example/', 'not-found'],
    ['absent', 'https://other.example/', 'unavailable'],
  ])('--records with a %s domain gives icp and rdap state %s', async (_case, url, state) => {
    const out = await json([SHOP, '--url', url, '--records', CLI('records.json')]);
    expect(out.sources.icp.state).toBe(state);
    expect(out.sources.rdap.state).toBe(state);
    if (state === 'unavailable') expect(out.sources.icp.reason).toBe('not-in-records');
    else expect(out.sources.icp.fetchedAt).toBe(NOW);
  });

  it('--offline makes every data source unavailable', async () => {
    const out = await json([SHOP, '--url', 'https://cards.example/', '--offline']);
    for (const id of ['icp', 'rdap', 'list']) expect(out.sources[id]).toEqual({ state: 'unavailable', reason: 'offline' });
  });

  it('--list matches the page domain (and its subdomains) and says which list version answered', async () => {
    const r = await run([SHOP, '--url', 'https://www.cards.example/', '--list', CLI('list.json'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sources.list).toMatchObject({ state: 'ok', provider: 'v3' });
    const listed = out.signals.find((s: { id: string }) => s.id === 'list-reported');
    expect(listed).toMatchObject({ severity: 'warn' });
    expect(listed.evidence[0].quote).toBe('https://reports.example/issues/1');
    expect(out.light).toBe('amber');
  });

  it('--list stays silent for a domain it does not name', async () => {
    const out = await json([SHOP, '--url', 'https://topup.example/', '--list', CLI('list.json')]);
    expect(out.sources.list.state).toBe('ok');
    expect(out.signals.some((s: { id: string }) => s.id.startsWith('list-'))).toBe(false);
  });

  it('fetches a URL argument and judges it at the address that served it', async () => {
    const html = readFileSync(SHOP);
    const fetch = (async () => {
      const res = new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
      Object.defineProperty(res, 'url', { value: 'https://cards.example/home' });
      return res;
    }) as typeof globalThis.fetch;
    const out = await json(['https://cards.example/'], { fetch });
    expect(out).toMatchObject({ url: 'https://cards.example/home', light: 'amber', isShop: true });
  });
});

describe('check on bad input: exit 2, one line on stderr, nothing on stdout', () => {
  const http = (status: number) => (async () => new Response('nope', { status })) as typeof fetch;
  const cases: [string, string[], RegExp, Partial<CliIo>?][] = [
    ['no argument', [], /missing the page/],
    ['an unknown flag', [SHOP, '--colour'], /unknown option --colour/],
    ['a missing flag value', [SHOP, '--records'], /--records needs a value/],
    ['a flag value that is another flag', [SHOP, '--url', '--json'], /--url needs a value/],
    ['an unreadable file', [join(FIXTURES, 'cli', 'no-such-page.html')], /cannot read page file .*ENOENT/],
    ['an invalid --url', [SHOP, '--url', 'not a url'], /invalid --url/],
    ['a non-http --url', [SHOP, '--url', 'ftp://cards.example/'], /invalid --url/],
    ['an unreadable --records', [SHOP, '--records', CLI('missing.json')], /cannot read --records file/],
    ['invalid JSON in --records', [SHOP, '--records', CLI('records-bad-json.json')], /--records .* is not valid JSON/],
    ['a schema failure in --records', [SHOP, '--records', CLI('records-bad-field.json')], /field icp\.cards\.example\.unitName/],
    ['invalid JSON in --list', [SHOP, '--list', CLI('records-bad-json.json')], /--list .*malformed/],
    ['a URL with --offline', ['https://cards.example/', '--offline'], /network is off/],
    ['a fetch failure', ['https://cards.example/'], /fetch failed: .*tests are offline/],
    ['an HTTP error', ['https://cards.example/'], /fetch failed: .*HTTP 503/, { fetch: http(503) }],
  ];
  it.each(cases)('%s', async (_name, argv, message, over) => {
    const r = await run(argv, over);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('check, human report', () => {
  it.each([
    ['zh_CN.UTF-8', '需谨慎', '网站：cards.example'],
    ['en_US.UTF-8', 'Be careful', 'Site: cards.example'],
  ])('speaks the terminal language (LANG=%s)', async (lang, word, site) => {
    const r = await run([SHOP, '--url', 'https://cards.example/'], { env: { LANG: lang } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`▲ ${word}`);
    expect(r.stdout).toContain(site);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours only a terminal without NO_COLOR, and always keeps the word', async () => {
    const tty = await run([NOT_SHOP], { env: { LANG: 'en_US.UTF-8' }, isTTY: true });
    expect(tty.stdout).toContain('\u001b[');
    expect(tty.stdout).toContain('Cannot tell');
    const noColor = await run([NOT_SHOP], { env: { LANG: 'en_US.UTF-8', NO_COLOR: '1' }, isTTY: true });
    expect(noColor.stdout).not.toContain('\u001b[');
  });
});

describe('check, page decoding and bundle boundary', () => {
  it('decodes a GBK page by its <meta charset>', () => {
    const head = Buffer.from('<meta charset="gbk"><p>', 'latin1');
    expect(decodeHtml(Buffer.concat([head, Buffer.from([0xbf, 0xa8, 0xc3, 0xdc])]), null)).toContain('卡密');
  });

  it('keeps happy-dom (lib/extract/from-html.ts) out of everything the extension bundles', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !path.endsWith(join('lib', 'extract', 'from-html.ts'))) {
          if (/(from|import)\s*\(?\s*['"][^'"]*(happy-dom|from-html)['"]/.test(readFileSync(path, 'utf8'))) offenders.push(relative(ROOT, path));
        }
      }
    };
    for (const dir of ['lib', 'entrypoints', 'components']) if (statSync(join(ROOT, dir), { throwIfNoEntry: false })) walk(join(ROOT, dir));
    expect(offenders).toEqual([]);
  });
});

describe('npm run check (the real command)', () => {
  it('prints one JSON object for a fixture', async () => {
    const { stdout } = await promisify(execFile)(
      'npm', ['run', '--silent', 'check', '--', SHOP, '--url', 'https://cards.example/', '--json'],
      { cwd: ROOT, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
    );
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ domain: 'cards.example', isShop: true, light: 'amber' });
  }, 60_000);
});
