// ASCII words in a text (tests/i18n/zh-plain.test.ts, tests/components/provider-names.test.tsx).

/** ASCII words in a text, leaving out placeholders, URLs with a scheme and dotted names (addresses). */
export function asciiWords(text: string): string[] {
  const clean = text.replace(/\{\w+\}/g, ' ').replace(/[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ').replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ');
  return [...clean.matchAll(/\.?[A-Za-z][\w.+/-]*/g)].map((m) => m[0]).filter((w) => !/\./.test(w.replace(/\.$/, '')));
}
