// What the CLI pipeline (happy-dom + the same lib/) says for a demo page file, served at the same URL: the expected
// answer both browsers' end-to-end tests hold the extension to (Chromium: demo-pages.e2e; Firefox: tests/e2e-firefox).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES_DIR, DEMO_SITES, type DemoSite } from '../../scripts/demo/server';
import { analyze } from '../../lib/pipeline/analyze';
import { extractFromHtml } from '../../lib/extract/from-html';
import { decodeSnapshotQrNode } from '../../scripts/qr-node';

export function cliVerdict(site: DemoSite, url: string) {
  const html = readFileSync(join(DEMO_PAGES_DIR, DEMO_SITES[site]), 'utf8');
  const { snapshot } = extractFromHtml(html, url);
  // QR codes decoded the CLI's way (pngjs); the extension decodes them with OffscreenCanvas, and both must agree.
  return analyze({ snapshot, qr: decodeSnapshotQrNode(snapshot), now: Date.now() });
}
