// HTML string → Extraction, over happy-dom: the CLI and the tests run the content script's extractor this way.
// Node only: happy-dom must stay out of the extension bundle, so only scripts/ and tests/ import this file
// (tests/scripts/cli.test.ts checks that nothing under lib/, entrypoints/ or components/ does).
import { Window } from 'happy-dom';
import { limitNesting } from './limit-nesting';
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
  window.document.write(limitNesting(html));
  try {
    return extractSnapshot(window.document as unknown as Document, { url });
  } finally {
    // happy-dom tears a document down recursively; a hostile, deeply nested page must not crash the CLI on the way out.
    window.happyDOM.close().catch(() => undefined);
  }
}
