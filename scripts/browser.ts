// Launches Debian Chromium (or CHROME_PATH, or Chrome) with the built extension loaded, through playwright-core.
// Flags tested on Debian Chromium with playwright-core: without --disable-extensions-except the extension silently does not load, and
// the background-networking flags keep Chromium from trying to reach the (closed) internet.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { OFFLINE_HOST_RULES } from './demo/server';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((c): c is string => Boolean(c && existsSync(c))) ?? null;
}

export type Launched = { context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string };

export type LaunchOptions = {
  headless: boolean;
  userDataDir?: string;
  lang?: string;
  extensionDir?: string;
  /** Replaces the host-resolver rules (default `MAP *.test 127.0.0.1`), e.g. to also map a real name to a local server. */
  hostRules?: string;
  /** More Chromium flags, after the defaults (e.g. `--ignore-certificate-errors` for a self-signed local server). */
  extraArgs?: readonly string[];
};

export async function launchWithExtension(opts: LaunchOptions): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH, or install Debian\'s chromium (apt-get install chromium).');
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'kadun-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless,
    locale: opts.lang ?? 'zh-CN',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=${opts.hostRules ?? OFFLINE_HOST_RULES}`,
      `--lang=${opts.lang ?? 'zh-CN'}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      ...(opts.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host, userDataDir };
}
