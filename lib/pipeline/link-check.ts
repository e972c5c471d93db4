// Check a link before visiting it (issue 11 item 9): what KaDun can say from the address alone, without loading the
// page — the community list, look-alike and impersonation hosts (the domain detectors), and registration / filing
// from the sources the person enabled (the caller passes only those). Pure: the background passes the list answer
// and the sources; the CLI or a test can pass fakes. What could not be checked is part of the answer, never hidden.
import { siteKey } from '../core/domain';
import type { PageSnapshot, Verdict } from '../core/types';
import { analyzePage, finishVerdict, type ListAnswer } from './analyze';
import { lookupAll, type LookupSources } from './lookups';

export const LINK_INPUT_MAX = 2048;

export type LinkInput = { ok: true; url: string } | { ok: false; reason: 'empty' | 'too-long' | 'scheme' | 'invalid' };

/** Punctuation that sticks to links pasted from chats (Chinese and ASCII), trimmed from both ends. */
const EDGE = /^[\s"'“”‘’「」『』《》<>()（）【】[\]，。、；：！？,.;:!?]+|[\s"'“”‘’「」『』《》<>()（）【】[\]，。、；：！？,.;:!?]+$/gu;
const EMBEDDED = /https?:\/\/[^\s"'<>“”‘’（）【】，。、；！？]+/iu;

/**
 * What the person typed or pasted → an http(s) URL, or why not. A message with a link inside ("快来 http://… 买卡")
 * gives its first http(s) link; a bare host ("shop.example/x") is read as http://. Other schemes
 * (javascript:, data:, file:) are refused rather than guessed at.
 */
export function parseLinkInput(raw: string): LinkInput {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > LINK_INPUT_MAX) return { ok: false, reason: 'too-long' };
  const embedded = EMBEDDED.exec(text)?.[0];
  const candidate = (embedded ?? text).replace(EDGE, '');
  if (!embedded && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(candidate) && !/^https?:/i.test(candidate)) return { ok: false, reason: 'scheme' };
  if (!embedded && /\s/.test(candidate)) return { ok: false, reason: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(candidate) ? candidate : `http://${candidate}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const site = siteKey(url);
  if (!site || (!site.isIp && !site.hostname.includes('.'))) return { ok: false, reason: 'invalid' };
  return { ok: true, url: url.href };
}

export const UNCHECKED_PARTS = ['page', 'list', 'rdap', 'icp'] as const;
export type Unchecked = { part: (typeof UNCHECKED_PARTS)[number]; state: 'not-loaded' | 'off' | 'unavailable' | 'not-applicable' };

export type LinkCheck = { url: string; domain: string; verdict: Verdict; unchecked: Unchecked[] };

const emptySnapshot = (url: string): PageSnapshot => ({
  url, title: '', lang: '', shopHint: false, blocks: [], links: [], forms: [], scripts: { srcs: [], inline: [] }, meta: {}, images: [], truncated: false,
});

/**
 * The verdict for a link, built by the same verdict rules as a page: the page stage is empty (nothing was loaded)
 * and the link is judged as a shop, because the person is checking where they are about to buy — so "nothing found"
 * is amber ("could not verify"), never grey, and the sources are asked as if the person clicked 重新检查.
 */
export async function checkLink(input: { url: string; now: number; sources: LookupSources; list: ListAnswer }): Promise<LinkCheck> {
  const stage = { ...analyzePage({ snapshot: emptySnapshot(input.url), now: input.now }), signals: [], isShop: true };
  const answers = await lookupAll(stage, input.sources, { requested: true });
  const judged = finishVerdict(stage, { answers, list: input.list, now: input.now });
  // The page was never loaded: its source says so rather than "ok".
  const verdict: Verdict = { ...judged, sources: { ...judged.sources, page: { state: 'off', reason: 'check.unchecked.page' } } };
  const unchecked: Unchecked[] = [{ part: 'page', state: 'not-loaded' }];
  for (const part of ['list', 'rdap', 'icp'] as const) {
    const { state } = verdict.sources[part];
    if (state === 'off' || state === 'unavailable' || state === 'not-applicable') unchecked.push({ part, state });
  }
  return { url: input.url, domain: verdict.domain || (siteKey(input.url)?.domain ?? ''), verdict, unchecked };
}
