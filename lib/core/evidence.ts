// How the popup shows a piece of evidence (issue 11 item 7): quotes a person reads (page text, a filing number) stay
// in view; quotes that are code, CSS, URLs, file paths or payment payloads go under "技术细节". Pure.
import type { Evidence } from './types';

/** Evidence read from places a person never reads as text. */
const TECHNICAL_WHERE = new Set(['script', 'url', 'form', 'link', 'data', 'value', 'icon', 'option', 'meta', 'rdap.status']);
/** A URL or an app scheme (wxp://, alipays://, https://…). */
const URLISH = /(?:^|[\s(（"'=])[a-z][a-z0-9+.-]{1,15}:\/\//i;
/** A path with two or more segments (/assets/hyper/, /pay/submit.php). */
const PATHISH = /(?:^|[\s"'(=])\/?[\w.-]+\/[\w.-]+\/|\.(?:php|js|css|html?|aspx?|jsp)\b/i;
/** Code: braces, statements, arrow functions, CSS url(), attribute="value", markup. */
const CODEISH = /[{};]|=>|\b(?:var|let|const|function|return|window|document)\b|\burl\(|^[\w-]+="|<\/?[a-z][\w-]*[\s>]/i;

export function isTechnicalEvidence(e: Pick<Evidence, 'quote' | 'where'>): boolean {
  if (e.where === 'list') return false; // the community list's evidence links are what a person should open
  if (e.where && TECHNICAL_WHERE.has(e.where)) return true;
  return URLISH.test(e.quote) || PATHISH.test(e.quote) || CODEISH.test(e.quote);
}

/** Evidence that records an absence (an empty quote: "where we looked, nothing was there"). */
export const isAbsence = (e: Pick<Evidence, 'quote'>): boolean => e.quote.trim() === '';
