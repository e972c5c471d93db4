// The list updater against a local HTTP server on 127.0.0.1 (fully offline) with fake-indexeddb: the bundled list
// on first run, signed updates, conditional requests, every way a download can be refused, back-off, and the
// list/update-now and list/status handlers behind the real server. Lists use reserved names only.
import { createServer as createHttpServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createListHandlers } from '../../entrypoints/background/handlers-list';
import { backoffMs, createListUpdater, ensureListAlarm, LIST_UPDATE, type ListUpdaterDeps } from '../../entrypoints/background/list-updater';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { openAppDb } from '../../lib/db/app-db';
import { request } from '../../lib/messaging/client';
import { createServer } from '../../lib/messaging/server';
import { lookupInDb } from '../../lib/risk-list/store';
import { encode, entry, keyPair, list, NOW } from '../risk-list/helpers';
import { COMMON_HOSTILE, serveHostile } from '../providers/hostile-answers';

type Route = (res: ServerResponse, headers: IncomingHttpHeaders) => void;
const routes = new Map<string, Route>();
const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
const http = createHttpServer((req, res) => {
  const path = req.url ?? '/';
  // These tests serve no index (risk-list.version answers 404: the full-list path); tests/risk-list/mirrors.test.ts has it.
  if (path !== '/risk-list.version') seen.push({ path, headers: req.headers });
  const route = routes.get(path);
  if (route) route(res, req.headers);
  else res.writeHead(404).end('not found');
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  http.closeAllConnections(); // the "timeout" route never answers
  await new Promise<void>((resolve) => http.close(() => resolve()));
});
beforeEach(() => {
  routes.clear();
  seen.length = 0;
  fakeBrowser.reset();
});

const keys = await keyPair();
const otherKeys = await keyPair();
const signed = async (value: unknown, sign = keys.sign) => {
  const bytes = encode(value);
  return { bytes, signature: await sign(bytes) };
};

/** Serves `/risk-list.json` (with an ETag and Last-Modified) and its `.sig`; answers 304 to a matching If-None-Match. */
function serve(file: { bytes: Uint8Array; signature: string }, etag = '"v"', lastModified = 'Tue, 24 Nov 2026 00:00:00 GMT') {
  routes.set('/risk-list.json', (res, headers) => {
    if (headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': file.bytes.byteLength, etag, 'last-modified': lastModified }).end(file.bytes);
  });
  routes.set('/risk-list.json.sig', (res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(file.signature));
}

const v1 = list({ version: 1, generatedAt: '2026-11-01T00:00:00Z' });
const bundledV1 = await signed(v1);

let n = 0;
function setup(over: Partial<ListUpdaterDeps> = {}) {
  const db = openAppDb(`kadun-list-updater-${Date.now()}-${n++}`);
  const clock = { now: NOW };
  const counts = { bundled: 0, imported: 0 };
  const deps: ListUpdaterDeps = {
    db,
    fetch: (...a) => fetch(...a),
    now: () => clock.now,
    bundled: async () => {
      counts.bundled++;
      return bundledV1;
    },
    publicKey: keys.spki,
    onImported: () => void counts.imported++,
    timeoutMs: 400,
    ...over,
  };
  const updater = createListUpdater(deps);
  const settings = { ...DEFAULT_SETTINGS, listMirrors: [`${origin}/risk-list.json`] };
  const state = async () => (await db.listMeta.get(LIST_UPDATE.stateKey))?.value as Record<string, number | string | null>;
  return { db, clock, counts, deps, updater, settings, state };
}

describe('bundled list', () => {
  it('is verified and imported on first run, once; a later wake does not read it again', async () => {
    const { db, updater, counts, deps, clock } = setup();
    expect(await updater.status()).toEqual({
      version: null, generatedAt: null, importedAt: null, lastCheckAt: null, lastError: null, mirror: null, lastSuccessAt: null, attempts: [],
    });
    expect(await updater.ensureBundled()).toEqual({ ok: true, version: 1 });
    expect(await updater.ensureBundled()).toMatchObject({ ok: true });
    expect(counts).toEqual({ bundled: 1, imported: 1 });
    expect(await updater.status()).toMatchObject({ version: 1, generatedAt: Date.parse(v1.generatedAt), importedAt: NOW, lastCheckAt: null, lastError: null, mirror: null });

    clock.now += 1000; // the worker died and woke: a new updater over the same database
    const woken = createListUpdater(deps);
    expect(await woken.ensureBundled()).toEqual({ ok: true, version: 1, reason: 'active' });
    expect(counts).toEqual({ bundled: 1, imported: 1 });
    expect((await woken.status()).importedAt).toBe(NOW);
    db.close();
  });

  it('concurrent calls on a wake import it once', async () => {
    const { updater, counts } = setup();
    await Promise.all([updater.ensureBundled(), updater.ensureBundled(), updater.ensureBundled({ evenIfActive: true })]);
    expect(counts.imported).toBe(1);
    expect((await updater.status()).version).toBe(1);
  });

  it('a newer bundled list (extension update) replaces an older active one only when asked on install', async () => {
    const { deps, updater } = setup();
    await updater.ensureBundled();
    const v5 = await signed(list({ version: 5 }));
    const updated = createListUpdater({ ...deps, bundled: async () => v5 });
    expect(await updated.ensureBundled()).toMatchObject({ ok: true, version: 1, reason: 'active' });
    expect(await updated.ensureBundled({ evenIfActive: true })).toEqual({ ok: true, version: 5 });
    expect(await updater.ensureBundled({ evenIfActive: true })).toMatchObject({ ok: true, version: 5, reason: 'active' }); // v1 is older: kept
  });

  it('a bundled list with a bad signature is not imported and shows as the last error', async () => {
    const { updater, counts } = setup({ bundled: async () => ({ bytes: bundledV1.bytes, signature: (await signed(v1, otherKeys.sign)).signature }) });
    expect(await updater.ensureBundled()).toMatchObject({ ok: false, reason: expect.stringMatching(/^bad-signature: bundled list/) });
    expect(counts.imported).toBe(0);
    expect(await updater.status()).toMatchObject({ version: null, lastError: expect.stringMatching(/^bad-signature/) });
  });
});

describe('update', () => {
  it('imports a newer signed list, asking for the list URL only, with no cookies or referrer', async () => {
    const { db, updater, settings, counts, state } = setup();
    serve(await signed(list({ version: 2, entries: [entry('new.example')] })), '"v2"');
    expect(await updater.update(settings, { manual: false })).toEqual({ ok: true, version: 2 });
    expect(counts).toEqual({ bundled: 1, imported: 2 }); // the bundled list first, then the download
    expect((await lookupInDb(db, 'shop.new.example', NOW))?.match.entry?.domain).toBe('new.example');
    expect(seen.map((r) => r.path)).toEqual(['/risk-list.json', '/risk-list.json.sig']);
    for (const { headers } of seen) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.referer).toBeUndefined();
      expect(headers['if-none-match']).toBeUndefined(); // nothing stored yet
    }
    expect(await state()).toMatchObject({ etag: '"v2"', lastModified: 'Tue, 24 Nov 2026 00:00:00 GMT', lastSuccessAt: NOW, failures: 0 });
    expect(await updater.status()).toMatchObject({ version: 2, importedAt: NOW, lastCheckAt: NOW, lastError: null });
  });

  it('sends the stored ETag and Last-Modified; a 304 changes nothing and skips the signature', async () => {
    const { updater, settings, counts, clock } = setup();
    serve(await signed(list({ version: 2 })), '"v2"');
    await updater.update(settings, { manual: true });
    seen.length = 0;
    clock.now += 60_000;
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 2, reason: 'not-modified' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers).toMatchObject({ 'if-none-match': '"v2"', 'if-modified-since': 'Tue, 24 Nov 2026 00:00:00 GMT' });
    expect(counts.imported).toBe(2);
    expect(await updater.status()).toMatchObject({ version: 2, importedAt: NOW, lastCheckAt: NOW + 60_000, lastError: null });
  });

  it('the same version again (a server without validators) is up to date, not an error', async () => {
    const { updater, settings } = setup();
    const v2 = await signed(list({ version: 2 }));
    routes.set('/risk-list.json', (res) => void res.writeHead(200).end(v2.bytes));
    routes.set('/risk-list.json.sig', (res) => void res.writeHead(200).end(v2.signature));
    await updater.update(settings, { manual: true });
    expect(await updater.update(settings, { manual: true })).toEqual({ ok: true, version: 2, reason: 'up-to-date' });
    expect(seen.every((r) => r.headers['if-none-match'] === undefined)).toBe(true);
    expect((await updater.status()).lastError).toBeNull();
  });

  it('a scheduled check soon after the last one is skipped; a changed URL is checked at once, without old validators', async () => {
    const { updater, settings, clock } = setup();
    serve(await signed(list({ version: 2 })), '"v2"');
    await updater.update(settings, { manual: false });
    seen.length = 0;
    clock.now += 60 * 60_000;
    expect(await updater.update(settings, { manual: false })).toEqual({ ok: true, version: 2, reason: 'not-due' });
    expect(seen).toHaveLength(0);
    clock.now += LIST_UPDATE.periodMinutes * 60_000; // the next alarm
    expect(await updater.update(settings, { manual: false })).toEqual({ ok: true, version: 2, reason: 'not-modified' });
    expect(seen).toHaveLength(1);
    seen.length = 0;
    clock.now += 60_000;
    routes.set('/other.json', routes.get('/risk-list.json')!);
    routes.set('/other.json.sig', routes.get('/risk-list.json.sig')!);
    expect(await updater.update({ listMirrors: [`${origin}/other.json`] }, { manual: false })).toEqual({ ok: true, version: 2, reason: 'up-to-date' });
    expect(seen.map((r) => r.path)).toEqual(['/other.json', '/other.json.sig']);
    expect(seen[0]!.headers['if-none-match']).toBeUndefined();
  });
});

describe('refused downloads keep the list in use', () => {
  const v2 = list({ version: 2, generatedAt: '2026-11-20T00:00:00Z', entries: [entry('kept.example')] });
  const cases: Array<{ name: string; code: string; route: () => Promise<void> }> = [
    {
      name: 'tampered list', code: 'bad-signature', route: async () => {
        const good = await signed(list({ version: 3, entries: [entry('evil.example')] }));
        serve({ bytes: encode(new TextDecoder().decode(good.bytes).replace('evil.example', 'evil2.example')), signature: good.signature });
      },
    },
    { name: 'signed with another key', code: 'bad-signature', route: async () => serve(await signed(list({ version: 3 }), otherKeys.sign)) },
    { name: 'no signature file', code: 'http', route: async () => {
      serve(await signed(list({ version: 3 })));
      routes.delete('/risk-list.json.sig');
    } },
    { name: 'older version', code: 'rollback', route: async () => serve(await signed(list({ version: 1 }))) },
    { name: 'garbage (signed)', code: 'malformed', route: async () => serve(await signed('{"schema":1,"version":')) },
    { name: 'valid JSON, wrong schema (signed)', code: 'malformed', route: async () => serve(await signed({ ...list({ version: 3 }), extra: true })) },
    { name: 'HTTP 500', code: 'http', route: async () => void routes.set('/risk-list.json', (res) => void res.writeHead(500).end('oops')) },
    { name: 'no answer (timeout)', code: 'timeout', route: async () => void routes.set('/risk-list.json', () => undefined) },
    { name: 'slow body (timeout)', code: 'timeout', route: async () => void routes.set('/risk-list.json', (res) => void res.writeHead(200).write('{')) },
  ];

  it.each(cases.map((c, i) => ({ ...c, i })))('$name → $code', async ({ code, route, i }) => {
    const { db, updater, settings, clock, counts, state } = setup();
    serve(await signed(v2), '"v2"');
    await updater.update(settings, { manual: true });
    const importsBefore = counts.imported;
    // Failures before this case, so back-off is seen to grow from where it stands.
    await db.listMeta.put({ key: LIST_UPDATE.stateKey, value: { ...(await state()), etag: null, lastModified: null, failures: i } });
    routes.clear();
    await route();
    clock.now += 1000;
    const result = await updater.update(settings, { manual: true });
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(new RegExp(`^${code}: `));
    expect(counts.imported).toBe(importsBefore);
    expect(await updater.status()).toMatchObject({ version: 2, lastCheckAt: clock.now, lastError: result.reason });
    expect((await lookupInDb(db, 'kept.example', NOW))?.match.entry?.domain).toBe('kept.example');
    expect(await state()).toMatchObject({ failures: i + 1, nextAllowedAt: clock.now + backoffMs(i + 1) });
  });

  it('refuses a list over the size cap, by Content-Length or while reading', async () => {
    const { updater, settings } = setup({ maxBytes: 400 });
    const big = await signed(list({ version: 2, entries: Array.from({ length: 10 }, (_, i) => entry(`big${i}.example`)) }));
    serve(big);
    expect((await updater.update(settings, { manual: true })).reason).toMatch(/^too-large: more than 400 bytes/);
    routes.set('/risk-list.json', (res) => {
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      res.write(big.bytes.subarray(0, 300));
      res.end(big.bytes.subarray(300));
    });
    expect((await updater.update(settings, { manual: true })).reason).toMatch(/^too-large: more than 400 bytes/);
    expect((await updater.status()).version).toBe(1);
  });

  it('backs off exponentially from 30 min to 24 h; a manual update ignores it and still counts; success resets it', async () => {
    const { updater, settings, clock, state } = setup();
    expect([1, 2, 3, 4, 5, 6, 7, 10].map(backoffMs)).toEqual([0.5, 1, 2, 4, 8, 16, 24, 24].map((h) => h * 3_600_000));
    routes.set('/risk-list.json', (res) => void res.writeHead(503).end());
    expect(await updater.update(settings, { manual: false })).toMatchObject({ ok: false, reason: 'http: HTTP 503 for the list' });
    const first = await state();
    expect(first).toMatchObject({ failures: 1, nextAllowedAt: NOW + 30 * 60_000 });

    seen.length = 0;
    clock.now += 10 * 60_000;
    expect(await updater.update(settings, { manual: false })).toMatchObject({ ok: false, reason: expect.stringMatching(/^backoff: /) });
    expect(seen).toHaveLength(0); // nothing was asked
    expect(await state()).toEqual(first); // nothing was recorded

    expect(await updater.update(settings, { manual: true })).toMatchObject({ ok: false, reason: 'http: HTTP 503 for the list' });
    expect(seen).toHaveLength(1);
    expect(await state()).toMatchObject({ failures: 2, nextAllowedAt: clock.now + 60 * 60_000 });

    serve(await signed(list({ version: 2 })));
    clock.now += 61 * 60_000;
    expect(await updater.update(settings, { manual: false })).toEqual({ ok: true, version: 2 });
    expect(await state()).toMatchObject({ failures: 0, nextAllowedAt: null, lastError: null, lastSuccessAt: clock.now });
    expect((await updater.status()).lastError).toBeNull();
  });

  // The list download under every hostile answer (issue 10 item 3): refused, the list in use kept, nothing thrown.
  it.each(Object.entries(COMMON_HOSTILE))('the list answered with %s is refused and the list in use kept', async (_name, h) => {
    const { updater, settings } = setup();
    routes.set('/risk-list.json', (res) => serveHostile(h, '/risk-list.json', res));
    const result = await updater.update(settings, { manual: true });
    expect(result.ok).toBe(false);
    expect((await updater.status()).version).toBe(1);
  });

  it('a redirect loop is counted and refused as redirect-loop', async () => {
    const { updater, settings } = setup();
    routes.set('/risk-list.json', (res) => void res.writeHead(302, { location: '/risk-list.json' }).end());
    expect((await updater.update(settings, { manual: true })).reason).toMatch(/^redirect-loop: more than 3 redirects/);
    expect(seen.filter((r) => r.path === '/risk-list.json')).toHaveLength(4);
  });

  it('an unreachable host is a network failure, never a throw', async () => {
    const { updater } = setup();
    const result = await updater.update({ listMirrors: ['http://127.0.0.1:1/risk-list.json'] }, { manual: true });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^network: 127\.0\.0\.1:1 unreachable/) });
    expect((await updater.status()).version).toBe(1);
  });
});

describe('list handlers', () => {
  it('answer the popup and options pages through the real server, and nobody else', async () => {
    const { updater, settings } = setup();
    serve(await signed(list({ version: 2 })));
    const serveMsg = createServer(createListHandlers(updater, async () => settings), { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
    const fromOptions = (m: unknown) => serveMsg(m, { id: 'ext', url: 'chrome-extension://ext/options.html' });
    const fromPage = (m: unknown) => serveMsg(m, { id: 'ext', url: 'https://shop.example/', frameId: 0, tab: { id: 1 } });
    expect(await request(fromOptions, 'list/update-now', {})).toEqual({ ok: true, version: 2 });
    expect(await request(fromOptions, 'list/status', {})).toEqual({
      version: 2, generatedAt: Date.parse('2026-11-20T00:00:00Z'), importedAt: NOW, lastCheckAt: NOW, lastError: null,
      mirror: settings.listMirrors[0], lastSuccessAt: NOW, attempts: [{ url: settings.listMirrors[0], ok: true, reason: null, via: 'full' }],
    });
    expect((await fromPage({ type: 'list/update-now', payload: {} })).ok).toBe(false);
    expect((await fromPage({ type: 'list/status', payload: {} })).ok).toBe(false);
  });
});

describe('alarm', () => {
  it('is created on install, kept on startup, and re-created on startup when the browser dropped it', async () => {
    await ensureListAlarm(fakeBrowser.alarms, 'install');
    const installed = await fakeBrowser.alarms.get(LIST_UPDATE.alarm);
    expect(installed).toMatchObject({ name: 'kadun-list-update', periodInMinutes: 360 });
    await ensureListAlarm(fakeBrowser.alarms, 'startup');
    expect(await fakeBrowser.alarms.get(LIST_UPDATE.alarm)).toEqual(installed);
    await fakeBrowser.alarms.clearAll();
    await ensureListAlarm(fakeBrowser.alarms, 'startup');
    expect(await fakeBrowser.alarms.get(LIST_UPDATE.alarm)).toMatchObject({ periodInMinutes: 360 });
  });
});
