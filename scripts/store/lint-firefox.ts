// `npm run lint:firefox`: addons.mozilla.org's own linter (web-ext lint, i.e. addons-linter) on the Firefox build.
// Fails on any error, and on any warning or notice except the ones listed in KNOWN below, each of which is in a
// library's code, is identified by the code around it (not by a file name, which carries a content hash), and is
// explained in README "Store packages". A new innerHTML or eval in KaDun's own code is therefore a failure.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = '.output/firefox-mv2';

type Message = { code: string; message: string; file?: string; line?: number; column?: number };
type Known = { code: string; why: string; around: RegExp };

const KNOWN: Known[] = [
  // react-dom's handling of the dangerouslySetInnerHTML prop; KaDun never passes that prop (React renders text).
  { code: 'UNSAFE_VAR_ASSIGNMENT', why: 'react-dom: dangerouslySetInnerHTML, never used by KaDun', around: /dangerouslySetInnerHTML[\s\S]*\.innerHTML=/ },
  // zod 4 probes once whether eval is allowed (`try { Function(""); }`); the extension CSP forbids it, so zod uses its
  // interpreter — no string is ever evaluated.
  { code: 'DANGEROUS_EVAL', why: 'zod: the `Function("")` probe for eval (blocked by the extension CSP)', around: /jitless[\s\S]*try\{return Function\(``\),!0\}catch\{return!1\}/ },
];

/** The source around a message's position (the bundles are minified: one long line). */
function around(m: Message): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(DIR, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const col = m.column ?? 0;
  return line.slice(Math.max(0, col - 300), col + 100);
}

function unexplained(messages: Message[]): Message[] {
  return messages.filter((m) => !KNOWN.some((k) => k.code === m.code && k.around.test(around(m))));
}

function main() {
  let raw: string;
  try {
    raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (err) {
    raw = String((err as { stdout?: string }).stdout ?? ''); // web-ext exits 1 on errors; the report is still on stdout
  }
  const report = JSON.parse(raw) as { errors: Message[]; warnings: Message[]; notices: Message[] };
  const rest = [...report.warnings, ...report.notices];
  const bad = [...report.errors, ...unexplained(rest)];
  console.log(`web-ext lint ${DIR}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
  for (const m of rest) {
    const known = KNOWN.find((k) => k.code === m.code && k.around.test(around(m)));
    console.log(`  ${known ? 'known' : 'NEW  '}  ${m.code} ${m.file ?? ''} — ${known ? known.why : m.message}`);
  }
  for (const m of report.errors) console.log(`  ERROR  ${m.code} ${m.file ?? ''} — ${m.message}`);
  if (bad.length) {
    console.error(`lint:firefox: ${bad.length} error(s) or unexplained warning(s); fix them, or explain one in KNOWN and README`);
    process.exit(1);
  }
}

main();
