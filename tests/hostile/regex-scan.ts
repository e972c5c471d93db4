// Every regular-expression literal in lib/, found by a small tokenizer (strings, templates and comments skipped),
// so the linearity test covers regexes nobody remembered to list.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type FoundRegex = { file: string; line: number; source: string; flags: string };

const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);

export function regexLiterals(code: string): Array<{ index: number; source: string; flags: string }> {
  const out: Array<{ index: number; source: string; flags: string }> = [];
  let prev = ''; // last significant character or word
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '/' && code[i + 1] === '/') { i = code.indexOf('\n', i); if (i === -1) break; continue; }
    if (c === '/' && code[i + 1] === '*') { i = code.indexOf('*/', i + 2) + 1; if (i === 0) break; continue; }
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
      prev = 'x';
      continue;
    }
    if (c === '/' && (prev === '' || BEFORE_REGEX.has(prev) || prev === 'return' || prev === 'typeof' || prev === 'case')) {
      let j = i + 1;
      let inClass = false;
      for (; j < code.length && code[j] !== '\n'; j++) {
        const d = code[j];
        if (d === '\\') j++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      if (code[j] !== '/') continue;
      let k = j + 1;
      while (/[a-z]/.test(code[k] ?? '')) k++;
      out.push({ index: i, source: code.slice(i + 1, j), flags: code.slice(j + 1, k) });
      i = k - 1;
      prev = 'x';
      continue;
    }
    if (/\s/.test(c)) continue;
    if (/[A-Za-z_$0-9]/.test(c)) {
      let k = i;
      while (k < code.length && /[A-Za-z_$0-9]/.test(code[k]!)) k++;
      prev = code.slice(i, k);
      i = k - 1;
      continue;
    }
    prev = c === ')' || c === ']' || c === '}' ? 'x' : c;
  }
  return out;
}

export function libRegexes(root: string): FoundRegex[] {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
  return files(join(root, 'lib')).flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return regexLiterals(code).map((r) => ({ file: relative(root, file), line: code.slice(0, r.index).split('\n').length, source: r.source, flags: r.flags }));
  });
}
