// Shared test data for tests/risk-list: reserved names only (*.example, *.test, *.invalid; domain-facts §8).
import type { AllowEntry, RiskEntry, RiskList } from '../../lib/risk-list/format';

export const NOW = Date.parse('2026-11-24T12:00:00Z');

export const entry = (domain: string, over: Partial<RiskEntry> = {}): RiskEntry => ({
  domain, category: 'personal-payment', status: 'reported', firstSeen: '2026-10-01', lastSeen: '2026-11-01', expires: '2027-11-01',
  evidence: [], note: '付款页面是个人收款码', ...over,
});

export const confirmed = (domain: string, over: Partial<RiskEntry> = {}): RiskEntry =>
  entry(domain, { status: 'confirmed', evidence: ['https://evidence.example/report/1'], ...over });

export const allowed = (domain: string, over: Partial<AllowEntry> = {}): AllowEntry => ({ domain, reason: 'official test vendor', kind: 'official-vendor', ...over });

export const list = (over: Partial<RiskList> = {}): RiskList => ({
  schema: 1, version: 2, generatedAt: '2026-11-20T00:00:00Z', entries: [], allow: [], ...over,
});

// One key-pair maker and encoder for the tests and the demo's signed list.
export { encode, keyPair } from '../../scripts/demo/signed-list';
