// npm run list:home: prints where the list lives (lib/core/list-home.ts) as JSON, so the workflow and shell steps
// read the names from that one file instead of repeating them.
import { LIST_DIST_BRANCH, LIST_GITEE_REPO_URL, LIST_HOME_GITEE, LIST_HOME_GITHUB, LIST_MIRROR_URLS, LIST_REPO_URL } from '../../lib/core/list-home';
import { isMain } from './common';

export const listHome = () => ({
  github: LIST_HOME_GITHUB, gitee: LIST_HOME_GITEE, distBranch: LIST_DIST_BRANCH,
  repoUrl: LIST_REPO_URL, giteeRepoUrl: LIST_GITEE_REPO_URL, mirrors: [...LIST_MIRROR_URLS],
});

if (isMain(import.meta.url)) process.stdout.write(`${JSON.stringify(listHome(), null, 2)}\n`);
