// The accuracy corpus: every page fixture the CLI can judge on its own (tests/fixtures/pages, field, nonshop), run
// through the CLI pipeline in-process, each at its own `url:` with the bundled community list and no network.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Light, Verdict } from '../../lib/core/types';
import { BUNDLED_LIST_PATHS } from '../../lib/risk-list/public-key';
import { runCli } from '../cli/run';
import { readLabels, type Labels } from './labels';

/** Folders under tests/fixtures whose pages are judged (dynamic/ needs a browser: tests/e2e/dynamic.e2e.test.ts). */
export const CORPUS_FOLDERS = ['pages', 'field', 'nonshop'] as const;

export type CorpusPage = { file: string; name: string; url: string; labels: Labels | null };
export type Judged = CorpusPage & { light: Light; isShop: boolean; signals: Array<{ id: string; severity: string }> };

function htmlFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? htmlFiles(p) : e.endsWith('.html') ? [p] : [];
  });
}

/** Every corpus page under `root` (tests/fixtures). A malformed label is an error: fix the fixture. */
export function collectCorpus(root: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const folder of CORPUS_FOLDERS) {
    for (const file of htmlFiles(join(root, folder))) {
      const html = readFileSync(file, 'utf8');
      const labels = readLabels(html);
      const name = relative(root, file);
      if (labels instanceof Error) throw new Error(`${name}: ${labels.message}`);
      const url = labels?.url ?? /<!--[^>]*?\burl:\s*(\S+?)\s*(?:;|-->)/.exec(html)?.[1] ?? 'https://shop.example/';
      pages.push({ file, name, url, labels });
    }
  }
  return pages;
}

/** `kadun check <file> --url <url> --list <bundled> --json`, in-process, the network always failing. */
export async function judge(page: CorpusPage, now: number): Promise<Judged> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([page.file, '--url', page.url, '--list', join('public', BUNDLED_LIST_PATHS.list), '--json'], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    fetch: async () => {
      throw new TypeError('fetch failed: no network in the accuracy run');
    },
    now: () => now,
    env: {},
  });
  if (code !== 0) throw new Error(`${page.name}: CLI exit ${code}: ${stderr.trim()}`);
  const v = JSON.parse(stdout) as Verdict;
  return { ...page, light: v.light, isShop: v.isShop, signals: v.signals.map((s) => ({ id: s.id, severity: s.severity })) };
}
