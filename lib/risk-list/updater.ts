// Keeps the community risk list current (design.md "Community risk list", docs/list-updates.md): the bundled list on
// first run, then the configured mirrors in order (the one that answered last first), each checked by
// updater-mirror.ts, with back-off when every mirror failed. Pure: fetch, clock, store and the bundled
// files are injected; the background only wires the alarm (entrypoints/background/list-updater.ts).
//
// Only the mirrors' list files (index, delta, list and their signatures) are fetched: no page data, no user data. The download is checked (size,
// signature, schema, version) before anything is written; a rejected list keeps the one in use.
import type { NetDeps } from '../net/bounded-fetch';
import { RISK_LIST_LIMITS } from './format';
import { verifyAndParse, type ListPublicKey } from './signature';
import { mirrorOrder } from '../core/list-mirrors';
import { getListFile } from './updater-get';
import { updateFromMirror, type MirrorCtx } from './updater-mirror';
import {
  backoffMs, hostOf, INITIAL_STATE, LIST_UPDATE, reasonOf, updateStateSchema, UpdateFailure,
  type ListStatus, type MirrorAttempt, type UpdateResult, type UpdaterStore, type UpdateState,
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
  update(settings: { listMirrors: readonly string[] }, opts: { manual: boolean }): Promise<UpdateResult>;
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

  async function updateStep(mirrors: readonly string[], manual: boolean): Promise<UpdateResult> {
    const now = deps.now();
    const state = await readState();
    if (!manual && state.nextAllowedAt !== null && now < state.nextAllowedAt) {
      return { ok: false, reason: `backoff: next check after ${new Date(state.nextAllowedAt).toISOString()}` };
    }
    const order = mirrorOrder(mirrors, state.url);
    const known = state.url !== null && order.includes(state.url); // a changed set of mirrors is checked at once
    if (!manual && known && state.failures === 0 && state.lastCheckAt !== null && now - state.lastCheckAt < LIST_UPDATE.minIntervalMs) {
      return { ok: true, version: await activeVersion(), reason: 'not-due' };
    }
    const ctx: MirrorCtx = {
      get: (u, headers, cap) => getListFile(deps, u, headers, cap, timeoutMs),
      publicKey: deps.publicKey, maxBytes, store, now: deps.now,
    };
    const attempts: MirrorAttempt[] = [];
    // In order, the one that answered last time first; the first mirror whose files pass every check ends the round.
    for (const url of order) {
      try {
        const outcome = await updateFromMirror(ctx, url, state);
        attempts.push({ url, ok: true, reason: outcome.note, via: outcome.via });
        await store.writeState({
          ...state, url, ...outcome.validators, lastCheckAt: now, lastSuccessAt: now, lastError: null, failures: 0, nextAllowedAt: null, attempts,
        });
        if (outcome.imported) {
          bundledDone = true;
          imported();
        }
        return outcome.result;
      } catch (err) {
        attempts.push({ url, ok: false, reason: reasonOf(err), via: null });
      }
    }
    const reason = attempts.length === 1 ? attempts[0]!.reason! : new UpdateFailure('mirrors',
      `all ${attempts.length} mirrors failed: ${attempts.map((a) => `${hostOf(a.url)} ${a.reason?.split(':')[0]}`).join(', ')}`).message;
    const failures = state.failures + 1;
    await Promise.resolve(store.writeState({ ...state, lastCheckAt: now, lastError: reason, failures, nextAllowedAt: now + backoffMs(failures), attempts }))
      .catch(() => undefined);
    return { ok: false, reason };
  }

  return {
    ensureBundled: (opts = {}) => (bundledDone && !opts.evenIfActive ? Promise.resolve({ ok: true, reason: 'active' }) : serial(() => bundledStep(opts.evenIfActive ?? false))),
    update: (settings, { manual }) => serial(async () => {
      if (!bundledDone) await bundledStep(false);
      try {
        return await updateStep(settings.listMirrors, manual);
      } catch (err) {
        return { ok: false, reason: reasonOf(err) }; // the store itself failed: nothing was recorded either
      }
    }),
    async status() {
      const [info, state] = await Promise.all([store.activeInfo(), readState()]);
      return {
        version: info?.version ?? null, generatedAt: info?.generatedAt ?? null, importedAt: info?.importedAt ?? null,
        lastCheckAt: state.lastCheckAt, lastError: state.lastError,
        mirror: state.lastSuccessAt === null ? null : state.url, lastSuccessAt: state.lastSuccessAt, attempts: state.attempts,
      };
    },
  };
}
