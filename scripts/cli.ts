// Entry point of `npm run --silent check -- …` (design.md "CLI contract"): wires process I/O to runCli.
import { readFile } from 'node:fs/promises';
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readFile: (path) => readFile(path),
  fetch: globalThis.fetch,
  now: () => Date.now(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
