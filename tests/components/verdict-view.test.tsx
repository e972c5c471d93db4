// The popup's verdict renders what it is given, in the order that decides (issue 11): headline and advice line first,
// danger and warn cards in view, info collapsed, sources and technical details collapsed, absence worded as absence,
// a trusted site never labelled 已核实, and the caps a hostile page hit in plain words. (Server-rendered: no DOM.)
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { VerdictView } from '../../components/verdict-view/verdict-view';
import { buildVerdict } from '../../lib/core/verdict';
import type { Signal } from '../../lib/core/types';

const sig = (id: Signal['id'], severity: Signal['severity'], evidence: Signal['evidence'] = [], params: Signal['params'] = {}): Signal =>
  ({ id, severity, evidence, source: { kind: 'page' }, params });
const sources = { page: { state: 'ok' }, icp: { state: 'off' }, rdap: { state: 'off' }, list: { state: 'ok' } } as const;
const signals = [
  sig('shop-detected', 'info'), sig('shop-software', 'info', [], { softwareName: '独角数卡' }),
  sig('icp-filing-missing', 'warn', [{ quote: '', where: 'footer', blockId: 9 }]),
  sig('payment-personal-qr', 'danger', [{ quote: 'wxp://f2f0abcdef', where: 'image', blockId: 3 }], { payload: 'wxp://f2f0abcdef' }),
  sig('payment-unlicensed-gateway', 'danger', [{ quote: '请使用微信扫码，扫码后输入金额支付。', blockId: 4 }], { gateway: '码支付' }),
];
const render = (override: 'trusted' | null = null, extra: Partial<Parameters<typeof buildVerdict>[0]> = {}) => renderToStaticMarkup(
  <VerdictView locale="zh-CN" onShow={() => {}} verdict={buildVerdict({ url: 'https://pay.example/p', domain: 'pay.example', isShop: true, signals, sources, override, checkedAt: 1, truncated: false, ...extra })} />,
);

describe('VerdictView', () => {
  it('headline, then the advice line, then danger and warn cards; info collapsed at the end', () => {
    const html = render();
    const at = (s: string) => html.indexOf(s);
    expect(at('收款码疑似是个人收款码')).toBeGreaterThan(-1);
    expect(at('现在怎么做')).toBeGreaterThan(at('verdict-headline'));
    expect(at('data-severity="danger"')).toBeGreaterThan(at('现在怎么做'));
    expect(at('data-severity="warn"')).toBeGreaterThan(at('data-severity="danger"'));
    expect(html).toMatch(/<details class="other-info"><summary>其他信息 \(2\)<\/summary>/);
    expect(html).toMatch(/<details class="sources"><summary>数据来源<\/summary>/);
    expect(html).not.toContain('高风险：');
  });

  it('a payload is under 技术细节, page text stays in view, and an absence is worded as absence', () => {
    const html = render();
    expect(html).toMatch(/<details class="tech"><summary>技术细节<\/summary><ul class="signal-evidence tech-evidence"><li><q>wxp:\/\/f2f0abcdef<\/q>/);
    expect(html).toMatch(/<ul class="signal-evidence"[^>]*><li><q>请使用微信扫码/);
    expect(html).toContain('页脚中没有备案号');
  });

  it('a trusted site says "你选择了信任", never the green light\'s 已核实, even without danger', () => {
    expect(render('trusted')).toContain('你选择了信任（卡盾仍发现 2 项危险）');
    const clean = renderToStaticMarkup(<VerdictView locale="zh-CN" verdict={buildVerdict({ url: 'https://ok.example/', domain: 'ok.example', isShop: true, signals: [sig('refund-terms-shown', 'good')], sources, override: 'trusted', checkedAt: 1, truncated: false })} />);
    expect(clean).toContain('你选择了信任');
    expect(clean).not.toContain('已核实');
    const verified = renderToStaticMarkup(<VerdictView locale="zh-CN" verdict={buildVerdict({ url: 'https://ok.example/', domain: 'ok.example', isShop: true, signals: [sig('official-vendor', 'good')], sources, override: null, checkedAt: 1, truncated: false })} />);
    expect(verified).toContain('已核实');
  });

  it('what the caps skipped on a huge page is told in words under 技术细节', () => {
    const html = render(null, { truncated: true, skipped: ['elements', 'blocks', 'parse:input-chars'] });
    expect(html).toContain('只检查了前 60000 个元素');
    expect(html).toContain('只读了前 1500 段文字');
    expect(html).toContain('页面文件太大或嵌套太深');
    expect(render()).not.toContain('页面过大，卡盾只检查了一部分');
  });
});
