// Loads a fixture page into happy-dom and runs the same extractor the content script runs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFromHtml } from '../../lib/extract/from-html';
import type { Extraction } from '../../lib/extract/snapshot';
import { createPageContext, type PageContext, type PageExtras } from '../../lib/detectors/page/context';
import { decodeSnapshotQrNode } from '../../scripts/qr-node';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const PAGE_FIXTURES = join(FIXTURES, 'pages');

/** The URL a fixture is "served" at: from its `<!-- url: … -->` header, else https://shop.example/. */
export function fixtureUrl(html: string): string {
  return /<!--[^>]*?\burl:\s*(\S+?)\s*(?:;|-->)/.exec(html)?.[1] ?? 'https://shop.example/';
}

export function extractHtml(html: string, url = fixtureUrl(html)): Extraction {
  return extractFromHtml(html, url);
}

/** Fixtures are judged at a fixed date so year checks do not drift: 2026-11-24. */
export const FIXTURE_NOW = Date.UTC(2026, 10, 24, 12);

/** A fixture's page context, with its inline PNG QR codes really decoded (scripts/qr-node.ts, as the CLI does). */
export function contextFor(html: string, url?: string, extras: Partial<PageExtras> = {}): PageContext {
  const snapshot = extractHtml(html, url).snapshot;
  return createPageContext(snapshot, { now: FIXTURE_NOW, qr: decodeSnapshotQrNode(snapshot), ...extras });
}

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Every fixture of a detector: `tests/fixtures/pages/<id>/match-*.html` and `nomatch-*.html`. */
export function detectorFixtures(id: string): { match: string[]; nomatch: string[] } {
  const dir = join(PAGE_FIXTURES, id);
  if (!existsSync(dir)) return { match: [], nomatch: [] };
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  return {
    match: files.filter((f) => f.startsWith('match-')).map((f) => join(dir, f)),
    nomatch: files.filter((f) => f.startsWith('nomatch-')).map((f) => join(dir, f)),
  };
}
