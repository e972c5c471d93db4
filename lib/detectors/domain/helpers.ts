// Shared pieces of the domain detectors: signal and source builders, and which ICP record speaks for this domain.
import type { DomainSignalId } from '../../core/signal-ids';
import type { Evidence, IcpRecord, Severity, Signal, SignalSource } from '../../core/types';
import { recordSite } from './icp-compare';
import type { DomainInputs, PageClaims } from './types';

export type Params = Record<string, string | number>;

export function domainSignal(id: DomainSignalId, severity: Severity, evidence: Evidence[], source: SignalSource, params: Params): Signal {
  return { id, severity, evidence: evidence.slice(0, 20), source, params };
}

export const providerSource = (provider: string, fetchedAt: number, version?: string): SignalSource =>
  version === undefined ? { kind: 'provider', provider, fetchedAt } : { kind: 'provider', provider, fetchedAt, version };

export const icpProviderId = (input: DomainInputs): string => input.icpProvider ?? 'icp';
export const icpByNumberProviderId = (input: DomainInputs): string => input.icpByNumberProvider ?? icpProviderId(input);

/** Vendor signals cite the list they were judged against; its generation date stands in for a fetch time. */
export const vendorListSource = (input: DomainInputs): SignalSource =>
  providerSource('vendor-list', input.vendorList.generatedAt, input.vendorList.version);

/** YYYY-MM-DD (UTC): registration dates are days, not moments. */
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export type SiteRecord = { record: IcpRecord; fetchedAt: number; provider: string; via: 'domain' | 'number' };

/**
 * The ICP record that belongs to this registrable domain: the domain lookup's answer (unless the record names another
 * registrable domain — a loose match by the source is not this site's record), else the number lookup's answer when
 * its record is for this domain.
 */
export function siteRecord(input: DomainInputs): SiteRecord | null {
  const { icp, icpByNumber } = input;
  if (icp?.status === 'found') {
    const site = recordSite(icp.data);
    if (site === null || site === input.site.domain) {
      return { record: icp.data, fetchedAt: icp.fetchedAt, provider: icpProviderId(input), via: 'domain' };
    }
  }
  if (icpByNumber?.status === 'found' && recordSite(icpByNumber.data) === input.site.domain) {
    return { record: icpByNumber.data, fetchedAt: icpByNumber.fetchedAt, provider: icpByNumberProviderId(input), via: 'number' };
  }
  return null;
}

/** The registry's side of an ICP comparison, as evidence. */
export function recordEvidence(record: IcpRecord, where = 'icp-record'): Evidence {
  const parts = [record.serviceLicence || record.mainLicence, record.unitName, record.natureName, record.domain];
  if (record.limitAccess) parts.push(`限制接入:${record.limitAccess}`);
  return { quote: parts.filter(Boolean).join(' · ').slice(0, 300), where };
}

/** The page's side: where a claim (number, company, code) was shown. */
export function claimEvidence(claims: PageClaims, key: string): Evidence {
  const e = claims.evidence[key];
  return e ? { quote: e.quote, ...(e.blockId === undefined ? {} : { blockId: e.blockId }) } : { quote: key, where: 'page' };
}
