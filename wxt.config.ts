import { defineConfig } from 'wxt';
import { LIST_MIRROR_ORIGINS } from './lib/core/list-home';
import { assertReleaseKey } from './scripts/release-guard';
import { popupHtml } from './scripts/vite-popup-html';
import { jsqrWithoutKanjiTable } from './scripts/vite-jsqr-slim';
import { localeTextsAsData } from './scripts/vite-locale-data';

const OPTIONAL_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] as const;

// Chrome / Edge: the bundle is emitted for Vite 8's default target (chrome111, firefox114); the newest API used is
// storage.session (Chrome 102). README "Browsers" has the list of APIs and why 111.
const MIN_CHROME = '111';
// Firefox desktop 140 (ESR) and Firefox for Android 142: the first versions that read data_collection_permissions,
// which addons.mozilla.org requires of new extensions; the same XPI for both. Data collection: none required; the data
// sources (off until enabled) send a shop's registrable domain to RDAP / the person's ICP service, declared as
// optional browsingActivity (docs/store/privacy.md).
const GECKO = {
  gecko: {
    id: 'kadun@kadun.invalid', strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'], optional: ['browsingActivity'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// The two scripts every http(s) page runs (docs/no-wake.md): built by WXT as plain scripts (entrypoints/gate/,
// entrypoints/shop/, "unlisted") and declared here, so they carry neither WXT's content-script context nor the
// polyfill, whose start-up was a third of what an ordinary page paid for KaDun. The interstitial's prefilter at
// document_start. In Chromium the shop script too, its check waiting for the page's DOMContentLoaded (Chromium runs
// document_end and document_idle scripts only after its first frames, seconds to a minute later on a heavy page;
// images and frames still loading at DOMContentLoaded are looked at again when they arrive: entrypoints/shop/late-look.ts).
// In Firefox at document_idle as before: the Firefox end-to-end runs read pages checked at DOMContentLoaded wrongly
// (two demo pages not red), not yet understood (docs/budgets.md, session 5), and Firefox has no such late injection.
const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
const pageScripts = (browser: string) => [
  { matches: PAGE_MATCHES, run_at: 'document_start' as const, js: ['gate.js'] },
  { matches: PAGE_MATCHES, run_at: browser === 'firefox' ? 'document_idle' as const : 'document_start' as const, js: ['shop.js'] },
];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where `browser` and `defineBackground` come from.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and per-tab verdicts; alarms: the community list's 6-hourly update check. The content
    // script's matches give it the pages it reads; data sources ask for their own host permission when enabled.
    // contextMenus: one item on links, 用卡盾检查此链接, which opens KaDun's check page for that link (README).
    // Host permissions: the community list's three mirrors only (lib/core/list-home.ts), so the update check reaches
    // the Gitee mirror (for mainland China) even though its raw files carry no CORS headers. MV2 lists them among
    // permissions. No page's origin is granted at install.
    permissions: ['storage', 'alarms', 'contextMenus', ...(manifestVersion === 2 ? LIST_MIRROR_ORIGINS : [])],
    ...(manifestVersion === 2 ? {} : { host_permissions: [...LIST_MIRROR_ORIGINS] }),
    // Data sources (RDAP, the person's ICP HTTP service) send a registrable domain to their servers; the options
    // page asks for those servers' origins only, from the click that enables the source. MV2 (Firefox) has no
    // optional_host_permissions: origins go in optional_permissions there (WXT drops the MV3 key from MV2 builds).
    // Plain http only for a lookup service on this machine (lib/providers/icp-http.ts allows exactly that).
    ...(manifestVersion === 2
      ? { optional_permissions: [...OPTIONAL_ORIGINS] }
      : { optional_host_permissions: [...OPTIONAL_ORIGINS] }),
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO } : { minimum_chrome_version: MIN_CHROME }),
  }),
  // The background bundles zod, Dexie, tldts and jsQR on purpose; scripts/size-check.ts holds the real budgets.
  vite: () => ({ plugins: [jsqrWithoutKanjiTable(), localeTextsAsData(), popupHtml()], build: { chunkSizeWarningLimit: 1000 } }),
  // Store builds refuse the development list key (scripts/release-guard.ts): `wxt zip`, or KADUN_RELEASE=1 wxt build.
  hooks: {
    'build:before': () => assertReleaseKey('build'),
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.content_scripts = [...pageScripts(wxt.config.browser).map((c) => ({ ...c, matches: [...c.matches], js: [...c.js] })), ...(manifest.content_scripts ?? [])];
    },
    'zip:start': () => assertReleaseKey('zip'),
  },
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', '.output/**', 'coverage/**'],
  },
});
