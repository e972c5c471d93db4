import { describe, expect, it } from 'vitest';
import { readLabels } from '../../scripts/accuracy/labels';

const head = (s: string) => `<!-- fixture: a page. written for KaDun 2026-12-05; ${s} -->\n<html></html>`;

describe('readLabels', () => {
  it('reads url, kind, expect and signals with optional severities', () => {
    expect(readLabels(head('url: https://a.example/p?q=1 ; kind: scam ; expect: red ; signals: payment-personal-qr:danger, shop-software'))).toEqual({
      url: 'https://a.example/p?q=1', kind: 'scam', expect: 'red', signals: [{ id: 'payment-personal-qr', severity: 'danger' }, { id: 'shop-software' }],
    });
  });
  it('treats a fixture without kind and expect as unlabelled', () => {
    expect(readLabels(head('url: https://a.example/'))).toBeNull();
    expect(readLabels('<html></html>')).toBeNull();
  });
  it('rejects malformed labels instead of guessing', () => {
    expect(readLabels(head('url: https://a.example/ ; kind: bad ; expect: red'))).toBeInstanceOf(Error);
    expect(readLabels(head('url: https://a.example/ ; kind: scam ; expect: pink'))).toBeInstanceOf(Error);
    expect(readLabels(head('url: https://a.example/ ; kind: scam ; expect: red ; signals: x:loud'))).toBeInstanceOf(Error);
    expect(readLabels(head('kind: scam ; expect: red'))).toBeInstanceOf(Error);
  });
  it('accepts an empty signals list', () => {
    expect(readLabels(head('url: https://n.example/ ; kind: nonshop ; expect: grey ; signals: '))).toMatchObject({ signals: [] });
  });
});
