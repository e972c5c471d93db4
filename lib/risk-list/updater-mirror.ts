// One mirror, asked for the newest list (docs/list-updates.md). Nothing a mirror says is trusted: the index, each
// delta and the full list are signed with the list key and checked before use, and the version rule decides
// (older than the list in use = a rollback, refused, so the caller tries the next mirror).
//   1. GET risk-list.version (one small file, signature inline). Same version as ours: done — one request.
//      No index on this mirror (404): the full list, with If-None-Match / If-Modified-Since when we hold validators.
//   2. Newer, and the index names a delta from our version: GET deltas/<ours>.json + .sig, verify, apply to the
//      stored list. Any failure there falls back to the full list from the same mirror.
//   3. The full list + .sig, verified like the bundled one.
// A failure of this mirror is thrown as an UpdateFailure; the caller records it and asks the next mirror.
import type { BoundedResponse } from '../net/bounded-fetch';
import { DELTA_LIMITS, deltaPath, deltaSchema, LIST_FILES, siblingUrl, verifyIndexFile, verifySignedJson, type ListIndex } from './delta';
import { verifyAndParse, type ListPublicKey } from './signature';
import type { StoredListInfo } from './store';
import { LIST_UPDATE, reasonOf, UpdateFailure, type UpdateResult, type UpdaterStore, type UpdateState } from './updater-state';

export type Via = 'index' | 'delta' | 'full' | 'not-modified';
export type MirrorCtx = {
  get(url: string, headers: Record<string, string>, cap: number): Promise<BoundedResponse>;
  publicKey: ListPublicKey;
  maxBytes: number;
  store: UpdaterStore;
  now: () => number;
};
export type Validators = { etag: string | null; lastModified: string | null };
export type MirrorOutcome = {
  result: UpdateResult;
  via: Via;
  validators: Validators;
  /** Something that went wrong on the way but did not stop the update (a delta refused, the full list used). */
  note: string | null;
  imported: boolean;
};

export async function updateFromMirror(ctx: MirrorCtx, url: string, state: UpdateState): Promise<MirrorOutcome> {
  const active = await ctx.store.activeInfo();
  const keep: Validators = state.url === url ? { etag: state.etag, lastModified: state.lastModified } : { etag: null, lastModified: null };
  const idx = await ctx.get(siblingUrl(url, LIST_FILES.index), {}, DELTA_LIMITS.indexBytes);
  let index: ListIndex | null = null;
  let note: string | null = null;
  if (idx.status === 200) {
    const v = await verifyIndexFile(idx.bytes, ctx.publicKey);
    if (!v.ok) throw new UpdateFailure(v.reason, `index: ${v.detail}`);
    index = v.value;
    if (active && index.version < active.version) {
      throw new UpdateFailure('rollback', `index names version ${index.version}, below the list in use (${active.version})`);
    }
    if (active && index.version === active.version) {
      return { result: { ok: true, version: active.version, reason: 'up-to-date' }, via: 'index', validators: keep, note, imported: false };
    }
    if (active && ctx.store.applyDelta && index.deltas.includes(active.version)) {
      try {
        return { ...(await viaDelta(ctx, url, active, index)), validators: keep, note };
      } catch (err) {
        note = `delta: ${reasonOf(err)}`.slice(0, 200); // the full list below is the fallback
      }
    }
  } else if (idx.status !== 404) {
    throw new UpdateFailure('http', `HTTP ${idx.status} for the index`);
  }
  return { ...(await viaFull(ctx, url, active, index ? { etag: null, lastModified: null } : keep)), note };
}

async function viaDelta(ctx: MirrorCtx, url: string, active: StoredListInfo, index: ListIndex) {
  const deltaUrl = siblingUrl(url, deltaPath(active.version));
  const file = await ctx.get(deltaUrl, {}, DELTA_LIMITS.bytes);
  if (file.status !== 200) throw new UpdateFailure('http', `HTTP ${file.status} for the delta`);
  const sig = await ctx.get(`${deltaUrl}.sig`, {}, LIST_UPDATE.signatureBytes);
  if (sig.status !== 200) throw new UpdateFailure('http', `HTTP ${sig.status} for the delta's signature`);
  const v = await verifySignedJson(file.bytes, new TextDecoder().decode(sig.bytes), ctx.publicKey, deltaSchema, DELTA_LIMITS.bytes);
  if (!v.ok) throw new UpdateFailure(v.reason, `delta: ${v.detail}`);
  const delta = v.value;
  if (delta.from !== active.version || delta.to !== index.version) {
    throw new UpdateFailure('malformed', `delta ${delta.from}→${delta.to}, expected ${active.version}→${index.version}`);
  }
  const applied = await ctx.store.applyDelta!(delta, ctx.now());
  if (!applied.ok) throw new UpdateFailure('import', `delta: ${applied.detail}`);
  // The result's version is the one the signed index and the signed delta both name, above the list we had.
  return { result: { ok: true, version: applied.info.version }, via: 'delta' as const, imported: true };
}

async function viaFull(ctx: MirrorCtx, url: string, active: StoredListInfo | null, held: Validators) {
  const conditional: Record<string, string> = {};
  if (held.etag) conditional['If-None-Match'] = held.etag;
  if (held.lastModified) conditional['If-Modified-Since'] = held.lastModified;
  const hasValidators = Object.keys(conditional).length > 0;
  // If-None-Match / If-Modified-Since are not CORS-safelisted request headers: cross-origin they need a preflight,
  // which a server that only sends `access-control-allow-origin: *` may refuse. Then ask again without them.
  const list = await ctx.get(url, conditional, ctx.maxBytes).catch((err: unknown) => {
    if (hasValidators && err instanceof UpdateFailure && err.code === 'network') return ctx.get(url, {}, ctx.maxBytes);
    throw err;
  });
  if (list.status === 304 && hasValidators) {
    return { result: { ok: true, version: active?.version, reason: 'not-modified' }, via: 'not-modified' as const, validators: held, imported: false };
  }
  if (list.status !== 200) throw new UpdateFailure('http', `HTTP ${list.status} for the list`);
  // ETag is not a CORS-safelisted response header: without access-control-expose-headers it reads as null, and
  // the next check downloads the whole file again (and finds the same version: "up-to-date", not an error).
  const header = (name: string, max: number) => ((v) => (v && v.length <= max ? v : null))(list.headers.get(name));
  const validators = { etag: header('etag', 1000), lastModified: header('last-modified', 200) }; // as updateStateSchema allows
  const sig = await ctx.get(`${url}.sig`, {}, LIST_UPDATE.signatureBytes);
  if (sig.status !== 200) throw new UpdateFailure('http', `HTTP ${sig.status} for the signature`);
  const verified = await verifyAndParse(list.bytes, new TextDecoder().decode(sig.bytes), ctx.publicKey, { maxBytes: ctx.maxBytes });
  if (!verified.ok) throw new UpdateFailure(verified.reason, verified.detail);
  // Versions only move forward. The same version again is the file we have (a server without validators).
  if (active && verified.list.version < active.version) {
    throw new UpdateFailure('rollback', `version ${verified.list.version} is below the list in use (${active.version})`);
  }
  if (active && verified.list.version === active.version) {
    return { result: { ok: true, version: active.version, reason: 'up-to-date' }, via: 'full' as const, validators, imported: false };
  }
  const result = await ctx.store.importList(verified.list, ctx.now());
  if (!result.ok) throw new UpdateFailure('rollback', `version ${verified.list.version} is not above ${result.activeVersion}`);
  return { result: { ok: true, version: result.info.version }, via: 'full' as const, validators, imported: true };
}
