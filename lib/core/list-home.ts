// Where the community list lives and is published: this repository (its `risk-list/` folder is the source), its
// Gitee mirror for people in mainland China, and the CDN mirrors that serve the published files. One place, so a
// maintainer who takes the project over changes two names here (README "Community list: taking over").
// The published files sit at the root of the repository's `list-dist` branch, which the list workflow writes:
// risk-list.json and risk-list.json.sig (the full list), and the signed deltas beside them. No mirror is trusted:
// the signature decides (lib/risk-list/signature.ts).

/** GitHub `owner/name` of this repository. */
export const LIST_HOME_GITHUB = 'kadun-project/kadun';
/** Gitee `owner/name` of the repository's mirror (reachable from mainland China). */
export const LIST_HOME_GITEE = 'kadun-project/kadun';
/** The branch the workflow publishes the signed list to. */
export const LIST_DIST_BRANCH = 'list-dist';

export const LIST_REPO_URL = `https://github.com/${LIST_HOME_GITHUB}`;
export const LIST_GITEE_REPO_URL = `https://gitee.com/${LIST_HOME_GITEE}`;

/** The published full list on each mirror, in the order they are tried (the signature file is the same URL + `.sig`). */
export const LIST_MIRROR_URLS = [
  `https://raw.githubusercontent.com/${LIST_HOME_GITHUB}/${LIST_DIST_BRANCH}/risk-list.json`,
  `https://cdn.jsdelivr.net/gh/${LIST_HOME_GITHUB}@${LIST_DIST_BRANCH}/risk-list.json`,
  `https://gitee.com/${LIST_HOME_GITEE}/raw/${LIST_DIST_BRANCH}/risk-list.json`,
] as const;

/**
 * The host permissions the manifest grants for the mirrors above (and only for them): with them the background's
 * GET reaches a mirror whether or not its server sends CORS headers. GitHub raw and jsDelivr send
 * `access-control-allow-origin: *`; Gitee's raw files are not known to (Gitea, which it resembles, sends none on raw
 * paths), and Gitee is the mirror meant for mainland China. (Chrome also lets an extension whose content scripts run on
 * every http/https page read those origins; the grant states the access instead of leaning on that.) The requests carry no cookies (`credentials: 'omit'`,
 * lib/net/bounded-fetch.ts) and nothing about the person: only the list's own files are asked for.
 */
export const LIST_MIRROR_ORIGINS: readonly string[] = [...new Set(LIST_MIRROR_URLS.map((u) => `${new URL(u).origin}/*`))];
