// The accuracy gates over the whole labelled corpus (tests/fixtures/{pages,field,nonshop}): no false red on a
// legitimate page, every scam red, every shop a shop, every non-shop grey, every expected signal raised.
// `npm run accuracy` prints the same run as a table.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { collectCorpus, judge, type Judged } from '../../scripts/accuracy/corpus';
import { gateFailures, missingSignals, renderAccuracy } from '../../scripts/accuracy/report';
import { FIXTURE_NOW, FIXTURES } from '../helpers/fixtures';

describe('accuracy corpus', () => {
  const pages = collectCorpus(FIXTURES);
  const judged: Judged[] = [];

  it('has labelled field and non-shop pages with distinct addresses', () => {
    const labelled = pages.filter((p) => p.labels);
    expect(labelled.filter((p) => p.name.startsWith('field')).length).toBeGreaterThanOrEqual(60);
    expect(labelled.filter((p) => p.labels!.kind === 'nonshop').length).toBeGreaterThanOrEqual(300);
    const addresses = labelled.map((p) => new URL(p.url).host + new URL(p.url).pathname + new URL(p.url).search);
    expect(addresses.filter((a, i) => addresses.indexOf(a) !== i)).toEqual([]);
  });

  it('judges every page', async () => {
    for (const page of pages) judged.push(await judge(page, FIXTURE_NOW));
    expect(judged).toHaveLength(pages.length);
  }, 300_000);

  it('passes the gates: no false red, every scam red, shops are shops, non-shops grey', () => {
    expect(gateFailures(judged), renderAccuracy(judged)).toEqual([]);
  });

  it('raises every expected signal', () => {
    expect(missingSignals(judged)).toEqual([]);
  });
});
