// npm run bench: every budget that is measured rather than asserted, each as a ratio against a baseline measured
// in the same run. Sections: community-list lookups and import (Node), page analysis (Node), popup and service
// worker in real Chromium (`--only popup`: the popup's first paint alone), hostile pages through the CLI pipeline (scripts/bench/hostile.ts), hostile pages in Chromium against an empty
// extension (scripts/bench/hostile-browser.ts), what a person feels on articles, feeds and shops (`--only feel`,
// scripts/bench/feel.ts), service-worker starts on ordinary pages against a listed host (`--only wake`,
// scripts/bench/wake.ts) (needs a built extension: `npm run build`). Numbers are printed; noise never fails it.
import { execFileSync } from 'node:child_process';

const sections = process.argv.includes('--only') ? [process.argv[process.argv.indexOf('--only') + 1]] : ['list', 'page', 'hostile', 'popup', 'browser', 'hostile-browser', 'feel', 'wake'];
for (const s of sections) {
  execFileSync('npx', ['tsx', `scripts/bench/${s}.ts`, ...process.argv.slice(2).filter((a) => a === '--full')], { stdio: 'inherit' });
}
