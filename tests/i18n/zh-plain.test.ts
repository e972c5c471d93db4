// The Chinese UI speaks Chinese (issue 11 item 7): no internal names ("risk-list", "RDAP", "issue", ids such as
// `icp` / `rdap`) and no English words in zh-CN UI and signal texts, outside an allow-list of names a Chinese reader
// meets as they are (ICP, QQ, App, USDT, HTTPS…). Addresses (anything with a dot: gsxt.gov.cn, .cn) and URLs with a
// scheme (wxp://…, https://…) are things to type or recognise, not words, and are not counted.
import { describe, expect, it } from 'vitest';
import { uiZh } from '../../lib/i18n/ui.zh-CN';
import { signalsZh } from '../../lib/i18n/signals/zh-CN';
import { signalHeadlines } from '../../lib/i18n/signals/headlines';
import { signalText } from '../../lib/i18n';
import { asciiWords } from './ascii-words';

/** Names used as they are in mainland China, standards and product names, and literal examples the text explains. */
const ALLOWED = new Set([
  'ICP', 'QQ', 'Q', 'App', 'URL', 'HTTP', 'HTTPS', 'http', 'https', 'IP', 'Wi-Fi', 'GB', 'GB/T', 'USDT', 'TRC20', 'ERC20',
  'V', 'PayJS', 'Native', 'JSON', 'GitHub', 'KaDun', 'localhost',
  // The options language choice is written in its own language.
  'English',
  // Words scam domains add to a brand, quoted as examples in the impersonation explanation.
  'pay', 'kami', 'cz',
  // The report page: the mirror's name, the paste shortcut, image formats, and Gitee's own button label 新建 Issue.
  'Gitee', 'Ctrl+V', 'PNG', 'JPEG', 'WebP', 'GIF', 'Issue',
]);


/**
 * The advanced options for a self-run lookup service (options.http.*, options.issue.*) name the configuration's own
 * fields (list, fields, params.list) and formats: the person types exactly those words.
 */
const ADVANCED = /^options\.(http|issue)\./;

describe('zh-CN texts are in plain Chinese', () => {
  it('the scan itself finds English words and internal names, and passes allowed names and addresses', () => {
    expect(asciiWords('未能查询：rdap（risk-list 出错：network error）')).toEqual(['rdap', 'risk-list', 'network', 'error']);
    expect(asciiWords('到 gsxt.gov.cn 查询 ICP 备案，扫 wxp://f2f0abc 或 .cn 域名')).toEqual(['ICP']);
  });

  it('UI texts', () => {
    const bad = Object.entries(uiZh).filter(([k]) => !ADVANCED.test(k))
      .flatMap(([k, v]) => asciiWords(v).filter((w) => !ALLOWED.has(w)).map((w) => `${k}: ${w}`));
    expect(bad).toEqual([]);
  });

  it('signal titles, explanations, actions and headlines', () => {
    const bad = Object.entries(signalsZh).flatMap(([id, text]) => [text.title, text.explain, text.action ?? '', signalHeadlines['zh-CN'][id as keyof typeof signalsZh]]
      .flatMap((v) => asciiWords(v).filter((w) => !ALLOWED.has(w)).map((w) => `${id}: ${w}`)));
    expect(bad).toEqual([]);
  });

  it('a source that could not answer is named in Chinese, with its reason in words', () => {
    const s = { id: 'source-unavailable', params: { source: 'rdap', provider: 'rdap', reason: 'timeout', domain: 'shop.example' } };
    const text = signalText('zh-CN', s);
    expect(text.title).toBe('未能查询：域名注册');
    expect(text.explain).toContain('查询超时');
    expect(asciiWords(text.title + text.explain)).toEqual([]);
  });
});
