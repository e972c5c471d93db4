// ReDoS-shaped inputs for one regex, built from its own source: long runs of every character it names (literals,
// classes, \d \s \w .), of pairs of them and of its literal words, each ending in a character that fails the
// match — the shapes that make a backtracking regex quadratic or worse.
const POOL = ['1', ' ', 'a', 'A', '.', '-', '/', ':', '_', '=', '备', '号', '１', '\u200B', '\n', '¥', '%'];

export function worstInputs(source: string, length: number): string[] {
  const chars = new Set<string>(POOL);
  const words: string[] = [];
  // Literal runs of the source (escapes resolved roughly), and the first characters of its classes.
  let word = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[++i] ?? '';
      const map: Record<string, string> = { d: '1', s: ' ', w: 'a', D: 'x', S: 'x', W: '-', n: '\n', t: '\t', u: '' };
      if (e === 'u') {
        const hex = /^\{?([0-9a-fA-F]{4,5})\}?/.exec(source.slice(i + 1));
        if (hex) { chars.add(String.fromCodePoint(parseInt(hex[1]!, 16))); i += hex[0].length; }
      } else if (e in map) { if (map[e]) chars.add(map[e]!); } else { word += e; chars.add(e); }
      continue;
    }
    if ('()[]{}|?*+^$.'.includes(c)) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    word += c;
    chars.add(c);
  }
  if (word) words.push(word);
  const n = (unit: string) => unit.repeat(Math.max(1, Math.floor(length / Math.max(1, unit.length))));
  const list = [...chars].slice(0, 40);
  const inputs: string[] = [];
  for (const c of list) inputs.push(n(c) + '!');
  for (let i = 0; i < list.length && i < 12; i++) for (let j = 0; j < 12 && j < list.length; j++) if (i !== j) inputs.push(n(list[i]! + list[j]!) + '!');
  for (const w of words.slice(0, 20)) {
    inputs.push(n(w) + '!');
    inputs.push(n(w + ' ') + '!');
    inputs.push(n(w + '1') + '!');
  }
  return inputs;
}
