// Signal ids are an enum, not a string: a misspelt id fails to compile in a text table, an id list or a comparison,
// and fails validation at a boundary. Rows stored by another version may name ids this one does not know: reading
// them drops those signals (or report evidence lines) and keeps the rest, so one retired id never hides a row.
import { describe, expect, it } from 'vitest';
import { historyEntrySchema, reportSchema, signalSchema, verdictSchema } from '../../lib/core/schemas';
import { isSignalId, SIGNAL_IDS, type SignalId } from '../../lib/core/signal-ids';
import { GREEN_EVIDENCE } from '../../lib/core/verdict';
import { signalText } from '../../lib/i18n';
import type { SignalTextPart } from '../../lib/i18n/signals/types';

const signal = (id: string) => ({ id, severity: 'warn', evidence: [], source: { kind: 'page' }, params: {} });
const verdict = (ids: string[]) => ({
  url: 'https://shop.example/', domain: 'shop.example', isShop: true, light: 'amber', rule: 'warn',
  headline: { key: 'headline.warn', params: {} }, signals: ids.map(signal), advice: [],
  sources: { page: { state: 'ok' }, icp: { state: 'off' }, rdap: { state: 'off' }, list: { state: 'off' } },
  checkedAt: 1, rulesetVersion: '2026.11.1', truncated: false,
});

describe('signal ids', () => {
  it('a signal with an id this version does not know fails validation', () => {
    expect(signalSchema.safeParse(signal('icp-filing-missing')).success).toBe(true);
    expect(signalSchema.safeParse(signal('icp-filling-missing')).success).toBe(false);
    expect(isSignalId('payment-personal-qr')).toBe(true);
    expect(isSignalId('payment-personal-qrcode')).toBe(false);
    expect(isSignalId(42)).toBe(false);
  });

  it('a stored verdict (history row) with a retired id parses, without that signal', () => {
    const parsed = verdictSchema.safeParse(verdict(['retired-signal-from-2025', 'icp-filing-missing']));
    expect(parsed.success).toBe(true);
    expect(parsed.data!.signals.map((s) => s.id)).toEqual(['icp-filing-missing']);
  });

  it('a history entry with a retired id parses, without that signal; a broken known one still fails', () => {
    const entry = { id: 1, domain: 'shop.example', url: 'https://shop.example/', light: 'amber', checkedAt: 1, headline: { key: 'headline.warn', params: {} },
      signals: [{ id: 'retired-signal-from-2025', severity: 'warn', params: {} }, { id: 'domain-young', severity: 'warn', params: { days: 3 } }] };
    const parsed = historyEntrySchema.safeParse(entry);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.signals).toEqual([{ id: 'domain-young', severity: 'warn', params: { days: 3 } }]);
    const broken = { ...entry, signals: [{ id: 'domain-young', severity: 'loud', params: {} }] };
    expect(historyEntrySchema.safeParse(broken).success).toBe(false);
  });

  it('a saved report keeps its evidence lines of known ids and drops a retired one', () => {
    const report = { id: 3, createdAt: 1, status: 'kept', kind: 'report', domain: 'shop.example', url: 'https://shop.example/', includeUrl: false,
      category: 'other', text: '', evidence: [{ signalId: 'retired-signal-from-2025', quote: 'a' }, { signalId: 'payment-personal-qr', quote: 'b' }] };
    const parsed = reportSchema.safeParse(report);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.evidence.map((e) => e.signalId)).toEqual(['payment-personal-qr']);
  });

  it('a retired id still shows as itself where a text is asked for it', () => {
    expect(signalText('en', { id: 'retired-signal-from-2025', params: {} })).toEqual({ title: 'retired-signal-from-2025', explain: '' });
    expect(signalText('en', { id: 'icp-filing-missing', params: {} }).title).toBe('No ICP filing number on this page');
  });

  it('id lists are typed: GREEN_EVIDENCE holds signal ids', () => {
    for (const id of GREEN_EVIDENCE) expect(SIGNAL_IDS).toContain(id);
  });

  it('a misspelt id does not compile (checked by `tsc --noEmit -p .`, which covers this file)', () => {
    // @ts-expect-error 'payment-personl-qr' is not a SignalId
    const misspelt: SignalId = 'payment-personl-qr';
    // @ts-expect-error a text table names only known ids
    const table: SignalTextPart = { 'icp-filling-missing': { title: 't', explain: 'e' } };
    // @ts-expect-error GREEN_EVIDENCE takes only signal ids
    GREEN_EVIDENCE.has('icp-record-verifed');
    expect([misspelt, table]).toHaveLength(2);
  });
});
