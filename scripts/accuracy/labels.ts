// Fixture labels: what a correct analysis of a fixture page must say, read from its first-line header comment
//   <!-- fixture: …; url: https://x.example/p ; kind: scam ; expect: red ; signals: payment-personal-qr:danger -->
// `kind` is the class the accuracy gates judge (scam → red; risky → a shop, not grey; legit → a shop, never red;
// nonshop → grey, not a shop); `expect` is the exact light; `signals` the page signals that must be raised.
import { LIGHTS, SEVERITIES } from '../../lib/core/schemas';
import type { Light, Severity } from '../../lib/core/types';

export const KINDS = ['scam', 'risky', 'legit', 'nonshop'] as const;
export type Kind = (typeof KINDS)[number];
export type ExpectedSignal = { id: string; severity?: Severity };
export type Labels = { url: string; kind: Kind; expect: Light; signals: ExpectedSignal[] };

/** The header comment: the first comment of the file, read no further than 2,000 characters. */
function header(html: string): string | null {
  const m = /^\s*<!--([\s\S]{0,2000}?)-->/.exec(html.slice(0, 2100));
  return m ? m[1]! : null;
}

function field(head: string, name: string): string | undefined {
  return new RegExp(`(?:^|[;\\s])${name}:\\s*([^;]*?)\\s*(?:;|$)`).exec(head)?.[1];
}

/** The fixture's labels; null when it has none (a detector fixture), an Error when they are there but malformed. */
export function readLabels(html: string): Labels | null | Error {
  const head = header(html);
  if (!head) return null;
  const kind = field(head, 'kind');
  const expect = field(head, 'expect');
  if (kind === undefined && expect === undefined) return null;
  const url = field(head, 'url');
  if (!url) return new Error('labelled fixture without url:');
  if (!KINDS.includes(kind as Kind)) return new Error(`kind: ${kind ?? '(missing)'} is not one of ${KINDS.join(', ')}`);
  if (!LIGHTS.includes(expect as Light)) return new Error(`expect: ${expect ?? '(missing)'} is not a light`);
  const signals: ExpectedSignal[] = [];
  for (const item of (field(head, 'signals') ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [id, severity] = item.split(':').map((s) => s.trim());
    if (!id || !/^[a-z][a-z0-9-]*$/.test(id)) return new Error(`signals: "${item}" is not a signal id`);
    if (severity !== undefined && !SEVERITIES.includes(severity as Severity)) return new Error(`signals: "${item}" has no such severity`);
    signals.push(severity ? { id, severity: severity as Severity } : { id });
  }
  return { url, kind: kind as Kind, expect: expect as Light, signals };
}
