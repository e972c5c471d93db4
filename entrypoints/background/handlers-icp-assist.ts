// The assisted official check (design.md "ICP and registration data"). The popup asks to open the MIIT query page
// for a tab's site; the person solves the captcha and searches themselves (KaDun never touches the captcha); the
// content script on that page reads the result table and sends it here. Only the MIIT page itself may ask which
// domain is pending or hand in records: a shop page must not be able to forge a filing record.
import { z } from 'zod';
import { siteKey } from '../../lib/core/domain';
import type { IcpRecord, Verdict } from '../../lib/core/types';
import type { AppDb } from '../../lib/db/app-db';
import { t, type Locale } from '../../lib/i18n';
import type { Caller, Handlers } from '../../lib/messaging/server';
import type { LookupStore } from '../../lib/providers/cached';
import { normaliseDomainKey } from '../../lib/providers/domain-input';
import { saveAssistedAnswer } from '../../lib/providers/icp-assisted';
import { deleteSetting, readSetting, writeSetting } from '../../lib/db/settings-store';

export const MIIT_ORIGIN = 'https://beian.miit.gov.cn';
/** The official query page for people (domain-facts.md §2). */
export const MIIT_QUERY_URL = `${MIIT_ORIGIN}/#/Integrated/recordQuery`;
/** One pending query at a time, in Dexie: it must outlive the service worker while the person does the query. */
export const PENDING_KEY = 'icp-assist:pending';
/** How long a pending query is honoured (the content script watches the page for 10 minutes). */
export const PENDING_MS = 30 * 60 * 1000;

const pendingSchema = z.object({
  domain: z.string().min(1).max(260),
  /** The tab whose verdict waits for the answer. */
  tabId: z.number().int().nonnegative(),
  openedAt: z.number(),
  /** The MIIT tab KaDun opened; only that tab is told the domain (absent until tabs.create answers). */
  assistTabId: z.number().int().nonnegative().optional(),
});
type Pending = z.infer<typeof pendingSchema>;

export type IcpAssistDeps = {
  db: AppDb;
  /** Where captured answers go (the `lookups` table; lib/providers/icp-assisted.ts reads them). */
  store: LookupStore;
  now: () => number;
  locale: () => Promise<Locale> | Locale;
  loadTabVerdict: (tabId: number) => Promise<Verdict | null>;
  requestSnapshot: (tabId: number) => Promise<boolean>;
  /** Opens a normal tab; resolves to its id. */
  openTab: (url: string) => Promise<number | undefined>;
};

export type IcpAssistHandlers = Pick<Handlers, 'icp/assist-open' | 'icp/assist-pending' | 'icp/captured'>;

/** The caller, when it is the MIIT query page's top frame; an error for anyone else (the server replies ok: false). */
function miitCaller(caller: Caller): Extract<Caller, { kind: 'content' }> {
  let origin = '';
  try {
    origin = caller.kind === 'content' ? new URL(caller.url).origin : '';
  } catch {
    origin = '';
  }
  if (caller.kind !== 'content' || origin !== MIIT_ORIGIN) throw new Error('only the MIIT query page may send this');
  return caller;
}

/** The registrable domain a record's 网站域名 cell names ('www.shop.cn', 'shop.cn/', 'http://shop.cn' → 'shop.cn'). */
function recordSite(domain: string): string | undefined {
  const host = domain.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#\s，,；;]/)[0] ?? '';
  return host ? siteKey(`https://${normaliseDomainKey(host)}/`)?.domain : undefined;
}

/** A site the MIIT page can be asked about: a name with a dot, not an IP address. */
function searchable(domain: string): boolean {
  const key = siteKey(`https://${domain}/`);
  return Boolean(key && !key.isIp && key.domain.includes('.'));
}

export function createIcpAssistHandlers(deps: IcpAssistDeps) {
  const loadPending = async (forTab?: number): Promise<Pending | null> => {
    const p = await readSetting(deps.db, PENDING_KEY, pendingSchema);
    if (!p || deps.now() - p.openedAt > PENDING_MS) return null;
    return forTab !== undefined && p.assistTabId !== undefined && p.assistTabId !== forTab ? null : p;
  };
  const savePending = (p: Pending) => writeSetting(deps.db, PENDING_KEY, p);

  return {
    async 'icp/assist-open'({ tabId }) {
      const domain = (await deps.loadTabVerdict(tabId))?.domain ?? '';
      if (!domain || !searchable(domain)) return { opened: false };
      // Saved before the tab opens: its content script may ask before tabs.create resolves.
      const pending: Pending = { domain, tabId, openedAt: deps.now() };
      await savePending(pending);
      const assistTabId = await deps.openTab(MIIT_QUERY_URL);
      if (assistTabId !== undefined) await savePending({ ...pending, assistTabId });
      return { opened: true };
    },

    async 'icp/assist-pending'(_req, caller) {
      const from = miitCaller(caller);
      const pending = await loadPending(from.tabId);
      if (!pending) return null;
      const locale = await deps.locale();
      const p = { domain: pending.domain };
      return {
        domain: pending.domain,
        text: {
          filled: t(locale, 'assist.filled', p).slice(0, 300),
          saved: t(locale, 'assist.saved', p).slice(0, 300),
          savedNone: t(locale, 'assist.saved-none', p).slice(0, 300),
          blocked: t(locale, 'assist.blocked', p).slice(0, 300),
          noInput: t(locale, 'assist.no-input', p).slice(0, 300),
          close: t(locale, 'assist.close').slice(0, 40),
        },
      };
    },

    async 'icp/captured'({ query, records }, caller) {
      const from = miitCaller(caller);
      const pending = await loadPending(from.tabId);
      if (!pending) return { stored: 0, rechecked: 0 };
      const site = pending.domain;
      // What the person searched for. A row without a 网站域名 cell is taken as this site's only when the search was
      // exactly this domain (the page then lists that domain's filing).
      const queriedSite = normaliseDomainKey(query) === site;
      const mine = records.filter((r) => (r.domain.trim() ? recordSite(r.domain) === site : queriedSite));
      // MIIT's "暂无数据" / "没有查询到" (noRecord) is never kept: the same empty table is what an IP ban, a
      // throttled query or a lapsed captcha shows, and a stored "no record" would read as 未备案 (a danger signal).
      // Only a record the page actually showed is an answer; otherwise the site stays unchecked.
      if (mine.length === 0) return { stored: 0, rechecked: 0 };
      // Several rows for one site: a restricted one wins (the cautious reading), then an exact domain match.
      const rank = (r: IcpRecord) => (r.limitAccess?.trim() === '是' ? 0 : 2) + (normaliseDomainKey(r.domain) === site ? 0 : 1);
      const best = [...mine].sort((a, b) => rank(a) - rank(b))[0]!;
      const answer = { status: 'found', data: { ...best, domain: best.domain.trim() || site } } as const;
      await saveAssistedAnswer(deps.store, site, answer, deps.now());
      await deleteSetting(deps.db, PENDING_KEY);
      return { stored: 1, rechecked: (await deps.requestSnapshot(pending.tabId)) ? 1 : 0 };
    },
  } satisfies IcpAssistHandlers;
}
