// Sample verdicts shared by the tests of the popup's two verdict checks (verdict-mini and verdict-peek): a red shop
// verdict that uses every optional field, the same site trusted, and a grey page.
import type { Signal } from '../../lib/core/types';
import { buildVerdict } from '../../lib/core/verdict';

export const off = { state: 'off' as const, reason: 'source.not-configured' };
export const red = buildVerdict({
  url: 'https://shop.example/pay', domain: 'shop.example', isShop: true, override: null, checkedAt: 1_764_000_000_000, truncated: true, skipped: ['blocks'],
  sources: { page: { state: 'ok' }, icp: off, rdap: { state: 'ok', provider: 'rdap', fetchedAt: 1 }, list: { state: 'unavailable', reason: 'timeout' } },
  signals: [
    { id: 'shop-detected', severity: 'info', evidence: [{ quote: '卡密自动发货', blockId: 3 }], source: { kind: 'page' }, params: {} },
    { id: 'payment-personal-qr', severity: 'danger', evidence: [{ quote: 'wxp://f2f0example', where: 'image' }], source: { kind: 'page' }, params: { payload: 'wxp://f2f0example' } },
    { id: 'domain-young', severity: 'warn', evidence: [], source: { kind: 'provider', provider: 'rdap', fetchedAt: 2, version: '1' }, params: { ageDays: 12, domain: 'shop.example' } },
  ],
});
export const trusted = buildVerdict({ ...red, signals: red.signals as Signal[], override: 'trusted', truncated: false, skipped: undefined, sources: red.sources, isShop: true });
export const grey = buildVerdict({ url: 'http://127.0.0.1/', domain: '127.0.0.1', isShop: false, override: null, checkedAt: 5, truncated: false, signals: [], sources: { page: { state: 'ok' }, icp: off, rdap: off, list: off } });
