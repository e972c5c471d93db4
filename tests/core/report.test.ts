import { describe, expect, it } from 'vitest';
import { guessCategory, issueUrl, publicDraft, reportEvidence, reportText, type ReportLabels } from '../../lib/core/report';
import type { ReportDraft, Signal } from '../../lib/core/types';
import type { SignalId } from '../../lib/core/signal-ids';

const sig = (id: SignalId, severity: Signal['severity'], quote = 'q'): Signal => ({ id, severity, evidence: [{ quote }], source: { kind: 'page' }, params: {} });
const labels: ReportLabels = {
  title: (kind, d) => `${kind === 'appeal' ? '误报申诉' : '举报'}：${d}`,
  category: (c) => `cat:${c}`,
  signal: (id) => `sig:${id}`,
  amount: (y) => `${y} 元`,
  shots: (n) => `截图 ${n} 张`,
  headings: { site: '网站', category: '类别', description: '描述', evidence: '证据', via: '由卡盾生成', amount: '金额', payee: '收款账号', orderNo: '订单号', paidAt: '付款时间' },
};
const draft: ReportDraft = {
  kind: 'report', domain: 'cards.example', url: 'https://cards.example/pay?order=123', includeUrl: false,
  category: 'personal-payment', text: '付款后没有发货', evidence: [{ signalId: 'payment-personal-qr', quote: 'wxp://f2f0…' }],
};

describe('reports', () => {
  it('guesses the category from the strongest signal', () => {
    expect(guessCategory([sig('payment-personal-qr', 'danger'), sig('icp-filing-invalid', 'danger')])).toBe('personal-payment');
    expect(guessCategory([sig('icp-filing-invalid', 'danger')])).toBe('fake-filing');
    expect(guessCategory([sig('shop-detected', 'info')])).toBe('other');
  });

  it('carries only danger and warn evidence', () => {
    expect(reportEvidence([sig('shop-detected', 'info'), sig('icp-filing-missing', 'warn', '页脚')])).toEqual([{ signalId: 'icp-filing-missing', quote: '页脚', params: {} }]);
  });

  it('copy text opens with the title, so it pastes into an e-mail as subject + body', () => {
    expect(reportText(draft, labels).split('\n').slice(0, 3)).toEqual(['举报：cards.example', '', '网站: cards.example']);
    expect(reportText({ ...draft, kind: 'appeal' }, labels).split('\n')[0]).toBe('误报申诉：cards.example');
  });

  it('shares the domain, not the path or query, unless the person ticks "include URL"', () => {
    expect(reportText(draft, labels)).toContain('网站: cards.example');
    expect(reportText(draft, labels)).not.toContain('order=123');
    expect(reportText({ ...draft, includeUrl: true }, labels)).toContain('https://cards.example/pay?order=123');
  });

  it('builds a pre-filled https issue-form URL and refuses anything else', () => {
    const url = new URL(issueUrl('https://github.com/org/list/', draft, labels)!);
    expect(url.pathname).toBe('/org/list/issues/new');
    expect(url.searchParams.get('template')).toBe('report.yml');
    expect(url.searchParams.get('title')).toBe('举报：cards.example');
    expect(url.searchParams.get('domain')).toBe('cards.example');
    expect(url.searchParams.get('category')).toBe('personal-payment');
    expect(url.searchParams.get('description')).toBe('付款后没有发货');
    expect(url.searchParams.get('evidence')).toContain('sig:payment-personal-qr');
    expect(url.searchParams.has('body')).toBe(false);
    const appeal = new URL(issueUrl('https://github.com/org/list', { ...draft, kind: 'appeal', text: '已正常发货' }, labels)!);
    expect([...appeal.searchParams.keys()].sort()).toEqual(['domain', 'reason', 'template', 'title']);
    expect(appeal.searchParams.get('template')).toBe('appeal.yml');
    expect(appeal.searchParams.get('reason')).toBe('已正常发货');
    expect(issueUrl('http://github.com/org/list', draft, labels)).toBeNull();
    expect(issueUrl('not a url', draft, labels)).toBeNull();
  });

  const paid: ReportDraft = { ...draft, amount: '98.50', payee: 'wxp://f2f0AbCdEf', orderNo: 'D20261205001', paidAt: '2026-12-05T14:30' };

  it('copy text carries what the person entered (amount, payee, order number, time) and counts the screenshots', () => {
    const text = reportText(paid, labels, 2);
    for (const s of ['金额: 98.50 元', '收款账号: wxp://f2f0AbCdEf', '订单号: D20261205001', '付款时间: 2026-12-05 14:30', '截图 2 张']) expect(text).toContain(s);
    expect(reportText(draft, labels)).not.toMatch(/金额|订单号|付款时间|截图/);
  });

  it('copy text keeps page-derived quotes out unless "include URL" is ticked', () => {
    const quoted = { ...draft, evidence: [{ signalId: 'payment-personal-qr' as const, quote: '收款人 张三' }] };
    expect(reportText(quoted, labels)).toContain('sig:payment-personal-qr');
    expect(reportText(quoted, labels)).not.toContain('张三');
    expect(reportText({ ...quoted, includeUrl: true }, labels)).toContain('张三');
  });

  it('a public issue never carries the amount, order number or time; the payee only when ticked', () => {
    const body = (d: ReportDraft) => [...new URL(issueUrl('https://github.com/org/list', d, labels)!).searchParams.values()].join('\n');
    expect(body(paid)).not.toMatch(/98\.50|D20261205001|14:30|f2f0AbCdEf|order=123/);
    expect(body({ ...paid, includeUrl: true })).toContain('wxp://f2f0AbCdEf');
    expect(body({ ...paid, includeUrl: true })).toContain('https://cards.example/pay?order=123');
    expect(body({ ...paid, includeUrl: true })).not.toMatch(/98\.50|D20261205001|14:30/);
    expect(publicDraft(paid)).not.toHaveProperty('payee');
  });
});
