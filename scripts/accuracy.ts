// `npm run accuracy`: every fixture page through the CLI pipeline; a confusion table of lights, the shop classifier's
// precision and recall, every expected signal that is missing, and the gates `npm test` enforces. Exit 1 on a gate
// failure, so the command can guard a change on its own.
import { join } from 'node:path';
import { FIXTURE_NOW } from '../tests/helpers/fixtures';
import { collectCorpus, judge, type Judged } from './accuracy/corpus';
import { gateFailures, renderAccuracy } from './accuracy/report';

const pages = collectCorpus(join('tests', 'fixtures'));
const judged: Judged[] = [];
for (const page of pages) judged.push(await judge(page, FIXTURE_NOW));
process.stdout.write(renderAccuracy(judged));
process.exitCode = gateFailures(judged).length ? 1 : 0;
