// The interstitial, the link check and the first-run page render what they are given (server-rendered, no DOM):
// the interstitial keeps 仍要访问 inside the closed details and names category, note, dates and evidence; the link
// check always lists what it could not check; the first-run page names the three sources and the no-green rule.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { BlockedView } from '../../components/blocked/blocked-view';
import { LinkCheck, type LinkCheckReply } from '../../components/link-check/link-check';
import { WelcomeView } from '../../components/welcome/welcome-view';
import { checkLink } from '../../lib/pipeline/link-check';
import { compileList } from '../../lib/risk-list/lookup';
import { listSignals } from '../../lib/risk-list/signals';
import { confirmed, list, NOW } from '../risk-list/helpers';

const noop = () => {};
const entry = confirmed('scam-listed.test', { category: 'non-delivery', note: '付款后不发货', firstSeen: '2026-10-03', lastSeen: '2026-11-18' });
const signal = listSignals({ entry }, { version: 5, generatedAt: NOW })[0]!;

describe('BlockedView', () => {
  it('says what, why, since when and the evidence; 仍要访问 only inside the closed details', () => {
    const html = renderToStaticMarkup(<BlockedView locale="zh-CN" state={{ kind: 'listed', domain: 'scam-listed.test', signal }} busy={false} onLeave={noop} onProceed={noop} />);
    for (const s of ['卡盾已拦下这个网站', '付款不发货 / 跑路', '付款后不发货', '2026-10-03', '2026-11-18', '第 5 版', 'href="https://evidence.example/report/1"', 'rel="noopener noreferrer"']) expect(html).toContain(s);
    const details = html.slice(html.indexOf('<details'));
    expect(details).not.toContain(' open');
    expect(details).toContain('name="proceed"');
    expect(html.slice(0, html.indexOf('<details'))).not.toContain('name="proceed"');
    expect(html.indexOf('name="leave"')).toBeLessThan(html.indexOf('<details'));
  });

  it('a site no longer listed gets a plain way on and no warning; English follows the locale', () => {
    const gone = renderToStaticMarkup(<BlockedView locale="zh-CN" state={{ kind: 'gone', domain: 'x.test' }} busy={false} onLeave={noop} onProceed={noop} />);
    expect(gone).not.toContain('卡盾已拦下');
    expect(gone).toContain('name="continue"');
    const en = renderToStaticMarkup(<BlockedView locale="en" state={{ kind: 'listed', domain: 'scam-listed.test', signal }} busy={false} onLeave={noop} onProceed={noop} />);
    expect(en).toContain('KaDun stopped this site');
    expect(en).toContain('paid but not delivered');
  });
});

describe('LinkCheck', () => {
  it('shows the light, the reasons and what could not be checked; a refused input is a plain message', async () => {
    const compiled = compileList(list({ entries: [entry] }), NOW);
    const url = 'http://scam-listed.test/';
    const r = await checkLink({ url, now: NOW, sources: { icp: [], rdap: [] }, list: { match: compiled.match(url, NOW), info: { version: 2, generatedAt: NOW } } });
    const reply: LinkCheckReply = { ok: true, ...r };
    const html = renderToStaticMarkup(<LinkCheck locale="zh-CN" value={url} busy={false} reply={reply} error={null} onChange={noop} onSubmit={noop} />);
    expect(html).toContain('data-light="red"');
    expect(html).toContain('data-signal="list-confirmed"');
    expect(html).toContain('未加载页面，无法检查收款方式');
    expect(html).toContain('for="link-input"');
    const refused = renderToStaticMarkup(<LinkCheck locale="zh-CN" value="" busy={false} reply={{ ok: false, reason: 'empty' }} error={null} onChange={noop} onSubmit={noop} />);
    expect(refused).toContain('请先粘贴一个网址');
    expect(refused).not.toContain('link-check-result');
  });
});

describe('WelcomeView', () => {
  it('names the three sources, that only the domain is sent, and that KaDun never shows green inside a page', () => {
    const html = renderToStaticMarkup(<WelcomeView locale="zh-CN" rdapOn={false} listVersion={3} error={null} onRdap={noop} onOptions={noop} onCheck={noop} />);
    for (const s of ['域名注册信息', '备案查询', '社区风险名单', '只会发送网站的域名', '名单第 3 版', 'name="rdap"']) expect(html).toContain(s);
    expect(html).toContain('从不在网页里面显示绿色的“已核验”');
    const on = renderToStaticMarkup(<WelcomeView locale="zh-CN" rdapOn listVersion={null} error={null} onRdap={noop} onOptions={noop} onCheck={noop} />);
    expect(on).not.toContain('name="rdap"');
    expect(on).toContain('已打开');
  });
});
