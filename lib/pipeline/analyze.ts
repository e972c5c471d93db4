// snapshot → page detectors → (answers from data sources) → verdict. Pure: the background and the CLI both call it,
// which is what makes the CLI and the extension agree on every page.
import { siteKey } from '../core/domain';
import type { IcpRecord, LookupResult, PageSnapshot, Signal, SourceStatus, Verdict } from '../core/types';
import { buildVerdict, type Override } from '../core/verdict';
import { createPageContext, type DecodedQr } from '../detectors/page/context';
import { runPageDetectors } from '../detectors/page';

/** What the data sources answered for this domain; an absent source was not asked (off or not applicable). */
export type SourceAnswers = {
  icp?: LookupResult<IcpRecord>;
  rdap?: LookupResult<unknown>;
};

export type AnalyzeInput = {
  snapshot: PageSnapshot;
  answers?: SourceAnswers;
  override?: Override;
  now: number;
  /** QR payloads decoded from the snapshot's images by the caller (background: OffscreenCanvas; CLI: PNG decoder). */
  qr?: readonly DecodedQr[];
  onDetectorError?: (id: string, err: unknown) => void;
};

export function analyze(input: AnalyzeInput): Verdict {
  const { snapshot, now } = input;
  const site = siteKey(snapshot.url);
  const ctx = createPageContext(snapshot, { now, qr: input.qr });
  const signals: Signal[] = runPageDetectors(ctx, input.onDetectorError);
  const isShop = signals.some((s) => s.id === 'shop-detected');
  return buildVerdict({
    url: snapshot.url,
    domain: site?.domain ?? '',
    isShop,
    signals,
    sources: {
      page: snapshot.truncated ? { state: 'ok', reason: 'source.page-truncated' } : { state: 'ok' },
      icp: sourceStatus(input.answers?.icp, site?.lookupable ?? false),
      rdap: sourceStatus(input.answers?.rdap, site?.lookupable ?? false),
      list: { state: 'off', reason: 'source.list-not-loaded' },
    },
    override: input.override ?? null,
    checkedAt: now,
    truncated: snapshot.truncated,
  });
}

export function sourceStatus(answer: LookupResult<unknown> | undefined, lookupable: boolean): SourceStatus {
  if (!answer) return lookupable ? { state: 'off', reason: 'source.not-configured' } : { state: 'not-applicable', reason: 'source.local-address' };
  if (answer.status === 'found') return { state: 'ok', fetchedAt: answer.fetchedAt };
  if (answer.status === 'not-found') return { state: 'not-found', fetchedAt: answer.fetchedAt };
  return { state: 'unavailable', reason: answer.reason };
}
