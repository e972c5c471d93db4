// HTML string → Extraction, over happy-dom: the CLI and the tests run the content script's extractor this way.
// Node only: happy-dom must stay out of the extension bundle, so only scripts/ and tests/ import this file
// (tests/scripts/cli.test.ts checks that nothing under lib/, entrypoints/ or components/ does).
import { Window } from 'happy-dom';
import { prepareHtml } from './limit-nesting';
import { extractSnapshot, type Extraction } from './snapshot';

/** Parses `html` as if served at `url` (no scripts run, no files load) and extracts its snapshot. */
export function extractFromHtml(html: string, url: string): Extraction {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'happy-dom' },
    },
  });
  // Size, depth and element caps before parsing: the parse is the most expensive step and must be bounded too.
  const prepared = prepareHtml(html);
  window.document.write(prepared.html);
  try {
    const extraction = extractSnapshot(window.document as unknown as Document, { url });
    if (!prepared.truncated) return extraction;
    const skipped = [...new Set([...(extraction.snapshot.skipped ?? []), ...Object.keys(prepared.skipped).filter((k) => k !== 'empty').map((k) => `parse:${k}`)])];
    return { ...extraction, snapshot: { ...extraction.snapshot, truncated: true, skipped: skipped.slice(0, 20) } };
  } finally {
    // happy-dom tears a document down recursively; a hostile, deeply nested page must not crash the CLI on the way out.
    window.happyDOM.close().catch(() => undefined);
  }
}
