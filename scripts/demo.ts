// `npm start`: build the extension, serve the demo shops on 127.0.0.1 and open Chromium with KaDun loaded at the
// demo index. Without a display, say so, then visit each demo page headless, print its verdict and save a
// screenshot of its popup. `npm start -- --firefox`: the same in firefox-esr (scripts/demo/firefox-demo.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { saveNarrowBanner } from './demo/banner-shot';
import { DEMO_SITES, HOST_RESOLVER_RULES, startDemoServer, type DemoSite } from './demo/server';
import { saveGateShots } from './demo/gate-shots';
import { REPORT_DEMO_SITE, saveReportShot } from './demo/report-shot';
import { saveStoreShots } from './demo/store-shots';
import { firefoxDemo } from './demo/firefox-demo';
import { headlineText, LIGHT_SHAPE, lightLabel, signalText, t } from '../lib/i18n';
import { envLocale } from '../lib/i18n/env-locale';
import '../lib/i18n/all';
import type { Verdict } from '../lib/core/types';

declare const chrome: any;

const OUT_DIR = resolve('demo-output');
const locale = envLocale(process.env, 'zh-CN');

const FIREFOX = process.argv.includes('--firefox');

function build() {
  console.log(FIREFOX ? '› npm run build:firefox' : '› npm run build');
  execFileSync('npx', ['wxt', 'build', ...(FIREFOX ? ['-b', 'firefox'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function describe(v: Verdict): string {
  const lines = [`  ${LIGHT_SHAPE[v.light]} ${lightLabel(locale, v)} — ${headlineText(locale, v)}`];
  for (const s of v.signals) lines.push(`     [${t(locale, `severity.${s.severity}`)}] ${signalText(locale, s).title}${s.evidence[0]?.quote ? `  «${s.evidence[0].quote}»` : ''}`);
  return lines.join('\n');
}

async function main() {
  build();
  const server = await startDemoServer();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (FIREFOX) {
    if (!hasDisplay || process.env.CI) console.log('No display found (DISPLAY / WAYLAND_DISPLAY unset): running the Firefox demo headless instead.');
    try {
      await firefoxDemo(server, OUT_DIR, !hasDisplay || Boolean(process.env.CI), describe);
    } finally {
      await server.close();
    }
    return;
  }
  if (hasDisplay && !process.env.CI) {
    // A real, windowed browser: the demo shops resolve locally, everything else as usual.
    const b = await launchWithExtension({ headless: false, lang: locale, hostRules: HOST_RESOLVER_RULES });
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(server.url('index'));
    console.log(`KaDun demo: Chromium is open at ${server.url('index')} (demo pages on 127.0.0.1:${server.port}). Close the browser window to stop.`);
    await new Promise<void>((done) => b.context.on('close', () => done()));
    await server.close();
    return;
  }

  console.log('No display found (DISPLAY / WAYLAND_DISPLAY unset): running the demo headless instead.');
  mkdirSync(OUT_DIR, { recursive: true });
  // The terminal follows its own language; the screenshots show the extension in zh-CN, the language it is made for.
  const b = await launchWithExtension({ headless: true, lang: 'zh-CN' });
  try {
    for (const site of Object.keys(DEMO_SITES) as DemoSite[]) {
      const url = server.url(site);
      const page = await b.context.newPage();
      await page.goto(url);
      const found = await waitForVerdict(b.worker, url);
      if (!found) {
        console.log(`\n${url}\n  (no verdict within 10 s)`);
        continue;
      }
      console.log(`\n${url}\n${describe(found.verdict)}`);
      const popup = await b.context.newPage();
      // Chrome caps a popup at 600 px tall: what fits there is what a person sees first.
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${found.tabId}`);
      await popup.waitForSelector('main.popup:not(.first-screen) :is(.verdict, .no-verdict)');
      const name = site.replace('.test', '');
      const shot = join(OUT_DIR, `popup-${name}.png`);
      await popup.screenshot({ path: shot, fullPage: true });
      await popup.screenshot({ path: join(OUT_DIR, `popup-${name}-380x600.png`) });
      console.log(`  popup screenshot: ${shot} (and the first 600 px: popup-${name}-380x600.png)`);
      if (found.verdict.light === 'red') {
        // The confirmation 信任此网站 asks for on a page with danger; Esc leaves the site untrusted.
        await popup.click('button[name=trust]');
        await popup.waitForSelector('dialog.trust-dialog[open]');
        await popup.screenshot({ path: join(OUT_DIR, `trust-confirmation-${name}.png`) });
        await popup.keyboard.press('Escape');
      }
      await popup.close();
      if (site === REPORT_DEMO_SITE) {
        console.log(`  report form screenshot: ${await saveReportShot(b, found.tabId, OUT_DIR)}`);
        for (const shot of await saveStoreShots(b, found.tabId, url, OUT_DIR)) console.log(`  store / phone screenshot: ${shot}`);
      }
      await page.close();
    }
    console.log(`\nbanner on a narrow window: ${await saveNarrowBanner(b.context, server.url('pay-personal.test'), OUT_DIR)}`);
  } finally {
    await b.context.close();
  }
  try {
    for (const shot of await saveGateShots(server.port, OUT_DIR)) console.log(`before a visit (demo list): ${shot}`);
  } finally {
    await server.close();
  }
  console.log(`\nScreenshots are in ${OUT_DIR}/`);
}

async function waitForVerdict(worker: import('playwright-core').Worker, url: string) {
  for (let i = 0; i < 100; i++) {
    const found = await worker.evaluate(async (u: string) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, v] of Object.entries(all)) if (key.startsWith('tab:') && (v as { url?: string }).url === u) return { tabId: Number(key.slice(4)), verdict: v };
      return null;
    }, url);
    if (found) return found as { tabId: number; verdict: Verdict };
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

main().catch((err) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
