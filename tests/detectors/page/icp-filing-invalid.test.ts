import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { icpFilingInvalid, invalidFilingSignals } from '../../../lib/detectors/page/icp-filing-invalid';
import { contextFor } from '../../helpers/fixtures';
import { describeDetectorFixtures } from '../../helpers/detector-suite';

/** The problem each match fixture is about. */
const EXPECTED: Record<string, { problem: string; number: string }> = {
  'match-moe-parody.html': { problem: 'parody', number: '萌ICP备20240520号' },
  'match-template-placeholder.html': { problem: 'placeholder', number: '京ICP备12345678号-1' },
  'match-nine-digits-fullwidth.html': { problem: 'digits', number: '粤ICP备202101234号' },
  'match-future-year.html': { problem: 'future-year', number: '沪ICP备2098012345号-2' },
  'match-hk-prefix.html': { problem: 'prefix', number: '港ICP备18012345号' },
};

describe('icp-filing-invalid', () => {
  const { match } = describeDetectorFixtures(icpFilingInvalid, {
    // 港 / 澳 / 台 prefixes rest on an unverified fact: warn, never danger.
    severity: (name) => (name === 'match-hk-prefix.html' ? 'warn' : 'danger'), evidenceBlockIds: 'first', params: EXPECTED,
    expect: ([s]) => expect(s!.evidence[0]!.quote).toContain('ICP'),
  });

  it('quotes the original (full-width) characters', () => {
    const ctx = contextFor(readFileSync(match.find((f) => f.includes('fullwidth'))!, 'utf8'));
    expect(icpFilingInvalid.detect(ctx)[0]!.evidence[0]!.quote).toContain('２０２１０１２３４');
  });

  it('judges the year against the injected clock', () => {
    const html = '<!-- url: https://t.example/ --><footer>浙ICP备2030012345号</footer>';
    expect(invalidFilingSignals(contextFor(html), 2026)[0]!.params.problem).toBe('future-year');
    expect(invalidFilingSignals(contextFor(html), 2030)).toEqual([]);
  });

  it('reads 萌ICP备 on a page that sells nothing as info, not danger', () => {
    const html = '<!-- url: https://fan.example/ --><article><h1>我的番剧笔记</h1><p>今天看完了第二季。</p></article><footer>萌ICP备20230042号</footer>';
    const signals = icpFilingInvalid.detect(contextFor(html));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.severity).toBe('info');
  });

  it('makes one signal per distinct number, with every place it was seen', () => {
    const html = '<!-- url: https://t.example/ --><header>京ICP备12345678号</header><footer>京ICP备12345678号</footer>';
    const signals = icpFilingInvalid.detect(contextFor(html));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.evidence).toHaveLength(2);
  });
});
