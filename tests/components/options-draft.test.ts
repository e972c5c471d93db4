import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { icpHttpConfigSchema } from '../../lib/providers/icp-http';
import {
  draftFromSettings, endpointPattern, localeFor, MIIT_MAPPING_EXAMPLE, moveItem, originPattern, parseJsonText, rdapOrigins,
  relativeAge, settingsFromDraft, type OptionsDraft,
} from '../../components/options-form/draft';

const base = (patch: Partial<OptionsDraft> = {}): OptionsDraft => ({ ...draftFromSettings(DEFAULT_SETTINGS), ...patch });
const http = (patch: Partial<OptionsDraft>) => base({ httpOn: true, endpoint: 'https://icp.example.net/q?domain={domain}', ...patch });
const issueOf = (draft: OptionsDraft, locale: 'zh-CN' | 'en') => {
  const r = settingsFromDraft(draft, locale);
  if (r.ok) throw new Error('expected an issue');
  return r.issue;
};

describe('RDAP origins from a bootstrap', () => {
  const boot = {
    version: '1.0', publication: '2025-12-11T00:00:01Z',
    services: [
      [['kg'], ['http://rdap.cctld.kg/']],
      [['tw', 'xn--kpry57d'], ['https://ccrdap.twnic.tw/tw/', 'https://ccrdap.twnic.tw/taiwan/']],
      [['example'], ['https://rdap.example.net:8443/rdap/', 'http://rdap.example.net/']],
    ],
  };

  it('takes each https server once, drops http-only ones, adds IANA (the bootstrap refresh), sorted', () => {
    expect(rdapOrigins(boot)).toEqual(['https://ccrdap.twnic.tw/*', 'https://data.iana.org/*', 'https://rdap.example.net/*']);
  });

  it('refuses something that is not a bootstrap', () => {
    expect(rdapOrigins({ services: 'x' })).toBeNull();
    expect(rdapOrigins(null)).toBeNull();
  });

  it('works on the bundled copy: every pattern https, inside the manifest\'s optional https://*/*', () => {
    const origins = rdapOrigins(JSON.parse(readFileSync('public/data/rdap-dns.json', 'utf8')))!;
    expect(origins.length).toBeGreaterThan(100);
    for (const o of origins) expect(o).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });
});

describe('origin patterns', () => {
  it.each([
    ['https://icp.example.net:8443/q?x=1', 'https://icp.example.net/*'],
    ['http://127.0.0.1:5173/icp', 'http://127.0.0.1/*'],
    ['ftp://example.net/', null],
    ['not a url', null],
  ])('%s → %s', (url, pattern) => expect(originPattern(url)).toBe(pattern));

  it('an endpoint template gives its host, whatever the domain', () => {
    expect(endpointPattern(' https://icp.example.net/query/{domain}?k=1 ')).toBe('https://icp.example.net/*');
  });
});

describe('JSON textareas', () => {
  it.each([
    ['', { ok: true, value: undefined }],
    ['  \n', { ok: true, value: undefined }],
    ['{"a":"b"}', { ok: true, value: { a: 'b' } }],
    ['{a:1}', { ok: false }],
  ])('%j', (text, result) => expect(parseJsonText(text)).toEqual(result));
});

describe('draft ↔ settings', () => {
  it('the defaults round-trip, with the MIIT example pre-filled and the HTTP source off', () => {
    const draft = draftFromSettings(DEFAULT_SETTINGS);
    expect(draft.httpOn).toBe(false);
    expect(JSON.parse(draft.mappingText)).toEqual(MIIT_MAPPING_EXAMPLE);
    expect(settingsFromDraft(draft, 'zh-CN')).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('the MIIT example is a valid mapping; a configured source round-trips', () => {
    expect(icpHttpConfigSchema.safeParse({ endpoint: 'https://icp.example.net/q?d={domain}', mapping: MIIT_MAPPING_EXAMPLE }).success).toBe(true);
    const r = settingsFromDraft(http({ headersText: '{ "authorization": "Bearer t" }', autoCheck: 'click', language: 'en' }), 'en');
    expect(r.ok).toBe(true);
    const settings = (r as { settings: Settings }).settings;
    expect(settings.sources.icpHttp).toEqual({
      endpoint: 'https://icp.example.net/q?domain={domain}', headers: { authorization: 'Bearer t' }, mapping: MIIT_MAPPING_EXAMPLE,
    });
    expect(draftFromSettings(settings)).toMatchObject({ httpOn: true, autoCheck: 'click', language: 'en' });
  });

  it('turning the HTTP source off stores null and ignores what is in its fields', () => {
    const r = settingsFromDraft(base({ httpOn: false, endpoint: 'junk', mappingText: '{' }), 'zh-CN');
    expect(r.ok && r.settings.sources.icpHttp).toBe(null);
  });
});

describe('the first issue, next to its field, in the page language', () => {
  it('an endpoint without {domain}', () => {
    expect(issueOf(http({ endpoint: 'https://icp.example.net/query' }), 'zh-CN')).toEqual({ field: 'endpoint', text: 'endpoint：必须包含 {domain}，且只能出现一次' });
    expect(issueOf(http({ endpoint: 'https://icp.example.net/query' }), 'en')).toEqual({ field: 'endpoint', text: 'endpoint: must contain {domain} exactly once' });
  });

  // Every message icp-http.ts and settings.ts write has a translation (a raw English message would show in zh-CN).
  it.each([
    ['endpoint', http({ endpoint: 'https://icp.example.net/{domain}/{domain}' }), '只能出现一次'],
    ['endpoint', http({ endpoint: 'https://icp.example.net/{x}?d={domain}' }), '其他花括号'],
    ['endpoint', http({ endpoint: 'icp.example.net/{domain}' }), '不是有效的网址'],
    ['endpoint', http({ endpoint: 'http://icp.example.net/{domain}' }), '只能用 https'],
    ['endpoint', http({ endpoint: 'https://u:p@icp.example.net/{domain}' }), '请求头'],
    ['endpoint', http({ endpoint: 'https://{domain}.example.net/' }), '主机名'],
    ['endpoint', http({ endpoint: 'https://icp.example.net/q?d={domain}#top' }), '片段'],
    ['headers', http({ headersText: '{ "bad name": "x" }' }), 'headers.bad name：请求头名称无效'],
    ['headers', http({ headersText: '{ "a": ' }), '不是有效的 JSON'],
    ['mapping', http({ mappingText: '[' }), '不是有效的 JSON'],
    ['mapping', http({ mappingText: JSON.stringify({ ...MIIT_MAPPING_EXAMPLE, list: 'params..list' }) }), 'mapping.list：应是点分隔的路径'],
    ['mapping', http({ mappingText: JSON.stringify({ ...MIIT_MAPPING_EXAMPLE, list: 'params.__proto__' }) }), '路径中不能有这一段'],
    ['listMirrors', base({ listMirrors: 'https://a.example/risk-list.json\nhttp://list.example/risk-list.json' }), 'listMirrors.1：只能用 https 地址'],
    ['listMirrors', base({ listMirrors: 'https://a.example/l.json\n https://a.example/l.json ' }), 'listMirrors：下载地址不能重复'],
    ['listRepoUrl', base({ listRepoUrl: 'nope' }), 'listRepoUrl：'],
    ['icpOrder', base({ icpOrder: ['records', 'records'] }), '查询源不能重复'],
  ] as const)('%s: %s', (field, draft, text) => {
    const issue = issueOf(draft, 'zh-CN');
    expect(issue.field).toBe(field);
    expect(issue.text).toContain(text);
  });

  it('zod\'s own messages come in Chinese too', () => {
    const { fields, ...rest } = MIIT_MAPPING_EXAMPLE;
    const { unitName: _, ...others } = fields;
    const issue = issueOf(http({ mappingText: JSON.stringify({ ...rest, fields: others }) }), 'zh-CN');
    expect(issue.field).toBe('mapping');
    expect(issue.text).toMatch(/^mapping\.fields\.unitName：.*[\u4e00-\u9fff]/);
    expect(issueOf(base({ listRepoUrl: 'nope' }), 'zh-CN').text).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('small helpers', () => {
  it('moves an ICP source up or down, never off the ends', () => {
    expect(moveItem(['records', 'http', 'assisted'], 2, -1)).toEqual(['records', 'assisted', 'http']);
    expect(moveItem(['records', 'http', 'assisted'], 0, 1)).toEqual(['http', 'records', 'assisted']);
    expect(moveItem(['records', 'http'], 0, -1)).toEqual(['records', 'http']);
    expect(moveItem(['records', 'http'], 1, 1)).toEqual(['records', 'http']);
  });

  it('follows the browser for "auto"', () => {
    expect(localeFor('auto', 'en')).toBe('en');
    expect(localeFor('zh-CN', 'en')).toBe('zh-CN');
  });

  it('says how old a list is in whole units', () => {
    const now = Date.UTC(2025, 5, 10);
    expect(relativeAge('en', now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(relativeAge('zh-CN', now - 2 * 3_600_000, now)).toBe('2小时前');
    expect(relativeAge('en', now - 10_000, now)).toBe('this minute');
  });
});
