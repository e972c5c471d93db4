// The updater against three mirrors on 127.0.0.1 (fully offline, fake-indexeddb): the order and the memory of the
// mirror that worked, a tampered or older file skipped for the next mirror, a no-change check in one small request,
// a signed delta applied (and the full list as its fallback), and every mirror failing. Reserved names only.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createListUpdater, LIST_UPDATE } from '../../entrypoints/background/list-updater';
import { mirrorName, mirrorOrder } from '../../lib/core/list-mirrors';
import { openAppDb } from '../../lib/db/app-db';
import { buildDelta, indexFileText, type ListIndex } from '../../lib/risk-list/delta';
import type { RiskList } from '../../lib/risk-list/format';
import { lookupInDb } from '../../lib/risk-list/store';
import { encode, entry, keyPair, list, NOW } from './helpers';

type Mirror = { server: Server; url: string; files: Map<string, Uint8Array | string | number>; seen: string[] };
const mirrors: Mirror[] = [];

async function startMirror(): Promise<Mirror> {
  const files = new Map<string, Uint8Array | string | number>();
  const seen: string[] = [];
  const server = createServer((req, res: ServerResponse) => {
    const path = req.url ?? '/';
    seen.push(path);
    const body = files.get(path);
    if (typeof body === 'number') return void res.writeHead(body).end();
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'access-control-allow-origin': '*' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kadun/list-dist/risk-list.json`, files, seen };
}

beforeAll(async () => {
  for (let i = 0; i < 3; i++) mirrors.push(await startMirror());
});
afterAll(async () => {
  await Promise.all(mirrors.map((m) => new Promise((r) => m.server.close(r))));
});
beforeEach(() => mirrors.forEach((m) => (m.files.clear(), (m.seen.length = 0))));

const keys = await keyPair();
const otherKeys = await keyPair();
const P = '/kadun/list-dist/';

const v1 = list({ version: 1, entries: [entry('old.example')] });
const v2 = list({ version: 2, generatedAt: '2026-11-22T00:00:00Z', entries: [entry('old.example'), entry('new.example')] });
const v3 = list({ version: 3, generatedAt: '2026-11-23T00:00:00Z', entries: [entry('new.example'), entry('newer.example')] });

async function publish(m: Mirror, l: RiskList, opts: { deltasFrom?: RiskList[]; index?: boolean } = {}) {
  const bytes = encode(l);
  m.files.set(`${P}risk-list.json`, bytes);
  m.files.set(`${P}risk-list.json.sig`, await keys.sign(bytes));
  for (const old of opts.deltasFrom ?? []) {
    const d = encode(buildDelta(old, l));
    m.files.set(`${P}deltas/${old.version}.json`, d);
    m.files.set(`${P}deltas/${old.version}.json.sig`, await keys.sign(d));
  }
  if (opts.index === false) return;
  const index: ListIndex = { kind: 'kadun-list-index', schema: 1, version: l.version, generatedAt: l.generatedAt, deltas: (opts.deltasFrom ?? []).map((o) => o.version) };
  m.files.set(`${P}risk-list.version`, indexFileText(index, await keys.sign(encode(JSON.stringify(index)))));
}

let n = 0;
async function setup(bundled: RiskList = v1) {
  const db = openAppDb(`kadun-mirrors-${Date.now()}-${n++}`);
  const bytes = encode(bundled);
  const signature = await keys.sign(bytes);
  const clock = { now: NOW };
  const updater = createListUpdater({ db, fetch: (...a) => fetch(...a), now: () => clock.now, bundled: async () => ({ bytes, signature }), publicKey: keys.spki, timeoutMs: 2000 });
  await updater.ensureBundled();
  const settings = { listMirrors: mirrors.map((m) => m.url) };
  return { db, updater, settings, clock };
}

describe('mirror order', () => {
  it('puts the mirror that last worked first, and keeps the configured order otherwise', () => {
    expect(mirrorOrder(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
    expect(mirrorOrder(['a', 'b', 'c'], null)).toEqual(['a', 'b', 'c']);
    expect(mirrorOrder(['a', 'b'], 'gone')).toEqual(['a', 'b']);
  });
  it('names the mirrors a person knows, else the host', () => {
    expect(mirrorName('https://raw.githubusercontent.com/o/r/list-dist/risk-list.json')).toBe('GitHub');
    expect(mirrorName('https://cdn.jsdelivr.net/gh/o/r@list-dist/risk-list.json')).toBe('jsDelivr');
    expect(mirrorName('https://gitee.com/o/r/raw/list-dist/risk-list.json')).toBe('Gitee');
    expect(mirrorName('https://mirror.example/risk-list.json')).toBe('mirror.example');
    expect(mirrorName('https://evilgitee.com.example/x')).toBe('evilgitee.com.example');
  });
});

describe('three untrusted mirrors', () => {
  it('refused, tampered, valid: ends on the valid list from mirror 3, and asks mirror 3 first next time', async () => {
    const { db, updater, settings, clock } = await setup();
    mirrors[0]!.files.set(`${P}risk-list.version`, 403);
    await publish(mirrors[1]!, v2, { index: false });
    mirrors[1]!.files.set(`${P}risk-list.json`, encode(new TextDecoder().decode(encode(v2)).replace('new.example', 'evil.example')));
    await publish(mirrors[2]!, v2);
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 2 });
    expect((await lookupInDb(db, 'new.example', NOW))?.match.entry?.domain).toBe('new.example');
    expect((await lookupInDb(db, 'evil.example', NOW))?.match).toEqual({});
    const status = await updater.status();
    expect(status).toMatchObject({ version: 2, mirror: mirrors[2]!.url, lastSuccessAt: NOW, lastError: null });
    expect(status.attempts!.map((a) => [a.ok, a.reason?.split(':')[0] ?? null, a.via])).toEqual([
      [false, 'http', null], [false, 'bad-signature', null], [true, null, 'full'],
    ]);

    mirrors.forEach((m) => (m.seen.length = 0));
    clock.now += 1000;
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 2, reason: 'up-to-date' });
    expect(mirrors.map((m) => m.seen)).toEqual([[], [], [`${P}risk-list.version`]]); // one request, to the mirror that worked
  });

  it('an older list on a mirror is a rollback: refused, and the next mirror answers', async () => {
    const { updater, settings } = await setup(v2);
    await publish(mirrors[0]!, v1);
    await publish(mirrors[1]!, v1, { index: false });
    await publish(mirrors[2]!, v3);
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 3 });
    const { attempts } = await updater.status();
    expect(attempts!.map((a) => a.reason?.split(':')[0] ?? 'ok')).toEqual(['rollback', 'rollback', 'ok']);
  });

  it('when every mirror fails the list in use stays, and the reason names each mirror', async () => {
    const { db, updater, settings } = await setup(v2);
    mirrors[0]!.files.set(`${P}risk-list.version`, 403);
    await publish(mirrors[1]!, v3);
    mirrors[1]!.files.set(`${P}risk-list.json.sig`, await otherKeys.sign(encode(v3)));
    mirrors[1]!.files.set(`${P}risk-list.version`, 404);
    await publish(mirrors[2]!, v1);
    const r = await updater.update(settings, { manual: true });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/^mirrors: all 3 mirrors failed: .*http.*bad-signature.*rollback/) });
    expect(await updater.status()).toMatchObject({ version: 2, lastError: r.reason, mirror: null });
    expect((await lookupInDb(db, 'old.example', NOW))?.match.entry?.domain).toBe('old.example');
    const state = (await db.listMeta.get(LIST_UPDATE.stateKey))?.value as { failures: number; nextAllowedAt: number };
    expect(state.failures).toBe(1);
    expect(state.nextAllowedAt).toBeGreaterThan(NOW);
  });
});

describe('small updates', () => {
  it('a signed delta from our version is applied instead of the full list', async () => {
    const { db, updater, settings } = await setup(v2);
    await publish(mirrors[0]!, v3, { deltasFrom: [v1, v2] });
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 3 });
    expect(mirrors[0]!.seen).toEqual([`${P}risk-list.version`, `${P}deltas/2.json`, `${P}deltas/2.json.sig`]);
    expect((await lookupInDb(db, 'newer.example', NOW))?.match.entry?.domain).toBe('newer.example');
    expect((await lookupInDb(db, 'old.example', NOW))?.match).toEqual({});
    expect((await updater.status()).attempts).toEqual([{ url: mirrors[0]!.url, ok: true, reason: null, via: 'delta' }]);
  });

  it('a tampered delta falls back to the full list from the same mirror; no delta for our version too', async () => {
    const { db, updater, settings } = await setup(v2);
    await publish(mirrors[0]!, v3, { deltasFrom: [v2] });
    mirrors[0]!.files.set(`${P}deltas/2.json.sig`, await otherKeys.sign(encode(buildDelta(v2, v3))));
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 3 });
    expect(mirrors[0]!.seen.slice(-2)).toEqual([`${P}risk-list.json`, `${P}risk-list.json.sig`]);
    expect((await updater.status()).attempts).toEqual([{ url: mirrors[0]!.url, ok: true, reason: expect.stringMatching(/^delta: bad-signature/), via: 'full' }]);
    expect((await lookupInDb(db, 'newer.example', NOW))?.match.entry?.domain).toBe('newer.example');

    const other = await setup(v1);
    mirrors[0]!.seen.length = 0;
    expect(await other.updater.update(other.settings, { manual: true })).toEqual({ ok: true, version: 3 });
    expect(mirrors[0]!.seen).toEqual([`${P}risk-list.version`, `${P}risk-list.json`, `${P}risk-list.json.sig`]);
  });

  it('a delta that names another target than the index is refused (full list instead)', async () => {
    const { updater, settings } = await setup(v2);
    await publish(mirrors[0]!, v3, { deltasFrom: [v2] });
    const wrong = encode(buildDelta(v2, { ...v3, version: 9 }));
    mirrors[0]!.files.set(`${P}deltas/2.json`, wrong);
    mirrors[0]!.files.set(`${P}deltas/2.json.sig`, await keys.sign(wrong));
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 3 });
    expect((await updater.status()).attempts![0]).toMatchObject({ via: 'full', reason: expect.stringMatching(/^delta: malformed: delta 2→9, expected 2→3/) });
  });
});
