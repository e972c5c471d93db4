// RDAP bootstrap (RFC 9224): which server answers for which TLD. A bundled copy (public/data/rdap-dns.json, IANA
// 2025-12-11) works offline and from the first second; IANA's live file is fetched at most once a day.
import { z } from 'zod';
import { fetchJson, type HttpDeps } from './http';

export const IANA_RDAP_DNS_URL = 'https://data.iana.org/rdap/dns.json';
export const BOOTSTRAP_REFRESH_MS = 24 * 3_600_000;

/** RFC 9224 §4: `services` is a list of [entry labels, base URLs] pairs. */
export const rdapBootstrapSchema = z.object({
  version: z.string(),
  publication: z.string(),
  description: z.string().optional(),
  services: z.array(z.tuple([z.array(z.string()), z.array(z.string())]).rest(z.unknown())),
});
export type RdapBootstrap = z.infer<typeof rdapBootstrapSchema>;

/** What the background keeps (Dexie `settings`): when IANA was last asked, and the copy it gave, if any. */
export const storedBootstrapSchema = z.object({ checkedAt: z.number(), bootstrap: rdapBootstrapSchema.optional() });
export type StoredBootstrap = z.infer<typeof storedBootstrapSchema>;
export type BootstrapStore = { get(): Promise<unknown>; set(value: StoredBootstrap): Promise<void> };

const compiled = new WeakMap<RdapBootstrap, Map<string, readonly string[]>>();

function index(boot: RdapBootstrap): Map<string, readonly string[]> {
  let map = compiled.get(boot);
  if (!map) {
    map = new Map();
    for (const [labels, urls] of boot.services) for (const l of labels) map.set(l.toLowerCase().replace(/\.$/, ''), urls);
    compiled.set(boot, map);
  }
  return map;
}

/** https only: plain http is readable and forgeable on the way, and not what the permission prompt asked for. Plain
 * http is allowed only to this machine (tests, a local mirror). */
const usable = (u: string) => /^https:\/\//i.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//i.test(u);

/**
 * The base URL (ending in '/') of the server for `domain`: the longest matching label set wins (RFC 9224 §4), and
 * only an https server (§5 lists http ones too; KaDun never uses them). Undefined when the TLD has no usable RDAP
 * service (cn, com.cn, hk, io…, or http only).
 */
export function findRdapBase(boot: RdapBootstrap, domain: string): string | undefined {
  const map = index(boot);
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length; i++) {
    const urls = map.get(labels.slice(i).join('.'));
    if (!urls) continue;
    const base = urls.find((u) => /^https:\/\//i.test(u)) ?? urls.find(usable);
    return base === undefined ? undefined : base.endsWith('/') ? base : `${base}/`;
  }
  return undefined;
}

export type BootstrapSource = {
  /** The newest copy known; a refresh, when due, runs in the background (awaited only when no copy exists). */
  get(): Promise<RdapBootstrap>;
  /** Ask IANA now (deduplicated); resolves when the answer, good or bad, has been recorded. */
  refresh(): Promise<void>;
};

export function createBootstrapSource(opts: {
  deps: HttpDeps;
  bundled: () => unknown;
  store: BootstrapStore;
  refreshUrl?: string;
  refreshIntervalMs?: number;
  /** Receives each background refresh, so tests (and the worker's waitUntil) can await it. */
  onRefresh?: (done: Promise<void>) => void;
}): BootstrapSource {
  const { deps, store } = opts;
  let loaded: Promise<void> | undefined;
  let current: RdapBootstrap | undefined;
  let refreshed: RdapBootstrap | undefined;
  let checkedAt: number | undefined;
  let inFlight: Promise<void> | undefined;

  const newer = (a: RdapBootstrap | undefined, b: RdapBootstrap | undefined) =>
    !a ? b : !b ? a : Date.parse(b.publication) > Date.parse(a.publication) ? b : a;

  const load = () => (loaded ??= (async () => {
    const stored = storedBootstrapSchema.safeParse(await Promise.resolve(store.get()).catch(() => undefined));
    const bundled = rdapBootstrapSchema.safeParse(await Promise.resolve().then(opts.bundled).catch(() => undefined));
    if (stored.success) ({ checkedAt, bootstrap: refreshed } = stored.data);
    current = newer(bundled.success ? bundled.data : undefined, refreshed);
  })());

  const refresh = () => (inFlight ??= (async () => {
    await load();
    const r = await fetchJson(deps, opts.refreshUrl ?? IANA_RDAP_DNS_URL, { timeoutMs: 15_000, maxBytes: 2_000_000 });
    const parsed = r.ok ? rdapBootstrapSchema.safeParse(r.json) : undefined;
    // A failed or older answer keeps what we have; the attempt still counts, so IANA is asked once a day at most.
    if (parsed?.success && newer(current, parsed.data) === parsed.data) current = refreshed = parsed.data;
    checkedAt = deps.now();
    await store.set({ checkedAt, bootstrap: refreshed }).catch(() => undefined);
  })().finally(() => { inFlight = undefined; }));

  return {
    refresh,
    get: async () => {
      await load();
      const due = checkedAt === undefined || deps.now() - checkedAt >= (opts.refreshIntervalMs ?? BOOTSTRAP_REFRESH_MS);
      if (due && !inFlight) {
        const done = refresh();
        opts.onRefresh?.(done);
        if (!current) await done;
      } else if (!current && inFlight) await inFlight;
      if (!current) throw new Error('no RDAP bootstrap');
      return current;
    },
  };
}
