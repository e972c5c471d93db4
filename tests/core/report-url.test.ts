// The public "new issue" URL (issue 10 item 7, smaller findings): its length cap holds after percent-encoding, and
// page-derived quotes stay out of it unless the person chose to share the URL.
import { describe, expect, it } from 'vitest';
import { issueUrl, MAX_ISSUE_URL, type ReportLabels } from '../../lib/core/report';
import type { ReportDraft } from '../../lib/core/types';

const labels: ReportLabels = {
  title: (_k, d) => `举报：${d}`,
  category: (c) => `cat:${c}`,
  signal: (id) => `sig:${id}`,
  amount: (y) => `${y} 元`,
  shots: (n) => `截图 ${n} 张`,
  headings: { site: '网站', category: '类别', description: '描述', evidence: '证据', via: '由卡盾生成', amount: '金额', payee: '收款账号', orderNo: '订单号', paidAt: '付款时间' },
};
const draft: ReportDraft = {
  kind: 'report', domain: 'cards.example', url: 'https://cards.example/pay?order=123', includeUrl: false,
  category: 'personal-payment', text: '付款后没有发货', evidence: [{ signalId: 'payment-personal-qr', quote: '收款人 张三 订单 123' }],
};

describe('issueUrl', () => {
  it('stays within the cap after percent-encoding, even for a body of CJK text', () => {
    const long = { ...draft, text: '卡'.repeat(6_000), evidence: Array.from({ length: 30 }, () => ({ signalId: 'payment-personal-qr' as const, quote: '码'.repeat(300) })) };
    for (const d of [long, { ...long, includeUrl: true }]) {
      const href = issueUrl('https://github.com/org/list', d, labels)!;
      expect(href.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
      // The person's own words survive; KaDun's findings give way first.
      expect(new URL(href).searchParams.get('description')).toMatch(/^卡+$/);
      expect(new URL(href).searchParams.get('domain')).toBe('cards.example');
    }
  });

  it('keeps page-derived quotes out of the issue body unless "include URL" is ticked', () => {
    const body = (d: ReportDraft) => [...new URL(issueUrl('https://github.com/org/list', d, labels)!).searchParams.values()].join('\n');
    expect(body(draft)).toContain('sig:payment-personal-qr');
    expect(body(draft)).not.toContain('张三');
    expect(body({ ...draft, includeUrl: true })).toContain('张三');
  });

  it('does not cut a surrogate pair in half', () => {
    const href = issueUrl('https://github.com/org/list', { ...draft, text: '😀'.repeat(5_000) }, labels)!;
    expect(() => decodeURIComponent(new URL(href).search.slice(1).replace(/\+/g, ' '))).not.toThrow();
    expect(new URL(href).searchParams.get('description')).not.toContain('\uFFFD');
  });
});
