// Where a person in mainland China reports a card-shop scam, in the order the report page shows them: the state's
// channels first, the community list after them (it needs an account on a foreign or a mirror code host).
// Addresses: docs/domain-facts.md §7 names www.12321.cn (010-12321, abuse@12321.cn) and www.12315.cn. Only those
// sites' home pages are linked: the forms' own addresses are not in that file, so the page says how to find them.
export const CHANNEL_URLS = {
  '12321': 'https://www.12321.cn/',
  '12315': 'https://www.12315.cn/',
} as const;

export const REPORT_CHANNEL_IDS = ['12321', 'antifraud-app', '110', '12315', 'community', 'copy'] as const;
export type ReportChannelId = (typeof REPORT_CHANNEL_IDS)[number];

/**
 * The Gitee mirror's issue list (`<repo>/issues`), where the person clicks 新建 Issue and pastes the copied text.
 * Not a pre-filled form: how Gitee pre-fills a new issue from the URL is not something we have checked, so KaDun
 * does not guess parameters. https only, like the GitHub address.
 */
export function giteeIssuesUrl(repoUrl: string): string | null {
  try {
    const url = new URL(repoUrl.replace(/(?<!\/)\/+$/, '') + '/issues');
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
