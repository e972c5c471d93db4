// The list mirrors as the person sees them and as the updater tries them. No mirror is trusted (the signature and
// the version rule decide); the order only saves time: the mirror that answered last time is asked first, because
// from mainland China GitHub may time out on every check while Gitee answers at once.

/** `preferred` first when it is one of `mirrors`, then the rest in the configured order. */
export function mirrorOrder(mirrors: readonly string[], preferred: string | null | undefined): string[] {
  const unique = [...new Set(mirrors)];
  if (!preferred || !unique.includes(preferred)) return unique;
  return [preferred, ...unique.filter((m) => m !== preferred)];
}

const NAMES: Array<[RegExp, string]> = [
  [/(^|\.)jsdelivr\.(net|com)$/, 'jsDelivr'],
  [/(^|\.)gitee\.(com|io)$/, 'Gitee'],
  [/(^|\.)(githubusercontent\.com|github\.com|github\.io)$/, 'GitHub'],
];

/** A readable name for a mirror URL ("GitHub", "jsDelivr", "Gitee"), else its host name. */
export function mirrorName(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return url.slice(0, 60);
  }
  return NAMES.find(([re]) => re.test(host))?.[1] ?? host;
}
