// snapshot → page detectors → (answers from data sources) → domain detectors → verdict. Pure: the background and
// the CLI both call these two steps, which is what makes the CLI and the extension agree on every page.
// Step 1 (`analyzePage`) says what the page claims, so the caller knows what to look up (the registrable domain,
// and the filing number the page shows); step 2 (`finishVerdict`) turns the answers into the verdict.
import { siteKey, type SiteKey } from '../core/domain';
import type { IcpRecord, LookupResult, PageSnapshot, Signal, SourceStatus, Verdict } from '../core/types';
import type { SignalId } from '../core/signal-ids';
import { buildVerdict, type Override } from '../core/verdict';
import { createPageContext, type DecodedQr } from '../detectors/page/context';
import { runPageDetectors } from '../detectors/page';
import { icpNumberForLookup, pageClaims, runDomainDetectors, vendorInputs, type PageClaims, type VendorList } from '../detectors/domain';
import type { RdapSummary } from '../providers/types';
import { listSignals, type ListInfo, type ListMatch } from '../risk-list';
import { bundledVendors } from './bundled';

/** What the data sources answered for this domain; an absent source was not asked (off or not applicable). */
export type SourceAnswers = {
  icp?: LookupResult<IcpRecord>;
  icpProvider?: string;
  /** The record behind the number the page shows (a source that can look numbers up). */
  icpByNumber?: LookupResult<IcpRecord>;
  rdap?: LookupResult<RdapSummary>;
};

export type ListAnswer = { match: ListMatch; info: ListInfo } | { unavailable: string } | null;

export type PageStage = {
  snapshot: PageSnapshot;
  site: SiteKey | null;
  signals: Signal[];
  isShop: boolean;
  claims: PageClaims;
  /** The filing number worth asking a number-capable source about. */
  icpNumber?: string;
};

/** Payment findings whose severity is `info` outside a purchase (payment/wording.ts `inContext`). */
const PURCHASE_PAYMENT: ReadonlySet<SignalId> = new Set<SignalId>(['payment-personal-qr', 'payment-personal-transfer', 'payment-unlicensed-gateway', 'payment-crypto-only',
  // Only in a shop context, or on the interstitial a shop shows WeChat and QQ instead of itself.
  'inapp-browser-evasion']);

export function analyzePage(input: {
  snapshot: PageSnapshot;
  now: number;
  /** QR payloads decoded from the snapshot's images by the caller (background: OffscreenCanvas; CLI: PNG decoder). */
  qr?: readonly DecodedQr[];
  onDetectorError?: (id: string, err: unknown) => void;
}): PageStage {
  const ctx = createPageContext(input.snapshot, { now: input.now, qr: input.qr });
  const signals = runPageDetectors(ctx, input.onDetectorError);
  const claims = pageClaims(ctx);
  return {
    snapshot: input.snapshot,
    site: siteKey(input.snapshot.url),
    signals,
    // A page that is asking for money now (a cashier a shop hands the buyer to), or whose payment findings were
    // judged in a purchase context (they are `info` elsewhere), is part of a purchase: the shop rules apply to it.
    isShop: signals.some((s) => s.id === 'shop-detected' || s.id === 'payment-step' || (PURCHASE_PAYMENT.has(s.id) && s.severity !== 'info')),
    claims,
    icpNumber: icpNumberForLookup(claims),
  };
}

export function finishVerdict(stage: PageStage, input: {
  answers?: SourceAnswers;
  /** The community list's answer: a match (possibly empty), unavailable with why, or null when no list is loaded. */
  list?: ListAnswer;
  /** The official-vendor list; the bundled one unless a test passes another. */
  vendors?: VendorList;
  override?: Override;
  now: number;
  onDetectorError?: (id: string, err: unknown) => void;
}): Verdict {
  const { site, snapshot } = stage;
  const answers = input.answers ?? {};
  const list = input.list ?? null;
  // The list's word comes first within its severity: it is what people reported about this very site.
  const signals = list && 'match' in list ? listSignals(list.match, list.info) : [];
  signals.push(...stage.signals);
  if (site) {
    signals.push(...runDomainDetectors({
      site, isShop: stage.isShop, pageSignals: stage.signals, claims: stage.claims,
      icp: answers.icp, icpByNumber: answers.icpByNumber, icpProvider: answers.icpProvider, rdap: answers.rdap,
      ...vendorInputs(input.vendors ?? bundledVendors()), now: input.now,
    }, input.onDetectorError));
  }
  return buildVerdict({
    url: snapshot.url,
    domain: site?.domain ?? '',
    isShop: stage.isShop,
    signals,
    sources: {
      page: snapshot.truncated ? { state: 'ok', reason: 'source.page-truncated' } : { state: 'ok' },
      icp: { ...sourceStatus(answers.icp, site?.lookupable ?? false), ...(answers.icpProvider ? { provider: answers.icpProvider } : {}) },
      rdap: sourceStatus(answers.rdap, site?.lookupable ?? false),
      list: listStatus(list),
    },
    override: input.override ?? null,
    checkedAt: input.now,
    truncated: snapshot.truncated,
    ...(snapshot.skipped?.length ? { skipped: snapshot.skipped } : {}),
  });
}

/** Both steps at once, for callers that know the answers up front (tests, the CLI without number lookups). */
export function analyze(input: Parameters<typeof analyzePage>[0] & Omit<Parameters<typeof finishVerdict>[1], 'onDetectorError'>): Verdict {
  return finishVerdict(analyzePage(input), input);
}

export function sourceStatus(answer: LookupResult<unknown> | undefined, lookupable: boolean): SourceStatus {
  if (!answer) return lookupable ? { state: 'off', reason: 'source.not-configured' } : { state: 'not-applicable', reason: 'source.local-address' };
  if (answer.status === 'found') return { state: 'ok', fetchedAt: answer.fetchedAt };
  if (answer.status === 'not-found') return { state: 'not-found', fetchedAt: answer.fetchedAt };
  return { state: 'unavailable', reason: answer.reason };
}

function listStatus(list: ListAnswer): SourceStatus {
  if (list === null) return { state: 'off', reason: 'source.list-not-loaded' };
  if ('unavailable' in list) return { state: 'unavailable', reason: list.unavailable };
  return { state: 'ok', provider: `v${list.info.version}`, fetchedAt: list.info.generatedAt };
}
