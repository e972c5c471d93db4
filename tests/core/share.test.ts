import { describe, expect, it } from 'vitest';
import { SHARE_MAX_REASONS, shareDate, shareText, type ShareWords } from '../../lib/core/share';
import type { Signal } from '../../lib/core/types';

const words: ShareWords = {
  heading: (light, { domain, date }) => `[${light}] ${domain} ${date}`,
  reason: (id) => `reason:${id}`,
  footer: 'may be wrong',
};
const s = (id: Signal['id'], severity: Signal['severity']): Signal => ({ id, severity, evidence: [{ quote: 'wxp://f2f0secret', where: 'image' }], source: { kind: 'page' }, params: { payload: 'wxp://f2f0secret' } });
// 2026-12-04 18:30 UTC is 2026-12-05 02:30 in Beijing.
const at = Date.UTC(2026, 11, 4, 18, 30);

describe('shareText', () => {
  it('names the domain, the light, the top reasons (danger, then warn) and the day in China time', () => {
    const text = shareText({ domain: 'pay.example', light: 'red', checkedAt: at, signals: [
      s('payment-personal-qr', 'danger'), s('illegal-goods', 'danger'), s('icp-filing-missing', 'warn'), s('shop-detected', 'info'),
    ] }, words);
    expect(text.split('\n')).toEqual(['[red] pay.example 2026-12-05', '· reason:payment-personal-qr', '· reason:illegal-goods', '· reason:icp-filing-missing', 'may be wrong']);
  });

  it('keeps at most three reasons, each once, and leaves out the person\'s own marks and info', () => {
    const text = shareText({ domain: 'pay.example', light: 'amber', checkedAt: at, signals: [
      s('user-trusted', 'good'), s('payment-personal-qr', 'danger'), s('payment-personal-qr', 'danger'), s('illegal-goods', 'danger'),
      s('price-below-face-value', 'danger'), s('icp-filing-missing', 'warn'), s('shop-detected', 'info'),
    ] }, words);
    const reasons = text.split('\n').filter((l) => l.startsWith('· '));
    expect(reasons).toHaveLength(SHARE_MAX_REASONS);
    expect(new Set(reasons).size).toBe(SHARE_MAX_REASONS);
    expect(text).not.toMatch(/user-trusted|shop-detected/);
  });

  it('never carries a URL, a path or a payload: only what the words give and the registrable domain', () => {
    const text = shareText({ domain: 'pay.example', light: 'red', checkedAt: at, signals: [s('payment-personal-qr', 'danger')] }, words);
    expect(text).not.toMatch(/wxp:|secret|\/pay|https?:/);
  });

  it('a grey verdict shares no reasons; a green one its positive evidence', () => {
    expect(shareText({ domain: 'news.example', light: 'grey', checkedAt: at, signals: [s('shop-detected', 'info')] }, words).split('\n')).toHaveLength(2);
    expect(shareText({ domain: 'ok.example', light: 'green', checkedAt: at, signals: [s('official-vendor', 'good'), s('icp-filing-missing', 'warn')] }, words))
      .toContain('· reason:official-vendor');
  });

  it('shareDate is the Beijing calendar day', () => {
    expect(shareDate(Date.UTC(2026, 11, 4, 15, 59))).toBe('2026-12-04');
    expect(shareDate(Date.UTC(2026, 11, 4, 16, 0))).toBe('2026-12-05');
  });
});
