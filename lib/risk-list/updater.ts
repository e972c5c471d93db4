// Keeps the community risk list current (design.md "Community risk list"): the bundled list on first run, then the
// configured URL with ETag / If-Modified-Since and back-off on failure. Pure: fetch, clock, store and the bundled
// files are injected; the background only wires the alarm (entrypoints/background/list-updater.ts).
//
// Only the list URL (and its `.sig`) is fetched: no page data, no user data. The download is checked (size,
// signature, schema, version) before anything is written; a rejected list keeps the one in use.
import type { NetDeps } from '../net/bounded-fetch';
import { RISK_LIST_LIMITS } from './format';
import { verifyAndParse, type ListPublicKey } from './signature';
import { getListFile } from './updater-get';
import {
  backoffMs, INITIAL_STATE, LIST_UPDATE, reasonOf, updateStateSchema, UpdateFailure,
  type ListStatus, type UpdateResult, type UpdaterStore, type UpdateState,
} from './updater-state';

export type ListUpdaterCoreDeps = NetDeps & {
  store: UpdaterStore;
  /** The list and signature packaged in public/data/. */
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
  update(settings: { listUrl: string }, opts: { manual: boolean }): Promise<UpdateResult>;
  status(): Promise<ListStatus>;
};

export function createListUpdaterCore(deps: ListUpdaterCoreDeps): ListUpdater {
  const { store } = deps;
  const timeoutMs = deps.timeoutMs ?? LIST_UPDATE.timeoutMs;
  const maxBytes = Math.min(deps.maxBytes ?? RISK_LIST_LIMITS.bytes, RISK_LIST_LIMITS.bytes);
  // Per worker: once a list is known to be active, later wakes of ensureBundled cost nothing.
  let bundledDone = false;
  // Imports run one at a time: two concurrent imports could flip activeVersion out of order.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
  const readState = async (): Promise<UpdateState> => {
    const parsed = updateStateSchema.safeParse(await store.readState());
    return parsed.success ? parsed.data : INITIAL_STATE;
  };
  const imported = () => {
    try {
      deps.onImported?.();
    } catch {
      // The list is stored either way; a cache that was not told rebuilds on the next wake.
    }
  };
  const activeVersion = async () => (await store.activeInfo())?.version;

  async function bundledStep(evenIfActive: boolean): Promise<UpdateResult> {
    try {
      const active = await store.activeInfo();
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
      if (!verified.ok) throw new UpdateFailure(verified.reason, `bundled list: ${verified.detail}`);
      const result = await store.importList(verified.list, deps.now());
      if (!result.ok) throw new UpdateFailure('rollback', `bundled list: version ${verified.list.version} is not above ${result.activeVersion}`);
      bundledDone = true;
      imported();
      return { ok: true, version: result.info.version };
    } catch (err) {
      // A broken package is a bug to see in list/status; it does not count as a failed download (no back-off).
      const reason = reasonOf(err);
      await readState().then((state) => store.writeState({ ...state, lastError: reason })).catch(() => undefined);
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
      return { ok: true, version: await activeVersion(), reason: 'not-due' };
    }
    try {
      const outcome = await download(url, state);
      await store.writeState({ ...state, ...outcome.validators, lastCheckAt: now, lastSuccessAt: now, lastError: null, failures: 0, nextAllowedAt: null });
      return outcome.result;
    } catch (err) {
      const reason = reasonOf(err);
      const failures = state.failures + 1;
      await Promise.resolve(store.writeState({ ...state, lastCheckAt: now, lastError: reason, failures, nextAllowedAt: now + backoffMs(failures) })).catch(() => undefined);
      return { ok: false, reason };
    }
  }

  async function download(url: string, state: UpdateState) {
    const conditional: Record<string, string> = {};
    if (state.etag) conditional['If-None-Match'] = state.etag;
    if (state.lastModified) conditional['If-Modified-Since'] = state.lastModified;
    const hasValidators = Object.keys(conditional).length > 0;
    const get = (u: string, headers: Record<string, string>, cap: number) => getListFile(deps, u, headers, cap, timeoutMs);
    // If-None-Match / If-Modified-Since are not CORS-safelisted request headers: cross-origin they need a preflight,
    // which a server that only sends `access-control-allow-origin: *` may refuse. Then ask again without them.
    const list = await get(url, conditional, maxBytes).catch((err: unknown) => {
      if (hasValidators && err instanceof UpdateFailure && err.code === 'network') return get(url, {}, maxBytes);
      throw err;
    });
    const keep = { etag: state.etag, lastModified: state.lastModified };
    if (list.status === 304 && hasValidators) return { validators: keep, result: { ok: true, version: await activeVersion(), reason: 'not-modified' } };
    if (list.status !== 200) throw new UpdateFailure('http', `HTTP ${list.status} for the list`);
    // ETag is not a CORS-safelisted response header: without access-control-expose-headers it reads as null, and
    // the next check downloads the whole file again (and finds the same version: "up-to-date", not an error).
    const header = (name: string, max: number) => ((v) => (v && v.length <= max ? v : null))(list.headers.get(name));
    const validators = { etag: header('etag', 1000), lastModified: header('last-modified', 200) }; // as updateStateSchema allows
    const sig = await get(`${url}.sig`, {}, LIST_UPDATE.signatureBytes);
    if (sig.status !== 200) throw new UpdateFailure('http', `HTTP ${sig.status} for the signature`);
    const verified = await verifyAndParse(list.bytes, new TextDecoder().decode(sig.bytes), deps.publicKey, { maxBytes });
    if (!verified.ok) throw new UpdateFailure(verified.reason, verified.detail);
    const active = await store.activeInfo();
    // Versions only move forward. The same version again is the file we have (a server without validators).
    if (active && verified.list.version < active.version) {
      throw new UpdateFailure('rollback', `version ${verified.list.version} is below the list in use (${active.version})`);
    }
    if (active && verified.list.version === active.version) return { validators, result: { ok: true, version: active.version, reason: 'up-to-date' } };
    const result = await store.importList(verified.list, deps.now());
    if (!result.ok) throw new UpdateFailure('rollback', `version ${verified.list.version} is not above ${result.activeVersion}`);
    bundledDone = true;
    imported();
    return { validators, result: { ok: true, version: result.info.version } };
  }

  return {
    ensureBundled: (opts = {}) => (bundledDone && !opts.evenIfActive ? Promise.resolve({ ok: true, reason: 'active' }) : serial(() => bundledStep(opts.evenIfActive ?? false))),
    update: (settings, { manual }) => serial(async () => {
      if (!bundledDone) await bundledStep(false);
      try {
        return await updateStep(settings.listUrl, manual);
      } catch (err) {
        return { ok: false, reason: reasonOf(err) }; // the store itself failed: nothing was recorded either
      }
    }),
    async status() {
      const [info, state] = await Promise.all([store.activeInfo(), readState()]);
      return {
        version: info?.version ?? null, generatedAt: info?.generatedAt ?? null, importedAt: info?.importedAt ?? null,
        lastCheckAt: state.lastCheckAt, lastError: state.lastError,
      };
    },
  };
}
