// Data sources are named in plain words where the person reads them (issue 11 item 7: no internal names in the
// Chinese UI): the popup's "数据来源" rows and each reason's "来自…" line said "risk-list" and "rdap".
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SignalList } from '../../components/signal-list/signal-list';
import { SourceStatus } from '../../components/source-status/source-status';
import { ICP_ASSISTED_ID } from '../../lib/providers/icp-assisted';
import { LIST_PROVIDER_ID } from '../../lib/risk-list/signals';
import type { Signal, Verdict } from '../../lib/core/types';
import { providerName } from '../../lib/i18n';
import '../../lib/i18n/all';
import { firstFrame } from '../../lib/i18n/first-frame';
import { buildVerdict } from '../../lib/core/verdict';
import { asciiWords } from '../i18n/ascii-words';

// Every provider id the pipeline puts in a verdict: the list (its signals and its ICP records), the self-run ICP
// service, the assisted MIIT check, RDAP.
const IDS = [LIST_PROVIDER_ID, 'icp-http', ICP_ASSISTED_ID, 'rdap'];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ');

describe('data sources in plain words', () => {
  it('each provider id has a Chinese and an English name; anything else (the list\'s version) shows as itself', () => {
    for (const id of IDS) {
      expect(asciiWords(providerName('zh-CN', id)), id).toEqual([]);
      expect(providerName('en', id), id).not.toBe(id);
    }
    expect(providerName('zh-CN', 'v3')).toBe('v3');
    expect(providerName('zh-CN', 'constructor')).toBe('constructor');
  });

  it('the sources rows and the reasons\' "来自…" lines name no internal id', () => {
    const sources: Verdict['sources'] = {
      page: { state: 'ok' }, icp: { state: 'unavailable', provider: LIST_PROVIDER_ID, reason: 'not-in-records' },
      rdap: { state: 'ok', provider: 'rdap', fetchedAt: 1_764_000_000_000 }, list: { state: 'ok', provider: 'v1', fetchedAt: 1_764_000_000_000 },
    };
    const rows = text(renderToStaticMarkup(<SourceStatus locale="zh-CN" sources={sources} checkedAt={1_764_000_100_000} />));
    expect(rows).toContain('卡盾社区名单');
    expect(asciiWords(rows).filter((w) => w !== 'v1')).toEqual([]);

    const signals: Signal[] = [
      { id: 'domain-young', severity: 'warn', evidence: [], params: { ageDays: 3, domain: 'pay.example' }, source: { kind: 'provider', provider: 'rdap', fetchedAt: 1_764_000_000_000 } },
      { id: 'list-reported', severity: 'warn', evidence: [], params: {}, source: { kind: 'provider', provider: LIST_PROVIDER_ID, fetchedAt: 1_764_000_000_000 } },
    ];
    const lines = (html: string) => [...html.matchAll(/<p class="signal-source">([^<]*)<\/p>/g)].map((m) => m[1]!);
    const cards = lines(renderToStaticMarkup(<SignalList locale="zh-CN" signals={signals} />));
    expect(cards).toHaveLength(2);
    expect(cards.flatMap(asciiWords)).toEqual([]);
    expect(cards[0]).toContain('域名注册信息查询');

    // The first screen (worded by the service worker for the popup's URL) says the same.
    const v = buildVerdict({ url: 'https://pay.example/', domain: 'pay.example', isShop: true, override: null, checkedAt: 1_764_000_100_000, truncated: false, sources, signals });
    const frame = firstFrame('zh-CN', v, { forTab: false, canShow: true, hidden: false });
    const frameLines = frame.groups.flatMap((g) => g.cards.map((c) => c.source));
    expect(frameLines).toEqual(cards);
  });
});
