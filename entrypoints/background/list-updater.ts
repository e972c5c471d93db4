// Keeps the community risk list current (design.md "Community risk list"; issue: "Updates: from a configurable URL
// … on install and on a browser.alarms schedule, with ETag/If-Modified-Since, back-off on failure, and a manual
// 'update now'. A bundled list ships in public/data/ so the extension works offline from the first run.")
//
// Only the list URL (and its `.sig`) is fetched: no page data, no user data, no cookies (credentials 'omit'), no
// referrer. The download is checked (size, signature, schema, version) before anything is written; a rejected list
// keeps the one in use. The state of the last check lives in Dexie (listMeta 'updateState'), never in module
// variables: the service worker dies between alarms (style.md rule 7). Everything is injected (db, fetch, clock,
// the bundled files), so tests run this against a local HTTP server with fake-indexeddb.
import { z } from 'zod';
import type { Settings } from '../../lib/core/settings';
import type { AppDb } from '../../lib/db/app-db';
import type { ResponseOf } from '../../lib/messaging/contracts';
import { RISK_LIST_LIMITS } from '../../lib/risk-list/format';
import { verifyAndParse, type ListPublicKey } from '../../lib/risk-list/signature';
import { activeListInfo, importList } from '../../lib/risk-list/store';

export const LIST_UPDATE = {
  alarm: 'kadun-list-update',
  periodMinutes: 360,
  timeoutMs: 15_000,
  backoffMinMs: 30 * 60_000,
  backoffMaxMs: 24 * 60 * 60_000,
  /** A scheduled check closer than this to the last one is skipped (the alarm period, less slack for alarm jitter). */
  minIntervalMs: (360 - 15) * 60_000,
  /** A signature is 88 characters of base64; anything much larger is not one. */
  signatureBytes: 1024,
  stateKey: 'updateState',
} as const;

export type UpdateResult = ResponseOf<'list/update-now'>;
export type ListStatus = ResponseOf<'list/status'>;

/** Stored state of the updater. `url` is the list URL the validators and the failure count belong to. */
const updateStateSchema = z.object({
  url: z.string().nullable(),
  etag: z.string().max(1000).nullable(),
  lastModified: z.string().max(200).nullable(),
  lastCheckAt: z.number().nullable(),
  lastSuccessAt: z.number().nullable(),
  lastError: z.string().max(200).nullable(),
  failures: z.number().int().nonnegative(),
  nextAllowedAt: z.number().nullable(),
});
export type UpdateState = z.infer<typeof updateStateSchema>;

const INITIAL_STATE: UpdateState = {
  url: null, etag: null, lastModified: null, lastCheckAt: null, lastSuccessAt: null, lastError: null, failures: 0, nextAllowedAt: null,
};

export type FailureCode = 'network' | 'timeout' | 'http' | 'too-large' | 'bad-signature' | 'malformed' | 'rollback' | 'import' | 'internal';

/** Exponential back-off after `failures` failed checks in a row: 30 min, 1 h, 2 h … capped at 24 h. */
export const backoffMs = (failures: number): number =>
  failures <= 0 ? 0 : Math.min(LIST_UPDATE.backoffMinMs * 2 ** (failures - 1), LIST_UPDATE.backoffMaxMs);

export type ListUpdaterDeps = {
  db: AppDb;
  fetch: typeof fetch;
  now: () => number;
  /** The list and signature packaged in public/data/ (the background reads them from its own extension URL). */
  bundled: () => Promise<{ bytes: Uint8Array; signature: string }>;
  publicKey: ListPublicKey;
  /** After a list became active (bundled or downloaded): the background invalidates its lookup cache. */
  onImported?: () => void;
  /** Tests shorten these; the defaults are LIST_UPDATE.timeoutMs and RISK_LIST_LIMITS.bytes. */
  timeoutMs?: number;
  maxBytes?: number;
};

export type ListUpdater = {
  ensureBundled(opts?: { evenIfActive?: boolean }): Promise<UpdateResult>;
  update(settings: Pick<Settings, 'listUrl'>, opts: { manual: boolean }): Promise<UpdateResult>;
  status(): Promise<ListStatus>;
};

class Failure extends Error {
  constructor(readonly code: FailureCode, readonly detail: string) {
    super(`${code}: ${detail}`.slice(0, 200));
  }
}

export function createListUpdater(deps: ListUpdaterDeps): ListUpdater {
  const { db } = deps;
  const timeoutMs = deps.timeoutMs ?? LIST_UPDATE.timeoutMs;
  const maxBytes = Math.min(deps.maxBytes ?? RISK_LIST_LIMITS.bytes, RISK_LIST_LIMITS.bytes);
  // Per worker: once a list is known to be active, later wakes of ensureBundled cost nothing.
  let bundledDone = false;
  // Imports run one at a time: two concurrent importList calls could flip activeVersion out of order.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };

  const readState = async (): Promise<UpdateState> => {
    const parsed = updateStateSchema.safeParse((await db.listMeta.get(LIST_UPDATE.stateKey))?.value);
    return parsed.success ? parsed.data : INITIAL_STATE;
  };
  const writeState = (state: UpdateState) => db.listMeta.put({ key: LIST_UPDATE.stateKey, value: state });
  const imported = () => {
    try {
      deps.onImported?.();
    } catch {
      // The list is in Dexie either way; a cache that was not told rebuilds on the next wake.
    }
  };

  async function bundledStep(evenIfActive: boolean): Promise<UpdateResult> {
    try {
      const active = await activeListInfo(db);
      if (active && !evenIfActive) {
        bundledDone = true;
        return { ok: true, version: active.version, reason: 'active' };
      }
      const { bytes, signature } = await deps.bundled();
      const verified = await verifyAndParse(bytes, signature, deps.publicKey, { currentVersion: active?.version ?? null, maxBytes });
      if (!verified.ok && verified.reason === 'rollback' && active) {
        // After an extension update: the list in use is already as new as the one packaged with it.
        bundledDone = true;
        return { ok: true, version: active.version, reason: 'active' };
      }
      if (!verified.ok) throw new Failure(verified.reason, `bundled list: ${verified.detail}`);
      const result = await importList(db, verified.list, deps.now());
      if (!result.ok) throw new Failure('rollback', `bundled list: version ${verified.list.version} is not above ${result.activeVersion}`);
      bundledDone = true;
      imported();
      return { ok: true, version: result.info.version };
    } catch (err) {
      // A broken package is a bug to see in list/status; it does not count as a failed download (no back-off).
      const reason = reasonOf(err);
      await readState().then((state) => writeState({ ...state, lastError: reason })).catch(() => undefined);
      return { ok: false, reason };
    }
  }

  async function updateStep(url: string, manual: boolean): Promise<UpdateResult> {
    const now = deps.now();
    const stored = await readState();
    // Validators and failures belong to the URL they were earned on; a changed URL starts afresh.
    const state = stored.url === url ? stored : { ...INITIAL_STATE, lastCheckAt: stored.lastCheckAt, lastError: stored.lastError, url };
    if (!manual && state.nextAllowedAt !== null && now < state.nextAllowedAt) {
      return { ok: false, reason: `backoff: next check after ${new Date(state.nextAllowedAt).toISOString()}` };
    }
    if (!manual && stored.url === url && state.failures === 0 && state.lastCheckAt !== null && now - state.lastCheckAt < LIST_UPDATE.minIntervalMs) {
      return { ok: true, version: (await activeListInfo(db))?.version, reason: 'not-due' };
    }
    try {
      const outcome = await download(url, state);
      await writeState({
        ...state, ...outcome.validators, lastCheckAt: now, lastSuccessAt: now, lastError: null, failures: 0, nextAllowedAt: null,
      });
      return outcome.result;
    } catch (err) {
      const reason = reasonOf(err);
      const failures = state.failures + 1;
      await writeState({ ...state, lastCheckAt: now, lastError: reason, failures, nextAllowedAt: now + backoffMs(failures) }).catch(() => undefined);
      return { ok: false, reason };
    }
  }

  async function download(url: string, state: UpdateState) {
    const conditional: Record<string, string> = {};
    if (state.etag) conditional['If-None-Match'] = state.etag;
    if (state.lastModified) conditional['If-Modified-Since'] = state.lastModified;
    const hasValidators = Object.keys(conditional).length > 0;
    // If-None-Match / If-Modified-Since are not CORS-safelisted request headers: cross-origin they need a preflight,
    // which a server that only sends `access-control-allow-origin: *` may refuse. Then ask again without them.
    const list = await get(url, conditional, maxBytes).catch((err: unknown) => {
      if (hasValidators && err instanceof Failure && err.code === 'network') return get(url, {}, maxBytes);
      throw err;
    });
    const keep = { etag: state.etag, lastModified: state.lastModified };
    if (list.status === 304 && hasValidators) {
      return { validators: keep, result: { ok: true, version: (await activeListInfo(db))?.version, reason: 'not-modified' } };
    }
    if (list.status !== 200) throw new Failure('http', `HTTP ${list.status} for the list`);
    // ETag is not a CORS-safelisted response header: without access-control-expose-headers it reads as null, and
    // the next check downloads the whole file again (and finds the same version: "up-to-date", not an error).
    const header = (name: string, max: number) => ((v) => (v && v.length <= max ? v : null))(list.headers.get(name));
    const validators = { etag: header('etag', 1000), lastModified: header('last-modified', 200) }; // as updateStateSchema allows
    const sig = await get(`${url}.sig`, {}, LIST_UPDATE.signatureBytes);
    if (sig.status !== 200) throw new Failure('http', `HTTP ${sig.status} for the signature`);
    const signature = new TextDecoder().decode(sig.bytes);
    const verified = await verifyAndParse(list.bytes, signature, deps.publicKey, { maxBytes });
    if (!verified.ok) throw new Failure(verified.reason, verified.detail);
    const active = await activeListInfo(db);
    // Versions only move forward. The same version again is the file we have (a server without validators).
    if (active && verified.list.version < active.version) {
      throw new Failure('rollback', `version ${verified.list.version} is below the list in use (${active.version})`);
    }
    if (active && verified.list.version === active.version) {
      return { validators, result: { ok: true, version: active.version, reason: 'up-to-date' } };
    }
    const result = await importList(db, verified.list, deps.now());
    if (!result.ok) throw new Failure('rollback', `version ${verified.list.version} is not above ${result.activeVersion}`);
    bundledDone = true;
    imported();
    return { validators, result: { ok: true, version: result.info.version } };
  }

  /** One GET of the list host only: no cookies, no referrer, no HTTP cache; bounded in time and size. */
  async function get(url: string, headers: Record<string, string>, cap: number): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    const lost = (err: unknown) => ctrl.signal.aborted
      ? new Failure('timeout', `no complete answer from ${hostOf(url)} within ${timeoutMs / 1000} s`)
      : err instanceof Failure ? err
      : new Failure('network', `${hostOf(url)} unreachable or refused by CORS (${(err as Error)?.message ?? String(err)})`);
    try {
      const res = await deps.fetch(url, {
        method: 'GET', headers, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'follow', signal: ctrl.signal,
      });
      if (res.status !== 200) {
        await res.body?.cancel().catch(() => undefined);
        return { status: res.status, headers: res.headers, bytes: new Uint8Array(0) };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > cap) {
        await res.body?.cancel().catch(() => undefined);
        throw new Failure('too-large', `${declared} bytes > ${cap}`);
      }
      return { status: res.status, headers: res.headers, bytes: await readCapped(res, cap) };
    } catch (err) {
      throw lost(err);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    ensureBundled: (opts = {}) => (bundledDone && !opts.evenIfActive ? Promise.resolve({ ok: true, reason: 'active' }) : serial(() => bundledStep(opts.evenIfActive ?? false))),
    update: (settings, { manual }) => serial(async () => {
      if (!bundledDone) await bundledStep(false);
      try {
        return await updateStep(settings.listUrl, manual);
      } catch (err) {
        return { ok: false, reason: reasonOf(err) }; // Dexie itself failed: nothing was recorded either
      }
    }),
    async status() {
      const [info, state] = await Promise.all([activeListInfo(db), readState()]);
      return {
        version: info?.version ?? null,
        generatedAt: info?.generatedAt ?? null,
        importedAt: info?.importedAt ?? null,
        lastCheckAt: state.lastCheckAt,
        lastError: state.lastError,
      };
    },
  };
}

/** The body, stopping (and cancelling the download) as soon as it grows past `cap`. */
async function readCapped(res: Response, cap: number): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw new Failure('too-large', `more than ${cap} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  chunks.reduce((at, c) => (out.set(c, at), at + c.byteLength), 0);
  return out;
}

const hostOf = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#]+)/i.exec(url)?.[1] ?? 'the list URL';

const reasonOf = (err: unknown): string =>
  (err instanceof Failure ? err.message : `internal: ${err instanceof Error ? err.message : String(err)}`).slice(0, 200);

type AlarmsApi = {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
};

/**
 * The schedule. On install (and extension update) the alarm is created afresh; on browser startup only when it is
 * missing (Chrome keeps alarms across restarts, Firefox does not), starting a minute later: re-creating it on every
 * startup would push its first firing 6 h away each time, and a browser used in short sessions would never update.
 * A scheduled check that comes too soon after the last one is skipped ('not-due'), so an extra firing costs nothing.
 */
export async function ensureListAlarm(alarms: AlarmsApi, reason: 'install' | 'startup'): Promise<void> {
  if (reason === 'startup' && (await alarms.get(LIST_UPDATE.alarm))) return;
  await alarms.create(LIST_UPDATE.alarm, {
    ...(reason === 'startup' ? { delayInMinutes: 1 } : {}),
    periodInMinutes: LIST_UPDATE.periodMinutes,
  });
}
