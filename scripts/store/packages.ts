// The store packages `npm run zip` writes into .output/, named as WXT names them (<name>-<version>-<target>.zip).
// Edge gets the Chrome MV3 package under its own name (Edge Add-ons takes a Chrome extension as it is; docs/store/
// edge.md). The Firefox package is one XPI for Firefox desktop and Firefox for Android (gecko_android in its
// manifest); addons.mozilla.org also wants the sources zip, from which it rebuilds the package.
import type { Flavour } from './manifest-rules';

export type StorePackage = { store: string; zip: string; flavour?: Flavour; builtDir?: string };

export function storePackages(name: string, version: string): StorePackage[] {
  const zip = (target: string) => `${name}-${version}-${target}.zip`;
  return [
    { store: 'Chrome Web Store (MV3)', zip: zip('chrome'), flavour: 'chromium', builtDir: 'chrome-mv3' },
    { store: 'Microsoft Edge Add-ons (MV3, the Chrome package)', zip: zip('edge'), flavour: 'chromium', builtDir: 'chrome-mv3' },
    { store: 'addons.mozilla.org, Firefox desktop and Android (MV2)', zip: zip('firefox'), flavour: 'firefox', builtDir: 'firefox-mv2' },
    { store: 'addons.mozilla.org sources (AMO rebuilds the package from it)', zip: zip('sources') },
  ];
}
