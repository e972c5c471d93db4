// A small reader for the project's own GitHub issue forms (.github/ISSUE_TEMPLATE/*.yml), not a YAML parser: it reads
// the shape those two files are written in (two-space indents, `- type:` items under `body:`, `id:` and a quoted
// one-line `label:`), which is all the triage tool and the tests need: which field ids a form has and the label
// GitHub prints above each answer. The project has no YAML dependency, and one is not worth it for this.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './source';

export type FormField = { type: string; id?: string; label?: string };
export type IssueForm = { name: string; labels: string[]; fields: FormField[] };

export const ISSUE_TEMPLATE_DIR = join(REPO_ROOT, '.github', 'ISSUE_TEMPLATE');

const unquote = (v: string) => {
  const t = v.trim();
  return t.startsWith('"') && t.endsWith('"') ? (JSON.parse(t) as string) : t.replace(/^'(.*)'$/, '$1');
};

export function parseIssueForm(text: string): IssueForm {
  const form: IssueForm = { name: '', labels: [], fields: [] };
  let inBody = false;
  let field: FormField | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*#/.test(line) || !line.trim()) continue;
    const top = /^(\w+):\s*(.*)$/.exec(line);
    if (top) {
      inBody = top[1] === 'body';
      if (top[1] === 'name') form.name = unquote(top[2]!);
      if (top[1] === 'labels') form.labels = [...top[2]!.matchAll(/"([^"]+)"|'([^']+)'|([^\s,[\]"']+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
      continue;
    }
    if (!inBody) continue;
    const item = /^ {2}- type:\s*(\S+)\s*$/.exec(line);
    if (item) {
      field = { type: item[1]! };
      form.fields.push(field);
      continue;
    }
    const id = /^ {4}id:\s*(\S+)\s*$/.exec(line);
    if (id && field) field.id = id[1]!;
    const label = /^ {6}label:\s*(.+)$/.exec(line);
    if (label && field && field.label === undefined) field.label = unquote(label[1]!);
  }
  return form;
}

export function readIssueForm(template: string, dir = ISSUE_TEMPLATE_DIR): IssueForm {
  return parseIssueForm(readFileSync(join(dir, template), 'utf8'));
}
