// Shared test data for tests/risk-list: reserved names only (*.example, *.test, *.invalid; domain-facts §8).
import { bytesToBase64 } from '../../lib/risk-list/base64';
import type { AllowEntry, RiskEntry, RiskList } from '../../lib/risk-list/format';
import { ECDSA_P256, ECDSA_SHA256 } from '../../lib/risk-list/signature';

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

export async function keyPair() {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  const spki = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const sign = async (bytes: Uint8Array) => bytesToBase64(new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, pair.privateKey, bytes as Uint8Array<ArrayBuffer>)));
  return { pair, spki, jwk, sign };
}

export const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
