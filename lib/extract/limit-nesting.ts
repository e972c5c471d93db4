// happy-dom walks some trees recursively (querySelector, document.title, teardown), so a page nested thousands
// of levels deep overflows Node's stack. Browsers cap parser depth too (Blink at 512). Before parsing in Node we
// drop tags nested deeper than `maxDepth`, keeping their text: one linear pass over the markup.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);

export function limitNesting(html: string, maxDepth = 256): string {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let out = '';
  let last = 0;
  let changed = false;
  let lower: string | undefined;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [whole, closing, rawName, selfClosing] = m;
    const name = rawName!.toLowerCase();
    let keep = true;
    if (closing) {
      keep = depth <= maxDepth;
      depth = Math.max(0, depth - 1);
    } else if (!VOID.has(name) && !selfClosing) {
      depth++;
      keep = depth <= maxDepth;
      if (RAW.has(name)) {
        // Skip raw text up to the matching end tag: `<` inside a script is not markup.
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, tag.lastIndex);
        if (end !== -1 && keep) {
          out += html.slice(last, end);
          last = end;
          tag.lastIndex = end;
          continue;
        }
      }
    }
    if (!keep) {
      out += html.slice(last, m.index);
      last = m.index + whole.length;
      changed = true;
    }
  }
  return changed ? out + html.slice(last) : html;
}
