// A store build must not ship the development list key: every copy installed from the store would then trust a key
// whose private half is not the maintainers', and refuse every list they publish (lib/risk-list/public-key.ts).
// wxt.config.ts calls releaseKeyProblem from its hooks: `wxt zip` always (zips are what stores get), and
// `wxt build` when KADUN_RELEASE=1. Plain `npm run build` and the tests keep working with the development key.
import { LIST_PUBLIC_KEY } from '../lib/risk-list/public-key';

type KeyMark = { readonly id: string; readonly development: boolean };

/** Why this build may not be released with `key`, or null when it may. */
export function releaseKeyProblem(key: KeyMark = LIST_PUBLIC_KEY): string | null {
  if (!key.development && !/dev/i.test(key.id)) return null;
  return [
    `KaDun release build refused: the community list's public key is the development key (${key.id}).`,
    'Put the maintainers\' public key in lib/risk-list/public-key.ts (development: false), re-sign the bundled list with',
    'the matching private key, then build again (README "Community list: taking over").',
  ].join('\n');
}

/**
 * True when this build is a release: `wxt zip`, or `wxt build` with KADUN_RELEASE=1. `npm run zip -- --dev-key`
 * sets KADUN_DEV_KEY_ZIP=1 to pack a developer's test packages anyway; scripts/store/zip.ts then names every file
 * `…-dev-key.zip`, so such a package is never mistaken for a store upload.
 */
export const isReleaseBuild = (command: 'build' | 'zip', env: Record<string, string | undefined> = process.env) =>
  env.KADUN_RELEASE === '1' || (command === 'zip' && env.KADUN_DEV_KEY_ZIP !== '1');

/** Throws releaseKeyProblem's message when the build is a release and the key is the development one. */
export function assertReleaseKey(command: 'build' | 'zip', env: Record<string, string | undefined> = process.env, key: KeyMark = LIST_PUBLIC_KEY): void {
  const problem = isReleaseBuild(command, env) ? releaseKeyProblem(key) : null;
  if (problem) throw new Error(problem);
}
