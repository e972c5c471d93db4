// The key the extension checks the community list's signature against (design.md "Community risk list").
//
// DEVELOPMENT KEY. It was generated on 2026-11-24 to sign the bundled starter list (public/data/risk-list.json);
// its private half was not kept in the repository and is not the project's. The maintainers hold the project's
// real signing key: before a release they replace `spki` below with its public key and re-sign the bundled list
// with it (scripts/list/README.md). Never commit a private key.
export const DEV_LIST_PUBLIC_KEY = {
  id: 'kadun-dev-2026-11-24',
  development: true,
  /** SPKI DER, base64 (what `npm run list:keygen` prints). */
  spki: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEIl2eWHSkOA9AuD4SwqrEhzG2g7HXFmhaSfHEUcqtnHAZLEvhXk9XjPM/wb5QvxzvnzMj3C9eJ95F8XMPzgtgrQ==',
} as const;

/** The key in force. Swap for the maintainers' key (keep the shape: id, development: false, spki). */
export const LIST_PUBLIC_KEY: { readonly id: string; readonly development: boolean; readonly spki: string } = DEV_LIST_PUBLIC_KEY;

/** Where the bundled list and its signature sit in the extension package (public/data/). */
export const BUNDLED_LIST_PATHS = { list: '/data/risk-list.json', signature: '/data/risk-list.json.sig' } as const;
