// The options form renders what it is given: every control has a label, an issue sits next to its field and is
// announced, the language follows `locale`. (Server-rendered: no DOM needed.)
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { OptionsForm, type OptionsFormProps } from '../../components/options-form/options-form';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { draftFromSettings } from '../../components/options-form/draft';

const noop = () => {};
const props = (patch: Partial<OptionsFormProps> = {}): OptionsFormProps => ({
  locale: 'zh-CN',
  draft: { ...draftFromSettings(DEFAULT_SETTINGS), httpOn: true },
  issue: null,
  notices: {},
  listStatus: { version: 3, generatedAt: Date.UTC(2025, 5, 1), importedAt: Date.UTC(2025, 5, 2), lastCheckAt: null, lastError: 'bad-signature: signature does not verify' },
  busy: { saving: false, updating: false },
  now: Date.UTC(2025, 5, 4),
  onChange: noop, onRdap: noop, onMove: noop, onSave: noop, onUpdateList: noop, onExport: noop, onClear: noop,
  ...patch,
});
const render = (patch?: Partial<OptionsFormProps>) => renderToStaticMarkup(<OptionsForm {...props(patch)} />);

describe('OptionsForm', () => {
  it('labels every control (for= an id, or wrapping it)', () => {
    const html = render();
    const ids = [...html.matchAll(/<(?:input|textarea|select)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining(['rdap', 'http-on', 'endpoint', 'headers', 'mapping', 'list-mirrors', 'list-repo-url']));
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
    // Radios sit inside their labels.
    const radios = html.match(/<input type="radio"/g)!.length;
    expect(html.match(/<label[^>]*><input type="radio"/g)!.length).toBe(radios);
    expect(radios).toBe(5);
  });

  it('shows the privacy sentence, the three ICP sources in order and the list status', () => {
    const html = render();
    expect(html).toContain('只发送网站的注册域名（如 shop.example），不发送网址路径、页面内容');
    const order = [...html.matchAll(/data-source-id="(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['records', 'http', 'assisted']);
    expect(html).toContain('社区名单附带的备案记录');
    expect(html).toMatch(/data-field="version">3</);
    // The last update failure in Chinese words; the updater's English text only under 技术细节.
    expect(html).toMatch(/data-field="error">下载到的名单签名不对，可能被篡改/);
    expect(html).toMatch(/<summary>技术细节<\/summary><code>bad-signature: signature does not verify<\/code>/);
    expect(html).toMatch(/data-field="checked">从未</);
  });

  it('puts an issue next to its field, marks the field invalid and points at the message', () => {
    const html = render({ issue: { field: 'endpoint', text: 'endpoint：必须包含 {domain}，且只能出现一次' } });
    expect(html).toMatch(/id="endpoint"[^>]*aria-invalid="true"[^>]*aria-describedby="endpoint-issue"/);
    expect(html).toContain('<p id="endpoint-issue" class="note note-error" role="alert">endpoint：必须包含 {domain}，且只能出现一次</p>');
  });

  it('hides the HTTP fields while that source is off', () => {
    const html = render({ draft: draftFromSettings(DEFAULT_SETTINGS) });
    expect(html).not.toContain('id="endpoint"');
  });

  it('renders in English when asked, and shows an unreadable list status as an error', () => {
    const html = render({ locale: 'en', listStatus: 'no handler for list/status', notices: { save: { tone: 'ok', text: 'Saved' } } });
    expect(html).toContain('When to check');
    expect(html).toContain('Cannot read the list status: no handler for list/status');
    expect(html).toMatch(/role="status" data-tone="ok">Saved</);
    expect(html).not.toMatch(/检查方式|数据来源/);
  });
});
