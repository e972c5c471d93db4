import { defineConfig } from 'wxt';
import { jsqrWithoutKanjiTable } from './scripts/vite-jsqr-slim';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where `browser` and `defineBackground` come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and per-tab verdicts. Nothing else is needed for the foundation: the content script's
    // matches give it the pages it reads; data sources ask for their own host permission when the person enables one.
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kadun@kadun.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [jsqrWithoutKanjiTable()] }),
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', '.output/**', 'coverage/**'],
  },
});
