// The report's new fields and screenshots at the boundary: what validates, what is refused, and what pre-fills.
import { describe, expect, it } from 'vitest';
import { fieldProblems, payeeFromSignals, REPORT_LIMITS, shotUploadSchema, sizeText } from '../../lib/core/report-fields';
import { giteeIssuesUrl } from '../../lib/core/report-channels';
import { reportDraftSchema } from '../../lib/core/schemas';
import type { Signal } from '../../lib/core/types';

const png = (bytes: number) => `data:image/png;base64,${Buffer.alloc(bytes, 7).toString('base64')}`;
const thumb = `data:image/jpeg;base64,${Buffer.alloc(300, 1).toString('base64')}`;
const upload = { reportId: 1, name: 'pay.png', type: 'image/png', dataUrl: png(2000), thumb };

describe('report fields', () => {
  it('accepts an amount in yuan and a datetime-local time, and names the fields that are wrong', () => {
    expect(fieldProblems({ amount: '98.50', paidAt: '2026-12-05T14:30', payee: 'wxp://x', orderNo: 'D1' })).toEqual([]);
    expect(fieldProblems({})).toEqual([]);
    expect(fieldProblems({ amount: '98.505' })).toEqual(['amount']);
    expect(fieldProblems({ amount: '九十八' })).toEqual(['amount']);
    expect(fieldProblems({ amount: '-5' })).toEqual(['amount']);
    expect(fieldProblems({ paidAt: '昨天下午' })).toEqual(['paidAt']);
    expect(fieldProblems({ orderNo: 'x'.repeat(REPORT_LIMITS.orderChars + 1) })).toEqual(['orderNo']);
  });

  it('reads a draft saved before the fields existed, and refuses a bad amount at the boundary', () => {
    const old = { kind: 'report', domain: 'cards.example', url: 'https://cards.example/', includeUrl: false, category: 'other', text: '', evidence: [] };
    expect(reportDraftSchema.safeParse(old).success).toBe(true);
    expect(reportDraftSchema.safeParse({ ...old, amount: '98.50', paidAt: '2026-12-05T14:30' }).success).toBe(true);
    expect(reportDraftSchema.safeParse({ ...old, amount: '98,50' }).success).toBe(false);
  });

  it('takes a screenshot of an allowed type and size, and refuses anything else', () => {
    expect(shotUploadSchema.safeParse(upload).success).toBe(true);
    expect(shotUploadSchema.safeParse({ ...upload, dataUrl: png(REPORT_LIMITS.shotBytes + 1) }).success).toBe(false);
    expect(shotUploadSchema.safeParse({ ...upload, type: 'image/svg+xml', dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }).success).toBe(false);
    expect(shotUploadSchema.safeParse({ ...upload, type: 'image/jpeg' }).success).toBe(false); // says JPEG, holds PNG
    expect(shotUploadSchema.safeParse({ ...upload, dataUrl: 'data:image/png;base64,' }).success).toBe(false);
    expect(shotUploadSchema.safeParse({ ...upload, dataUrl: 'data:image/png;base64,<script>' }).success).toBe(false);
    expect(shotUploadSchema.safeParse({ ...upload, thumb: 'https://evil.test/x.jpg' }).success).toBe(false);
  });

  it('pre-fills the payee from a personal payment code, else from a transfer to a person, else nothing', () => {
    const sig = (id: Signal['id'], params: Signal['params'], quote = ''): Signal =>
      ({ id, severity: 'danger', evidence: quote ? [{ quote }] : [], source: { kind: 'page' }, params });
    expect(payeeFromSignals([sig('payment-personal-qr', { payload: 'wxp://f2f0AbC' })])).toBe('wxp://f2f0AbC');
    expect(payeeFromSignals([sig('payment-personal-transfer', { kind: 'bank-card' }, '转账到 6222 0210 0000 0000 000')])).toBe('转账到 6222 0210 0000 0000 000');
    expect(payeeFromSignals([sig('payment-personal-transfer', { kind: 'screenshot' }, '付款后截图发给客服')])).toBe('');
    expect(payeeFromSignals([sig('icp-filing-invalid', {}, '京ICP备00000000号')])).toBe('');
  });

  it('links the Gitee mirror\'s issue list over https only, and writes sizes for people', () => {
    expect(giteeIssuesUrl('https://gitee.com/org/list/')).toBe('https://gitee.com/org/list/issues');
    expect(giteeIssuesUrl('http://gitee.com/org/list')).toBeNull();
    expect(giteeIssuesUrl('not a url')).toBeNull();
    expect(sizeText(2048)).toBe('2 KB');
    expect(sizeText(4 * 1024 * 1024)).toBe('4.0 MB');
  });
});
