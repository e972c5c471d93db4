// The layers and what each may import (README "Architecture", the table there is this one). A small scan of every
// relative import in lib/, entrypoints/ and components/: an import across layers that the table does not allow fails,
// and so does a folder the table does not know, so a new layer is a decision written down rather than an accident.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, layerOf, walk } from './scan';

const LIB_ALL = ['lib/core', 'lib/i18n', 'lib/qr', 'lib/extract', 'lib/detectors', 'lib/net', 'lib/db', 'lib/providers', 'lib/risk-list', 'lib/messaging', 'lib/pipeline'];
const PAGE = ['components', 'entrypoints/_shared', 'lib/core', 'lib/i18n', 'lib/messaging'];
const CONTENT = ['entrypoints/_content', 'lib/core', 'lib/extract', 'lib/qr', 'lib/messaging'];

/** Layer → the other layers it may import (a layer may always import itself). */
export const ALLOWED_IMPORTS: Record<string, readonly string[]> = {
  'lib/core': [],
  // Page signals' texts are declared on their detectors (a detector is one file).
  'lib/i18n': ['lib/core', 'lib/detectors'],
  'lib/qr': ['lib/core'],
  'lib/extract': ['lib/core', 'lib/qr'],
  'lib/detectors': ['lib/core', 'lib/extract', 'lib/qr'],
  'lib/net': ['lib/core'],
  'lib/db': ['lib/core'],
  'lib/providers': ['lib/core', 'lib/net', 'lib/db'],
  'lib/risk-list': ['lib/core', 'lib/net', 'lib/db'],
  'lib/messaging': ['lib/core'],
  'lib/pipeline': ['lib/core', 'lib/extract', 'lib/qr', 'lib/detectors', 'lib/providers', 'lib/risk-list', 'public'],
  // The options form's draft checks an RDAP bootstrap (lib/providers/rdap-bootstrap.ts) for the permissions it needs.
  components: ['lib/core', 'lib/i18n', 'lib/messaging', 'lib/providers'],
  'entrypoints/_shared': ['lib/core', 'lib/i18n', 'lib/messaging'],
  'entrypoints/background': ['entrypoints/_shared', ...LIB_ALL],
  'entrypoints/popup': PAGE,
  // The popup's classic first-screen script paints with the popup's own painter.
  'entrypoints/popup-first': [...PAGE, 'entrypoints/popup'],
  'entrypoints/report': PAGE,
  'entrypoints/records': PAGE,
  'entrypoints/options': PAGE,
  'entrypoints/shop': CONTENT,
  'entrypoints/icp-assist.content': ['lib/core', 'lib/extract', 'lib/qr', 'lib/messaging'],
  'entrypoints/blocked': PAGE,
  'entrypoints/welcome': PAGE,
  'entrypoints/check': PAGE,
  // The interstitial's prefilter reads extension storage and nothing else (lib/core/site-filter.ts).
  'entrypoints/gate': ['entrypoints/_content', 'lib/core', 'lib/messaging'],
  // The page scripts' own handle on the extension API and their lifecycle (no polyfill, no WXT context).
  'entrypoints/_content': [],
};

const files = [...walk('lib'), ...walk('entrypoints'), ...walk('components')];

/** Every import of `list` that crosses into a layer its own layer may not import. */
export function violations(list: readonly string[], allowed: Record<string, readonly string[]> = ALLOWED_IMPORTS): string[] {
  const out: string[] = [];
  for (const file of list) {
    const from = layerOf(file);
    const may = allowed[from];
    if (!may) {
      out.push(`${file}: layer ${from} is not in the table`);
      continue;
    }
    for (const i of importsOf(file)) {
      if (!i.spec.startsWith('.')) continue;
      if (!i.target) {
        out.push(`${file} → ${i.spec}: does not resolve`);
        continue;
      }
      const to = layerOf(i.target);
      if (to !== from && !may.includes(to)) out.push(`${file} → ${i.target} (${from} may not import ${to})`);
    }
  }
  return out;
}

describe('layers', () => {
  it('every import in lib/, entrypoints/ and components/ is one its layer may make', () => {
    expect(violations(files)).toEqual([]);
  });

  it('catches a forbidden import and a layer the table does not know', () => {
    // lib/providers/icp-http.ts imports lib/core: judged by a table that forbids it, that is a violation.
    expect(violations(['lib/providers/icp-http.ts'], { 'lib/providers': [] }).join('\n')).toMatch(/lib\/providers may not import lib\/core/);
    expect(violations(['lib/providers/icp-http.ts'], { 'lib/providers': ['lib/core', 'lib/net', 'lib/db'] })).toEqual([]);
    expect(violations(['lib/core/settings.ts'], {})).toEqual(['lib/core/settings.ts: layer lib/core is not in the table']);
  });

  it('the core imports no other layer, and no provider is imported by the core or the detectors', () => {
    const bad = files.filter((f) => /^lib\/(core|detectors|i18n)\//.test(f))
      .flatMap((f) => importsOf(f).filter((i) => i.target?.startsWith('lib/providers/')).map((i) => `${f} → ${i.spec}`));
    expect(bad).toEqual([]);
  });

  it('the README "Architecture" section shows this table', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('\n## ', readme.indexOf('## Architecture') + 3));
    for (const [layer, may] of Object.entries(ALLOWED_IMPORTS)) {
      const row = section.split('\n').find((l) => l.startsWith(`| \`${layer}\` |`));
      expect(row, `README row for ${layer}`).toBeDefined();
      const listed = [...row!.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const expected = may.length === LIB_ALL.length + 1 && layer === 'entrypoints/background' ? ['entrypoints/_shared', 'lib/*'] : [...may];
      expect(listed.sort(), layer).toEqual([...expected].sort());
    }
  });
});
