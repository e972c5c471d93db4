// The CLI fetches the community list from mirrors the way the extension does: in order, trusting none. Three local
// mirrors on 127.0.0.1: the first refuses, the second serves a tampered copy, the third the real signed list.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run';
import { confirmed, encode, keyPair, list, NOW } from '../risk-list/helpers';

type Files = Record<string, { status: number; body: Uint8Array | string }>;
const servers: Server[] = [];
let dir = '';
let urls: string[] = [];

async function serve(files: Files): Promise<string> {
  const server = createServer((req, res) => {
    const f = files[req.url ?? ''];
    res.writeHead(f?.status ?? 404, { 'content-type': 'application/octet-stream' }).end(f?.body ?? 'not found');
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/risk-list.json`;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kadun-cli-mirrors-'));
  const keys = await keyPair();
  const bytes = encode(list({ version: 5, entries: [confirmed('scam-shop.example')] }));
  const sig = await keys.sign(bytes);
  const tampered = encode(list({ version: 6, entries: [] })); // served with the real list's signature
  urls = [
    await serve({ '/risk-list.json': { status: 403, body: 'forbidden' } }),
    await serve({ '/risk-list.json': { status: 200, body: tampered }, '/risk-list.json.sig': { status: 200, body: sig } }),
    await serve({ '/risk-list.json': { status: 200, body: bytes }, '/risk-list.json.sig': { status: 200, body: sig } }),
  ];
  await writeFile(join(dir, 'list.pub'), keys.spki);
  await writeFile(join(dir, 'page.html'), '<html><head><title>点卡商城</title></head><body><p>欢迎光临</p></body></html>');
});
afterAll(async () => {
  for (const s of servers) s.close();
  await rm(dir, { recursive: true, force: true });
});

async function check(mirrors: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([join(dir, 'page.html'), '--url', 'https://scam-shop.example/', ...mirrors.flatMap((m) => ['--list-mirror', m]), '--list-pub', join(dir, 'list.pub'), '--json'], {
    stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readFile: (p) => readFile(p), fetch: globalThis.fetch, now: () => NOW, env: {},
  });
  return { code, stdout, stderr };
}

describe('check --list-mirror', () => {
  it('skips a refusing and a tampered mirror, uses the one whose list verifies, and says which answered', async () => {
    const r = await check(urls);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { signals: Array<{ id: string }>; light: string };
    expect(out.signals.map((s) => s.id)).toContain('list-confirmed');
    expect(out.light).toBe('red');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/HTTP 403/);
    expect(lines[1]).toMatch(/bad-signature/);
    expect(lines[2]).toMatch(/answered, version 5/);
  });

  it('fails with a clear message, and no verdict, when no mirror gives a list that verifies', async () => {
    const r = await check(urls.slice(0, 2));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no list mirror gave a list that verifies \(2 tried\)/);
  });

  it('refuses --list with mirrors, and mirrors when offline', async () => {
    const both = await runCli(['x.html', '--list', 'l.json', '--list-mirrors'], { stdout: () => undefined, stderr: () => undefined, readFile: (p) => readFile(p), fetch: globalThis.fetch, now: () => NOW, env: {} });
    expect(both).toBe(2);
    const offline = await runCli(['x.html', '--list-mirrors', '--offline'], { stdout: () => undefined, stderr: () => undefined, readFile: (p) => readFile(p), fetch: globalThis.fetch, now: () => NOW, env: {} });
    expect(offline).toBe(2);
  });
});
