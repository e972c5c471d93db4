// What the list says, as signals (design.md: list-confirmed danger, list-reported warn, list-allowed good). Every
// signal names its source (the list, its version and when it was generated) and quotes the list's evidence links.
import type { Evidence, Signal } from '../core/types';
import type { ListInfo, ListMatch } from './lookup';

export const LIST_PROVIDER_ID = 'risk-list';

export function listSignals(match: ListMatch, list: ListInfo): Signal[] {
  const source = { kind: 'provider', provider: LIST_PROVIDER_ID, fetchedAt: list.generatedAt, version: String(list.version) } as const;
  const out: Signal[] = [];
  const { entry, allow } = match;
  if (entry) {
    const evidence: Evidence[] = entry.evidence.slice(0, 20).map((url) => ({ quote: url, where: 'list' }));
    out.push({
      id: entry.status === 'confirmed' ? 'list-confirmed' : 'list-reported',
      severity: entry.status === 'confirmed' ? 'danger' : 'warn',
      evidence,
      source,
      params: {
        domain: entry.domain,
        category: entry.category,
        note: entry.note,
        firstSeen: entry.firstSeen,
        lastSeen: entry.lastSeen,
        expires: entry.expires,
        evidenceCount: entry.evidence.length,
        listVersion: list.version,
      },
    });
  }
  if (allow) {
    out.push({
      id: 'list-allowed',
      severity: 'good',
      evidence: [{ quote: `${allow.domain}: ${allow.reason}`.slice(0, 300), where: 'list' }],
      source,
      params: { domain: allow.domain, kind: allow.kind, reason: allow.reason, listVersion: list.version },
    });
  }
  return out;
}
