// One hostile page through the CLI pipeline (pre-pass → happy-dom → extraction → QR → page detectors → verdict),
// offline: what `npm run check -- page.html --offline` does, in-process and timed.
import type { Verdict } from '../../lib/core/types';
import { extractFromHtml } from '../../lib/extract/from-html';
import { analyze } from '../../lib/pipeline/analyze';
import { decodeSnapshotQrNode } from '../qr-node';

export type HostileRun = { ms: number; verdict: Verdict; blocks: number; images: number };

const NOW = Date.UTC(2026, 10, 24, 12);

export function runHostile(html: string, url = 'https://shop.example/'): HostileRun {
  const t = performance.now();
  const { snapshot } = extractFromHtml(html, url);
  const verdict = analyze({ snapshot, qr: decodeSnapshotQrNode(snapshot), now: NOW, list: { unavailable: 'offline' } });
  return { ms: performance.now() - t, verdict, blocks: snapshot.blocks.length, images: snapshot.images.length };
}
