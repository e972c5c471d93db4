// What `npm run accuracy` prints and what `npm test` fails on (tests/accuracy/corpus.test.ts), from judged pages.
import { LIGHTS } from '../../lib/core/schemas';
import type { Judged } from './corpus';

const SHOP_KINDS = new Set(['scam', 'risky', 'legit']);

/** The gates: a false red on a legitimate page, a scam that is not red, a shop read grey, a non-shop not grey. */
export function gateFailures(judged: readonly Judged[]): string[] {
  const out: string[] = [];
  for (const j of judged) {
    const l = j.labels;
    if (!l) continue;
    const got = `${j.light}${j.isShop ? ' (shop)' : ' (not a shop)'} [${j.signals.map((s) => `${s.id}:${s.severity}`).join(', ')}]`;
    if (l.kind === 'scam' && j.light !== 'red') out.push(`${j.name}: scam not red — got ${got}`);
    if (l.kind === 'legit' && j.light === 'red') out.push(`${j.name}: FALSE RED on a legitimate page — got ${got}`);
    if (SHOP_KINDS.has(l.kind) && (j.light === 'grey' || !j.isShop)) out.push(`${j.name}: shop page read as not a shop — got ${got}`);
    if (l.kind === 'nonshop' && (j.light !== 'grey' || j.isShop)) out.push(`${j.name}: non-shop page not grey — got ${got}`);
  }
  return out;
}

/** Labelled pages whose expected signals (id, and severity where given) were not raised. */
export function missingSignals(judged: readonly Judged[]): string[] {
  const out: string[] = [];
  for (const j of judged) {
    const missing = (j.labels?.signals ?? []).filter((e) => !j.signals.some((s) => s.id === e.id && (!e.severity || s.severity === e.severity)));
    if (missing.length) out.push(`${j.name}: missing ${missing.map((m) => (m.severity ? `${m.id}:${m.severity}` : m.id)).join(', ')}`);
  }
  return out;
}

/** Shop classifier against the labels (scam / risky / legit are shops). */
export function shopClassifier(judged: readonly Judged[]): { tp: number; fp: number; fn: number; precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const j of judged) {
    if (!j.labels) continue;
    const shop = SHOP_KINDS.has(j.labels.kind);
    if (shop && j.isShop) tp++;
    else if (!shop && j.isShop) fp++;
    else if (shop && !j.isShop) fn++;
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The whole printed report. */
export function renderAccuracy(judged: readonly Judged[]): string {
  const labelled = judged.filter((j) => j.labels);
  const lines: string[] = [];
  lines.push(`KaDun accuracy — ${judged.length} pages (${labelled.length} labelled), CLI pipeline, offline, bundled list`);
  lines.push('');
  lines.push('expected \\ got   ' + LIGHTS.map((l) => l.padStart(6)).join(''));
  for (const e of LIGHTS) {
    const row = LIGHTS.map((g) => String(labelled.filter((j) => j.labels!.expect === e && j.light === g).length).padStart(6));
    lines.push(`${e.padEnd(16)} ${row.join('')}`);
  }
  const unlabelled = judged.filter((j) => !j.labels);
  if (unlabelled.length) {
    lines.push(`${'(unlabelled)'.padEnd(16)} ${LIGHTS.map((g) => String(unlabelled.filter((j) => j.light === g).length).padStart(6)).join('')}   detector fixtures`);
  }
  lines.push('');
  for (const kind of ['scam', 'risky', 'legit', 'nonshop'] as const) {
    const of = labelled.filter((j) => j.labels!.kind === kind);
    if (!of.length) continue;
    const right = of.filter((j) => j.light === j.labels!.expect).length;
    const extra = kind === 'scam' ? `  scam recall (red): ${pct(of.filter((j) => j.light === 'red').length / of.length)}` : '';
    lines.push(`${kind.padEnd(8)} ${String(of.length).padStart(4)} pages, light as expected ${right}/${of.length}${extra}`);
  }
  const c = shopClassifier(judged);
  lines.push(`shop classifier: precision ${pct(c.precision)}, recall ${pct(c.recall)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  const wrongLight = labelled.filter((j) => j.light !== j.labels!.expect).map((j) => `${j.name}: expected ${j.labels!.expect}, got ${j.light}`);
  for (const [title, list] of [['Light not as expected', wrongLight], ['Expected signals missing', missingSignals(judged)], ['GATE FAILURES (npm test fails on these)', gateFailures(judged)]] as const) {
    lines.push('');
    lines.push(`${title}: ${list.length}`);
    for (const l of list) lines.push('  ' + l);
  }
  return lines.join('\n') + '\n';
}
