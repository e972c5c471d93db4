// Launches Debian's firefox-esr (or FIREFOX_PATH) headless with a fresh profile and the built Firefox extension
// (.output/firefox-mv2) installed as a temporary add-on, driven by puppeteer-core over WebDriver BiDi. No geckodriver:
// BiDi is built into Firefox, and puppeteer-core downloads nothing. What we learnt getting here: docs/firefox.md.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEMO_SITES } from './demo/server';
import type { Verdict } from '../lib/core/types';
import { newestTabVerdict } from './tab-verdicts';

declare const browser: any;

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts: the key of Firefox's id → UUID map. */
export const GECKO_ID = 'kadun@kadun.invalid';

export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((c): c is string => Boolean(c && existsSync(c))) ?? null;
}

export type FirefoxLaunched = {
  browser: Browser;
  /** moz-extension://<uuid>/ — chosen before launch (extensions.webextensions.uuids), so known in advance. */
  base: string;
  /** A page of the extension itself (empty.html), kept open: it reads storage and the toolbar as the extension. */
  ext: Page;
  close(): Promise<void>;
};

export type FirefoxOptions = {
  headless?: boolean;
  extensionDir?: string;
  lang?: string;
  /** Names that resolve to 127.0.0.1 (default: the demo sites). */
  hosts?: readonly string[];
  /** Tests and the headless demo: only those names and the loopback address are reachable (default true). */
  offline?: boolean;
  /** Debugging: Firefox's own output, with every console message of pages and of the extension, on this process's. */
  verbose?: boolean;
};

/**
 * Chromium's `MAP * ~NOTFOUND` (scripts/demo/server.ts), the Firefox way: every other http(s) request goes to a proxy
 * on a closed loopback port and fails at once, so neither the extension (its list update) nor Firefox itself reaches
 * for the internet.
 */
function offlinePrefs(hosts: readonly string[]): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': [...hosts, 'localhost', '127.0.0.1'].join(','),
    'network.proxy.allow_hijacking_localhost': false,
  };
}

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxLaunched> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: set FIREFOX_PATH, or install Debian\'s firefox-esr (apt-get install firefox-esr).');
  const dir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built Firefox extension at ${dir}: run \`npm run build:firefox\` first.`);
  const uuid = randomUUID();
  const lang = opts.lang ?? 'zh-CN';
  const hosts = opts.hosts ?? Object.keys(DEMO_SITES);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? true,
    defaultViewport: { width: 1100, height: 800 },
    // BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context") unless system access is
    // allowed; the popup and options pages are only reachable that way (Chromium's Playwright needs no such switch).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Firefox's --host-resolver-rules: these names resolve to the loopback address, where the demo server listens.
      'network.dns.localDomains': hosts.join(','),
      // navigator.language, which the extension follows (entrypoints/_shared/locale.ts).
      'intl.accept_languages': lang,
      'intl.locale.requested': lang,
      ...(opts.offline === false ? {} : offlinePrefs(hosts)),
      ...(opts.verbose ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : {}),
    },
    dumpio: opts.verbose ?? false,
  });
  try {
    const id = await browser.installExtension(dir);
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
    const base = `moz-extension://${uuid}/`;
    const ext = await openExtensionPage(browser, `${base}empty.html`);
    return { browser, base, ext, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/**
 * Opens an extension page in a new tab. Not page.goto(): Firefox loads moz-extension:// pages in the extension
 * process and puppeteer never sees that navigation finish (it times out although the page is there), so this asks
 * BiDi to navigate without waiting and then waits for the document itself.
 */
export async function openExtensionPage(browser: Browser, url: string, width = 1100, height = 800): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await bidi(browser).send('browsingContext.navigate', { context: contextId(page), url, wait: 'none' });
  const until = Date.now() + 10_000;
  for (;;) {
    const ready = await page.evaluate(() => `${location.href}|${document.readyState}`).catch(() => '');
    if (ready.startsWith(url) && ready.endsWith('|complete')) return page;
    if (Date.now() > until) throw new Error(`extension page ${url} did not load (last: ${ready || 'none'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The popup page for a tab, as a tab of its own (the popup reads `?tabId=`), once it shows a verdict or none. */
export async function openFirefoxPopup(f: FirefoxLaunched, tabId: number, width = 380, height = 900): Promise<Page> {
  const popup = await openExtensionPage(f.browser, `${f.base}popup.html?tabId=${tabId}`, width, height);
  // React's view, not the plain first screen painted before it (`main.first-screen`, whose buttons are inert).
  await popup.waitForSelector('main.popup:not(.first-screen) :is(.verdict, .no-verdict)', { timeout: 10_000 });
  return popup;
}

/**
 * The newest tab whose stored verdict is for `url`, or null after `timeoutMs`. Read from the extension's own page:
 * it has no "tabs" permission (tabs.query hides URLs), but the verdicts it keeps per tab in storage.session say which
 * tab reported which URL — as the Chromium tests read them.
 */
export async function findVerdict(f: FirefoxLaunched, url: string, timeoutMs = 15_000, since = 0): Promise<{ tabId: number; verdict: Verdict } | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = newestTabVerdict(await f.ext.evaluate(() => browser.storage.session.get(null)), url, since);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 150));
  }
  return null;
}

type BidiSend = { send(method: string, params: object): Promise<{ result: any }> };
/** Raw WebDriver BiDi commands, for what puppeteer does not wrap (extension navigation, closed shadow roots, clicks in them). */
export const bidi = (browser: Browser): BidiSend => (browser as unknown as { connection: BidiSend }).connection;
/** The BiDi browsing context of a page (puppeteer keeps it as the main frame's id). */
export const contextId = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

/** A DOM node as WebDriver BiDi serialises it (script.NodeRemoteValue): its sharedId names it in later commands. */
type RemoteNode = { sharedId?: string; value?: { localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: RemoteNode[]; shadowRoot?: RemoteNode | null } };
/** The same, flattened for reading: a shadow root's children count as its host's. */
export type DomNode = { id: string; localName: string | null; text: string | null; attributes: Record<string, string>; children: DomNode[] };

const asDomNode = (n: RemoteNode): DomNode => ({
  id: n.sharedId ?? '',
  localName: n.value?.localName ?? null,
  text: n.value?.nodeValue ?? null,
  attributes: n.value?.attributes ?? {},
  children: [...(n.value?.children ?? []), ...(n.value?.shadowRoot?.value?.children ?? [])].map(asDomNode),
});

/**
 * The banner's host with its CLOSED shadow root: the page's own scripts cannot see inside, and neither can
 * puppeteer's selectors; BiDi's serialiser can (includeShadowTree: 'all'), the way Chromium's tests use CDP's pierce.
 */
export async function bannerTree(f: FirefoxLaunched, page: Page): Promise<DomNode | null> {
  const { result: evaluated } = await bidi(f.browser).send('script.evaluate', {
    expression: `[...document.querySelectorAll('*')].find((e) => e.localName.startsWith('kadun-banner-')) ?? null`,
    target: { context: contextId(page) },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
  });
  if (evaluated?.type !== 'success') throw new Error(`reading the banner failed: ${JSON.stringify(evaluated).slice(0, 300)}`);
  return evaluated.result?.type === 'node' ? asDomNode(evaluated.result as RemoteNode) : null;
}

/** A real (trusted) mouse click on a node BiDi serialised, wherever it is, even inside a closed shadow root. */
export async function clickNode(f: FirefoxLaunched, page: Page, node: DomNode): Promise<void> {
  const origin = { type: 'element', element: { sharedId: node.id } };
  await bidi(f.browser).send('input.performActions', {
    context: contextId(page),
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
      { type: 'pointerMove', x: 0, y: 0, origin }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
    ] }],
  });
}
