import { normalizeWithMap, originalSlice, sentenceRange, type NormalizedText } from '../../core/text';
import type { ControlText, DecodedQr, DetectorText, Evidence, PageSnapshot, Severity, Signal, TextBlock } from '../../core/types';
import type { PageSignalId } from '../../core/signal-ids';

export type NormBlock = TextBlock & NormalizedText;
/** A control text (option, value, data-*, alt, title, pay icon), normalised like a block. */
export type NormControl = ControlText & NormalizedText;

// A decoded QR code: lib/qr produces it and detectors read it, so the shape lives in the core.
export type { DecodedQr } from '../../core/types';

/** What the caller knows beyond the snapshot: the clock, and the QR payloads it decoded from the page's images. */
export type PageExtras = { now: number; qr?: readonly DecodedQr[] };

/** What every page detector receives: the snapshot, its blocks normalised once, and a memo for shared parses. */
export type PageContext = {
  readonly snapshot: PageSnapshot;
  readonly url: URL | null;
  readonly blocks: readonly NormBlock[];
  /** Texts of pay pickers and attributes (snapshot.controls), normalised: what the page names before a click. */
  readonly controls: readonly NormControl[];
  /** Milliseconds since the epoch: injected, so a detector's idea of "now" (future years…) is testable. */
  readonly now: number;
  readonly qr: readonly DecodedQr[];
  /** Computes `compute()` once per page for `key`; detector families share a parse this way (e.g. filing numbers). */
  memo<T>(key: string, compute: () => T): T;
};

export type PageDetector = {
  readonly id: PageSignalId;
  detect(ctx: PageContext): Signal[];
  /** What the person reads, in both languages, beside the logic that raises it; placeholders are the params. */
  readonly text: DetectorText;
};

export function createPageContext(snapshot: PageSnapshot, extras: PageExtras): PageContext {
  const memoStore = new Map<string, unknown>();
  let url: URL | null = null;
  try {
    url = new URL(snapshot.url);
  } catch {
    url = null;
  }
  const blocks = snapshot.blocks.map((b) => ({ ...b, ...normalizeWithMap(b.text) }));
  const controls = (snapshot.controls ?? []).map((c) => ({ ...c, ...normalizeWithMap(c.text) }));
  return {
    snapshot,
    url,
    blocks,
    controls,
    now: extras.now,
    qr: extras.qr ?? [],
    memo<T>(key: string, compute: () => T): T {
      if (!memoStore.has(key)) memoStore.set(key, compute());
      return memoStore.get(key) as T;
    },
  };
}

/** Evidence quoting the original text of normalised range [start, end) of a block, with a little context. */
export function blockEvidence(block: NormBlock, start: number, end: number, pad = 12): Evidence {
  return { quote: quoteRange(block, start, end, pad > 0), blockId: block.id };
}

const QUOTE_MAX = 120;

/**
 * The original text to quote for normalised range [start, end) of a block. With `context`, the whole sentence around
 * the match (not a window of characters that starts mid-word); without, the range itself. Either way a quote over
 * 120 characters is cut at a sentence or clause boundary, and "…" marks where text was left out.
 */
export function quoteRange(block: NormBlock, start: number, end: number, context: boolean): string {
  let r = { from: start, to: end, cutStart: false, cutEnd: false };
  if (context) r = sentenceRange(block.norm, start, end, QUOTE_MAX);
  else if (end - start > QUOTE_MAX) {
    const s = sentenceRange(block.norm.slice(0, end), start, Math.min(end, start + 1), QUOTE_MAX);
    r = { from: start, to: s.to, cutStart: false, cutEnd: s.to < end };
  }
  const text = isolateBidi(originalSlice(block.text, block, r.from, r.to, 0));
  const clipped = text.length > QUOTE_MAX ? text.slice(0, QUOTE_MAX - 1) : text;
  return `${r.cutStart ? '…' : ''}${clipped}${r.cutEnd || clipped !== text ? '…' : ''}`;
}

/** Evidence for a control text: `data-type="codepayalipay"`, `<option> V免签支付宝`, `alt="码支付"`. */
export function controlEvidence(c: ControlText): Evidence {
  const quote = isolateBidi(c.where === 'option' ? `<option> ${c.text}` : c.attr ? `${c.attr}="${c.text}"` : c.text);
  const e: Evidence = { quote: quote.length > 120 ? quote.slice(0, 119) + '…' : quote, where: c.where };
  return c.blockId === undefined ? e : { ...e, blockId: c.blockId };
}

/** Bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** A quote with the page's bidi controls removed: a U+202E in page text must not reorder our own words around it. */
export function isolateBidi(quote: string): string {
  return quote.replace(BIDI, '');
}

export function pageSignal(
  id: PageSignalId,
  severity: Severity,
  evidence: Evidence[],
  params: Record<string, string | number> = {},
): Signal {
  return { id, severity, evidence: evidence.slice(0, 20), source: { kind: 'page' }, params };
}

/** All matches of a global regex over every normalised block. */
export function* matchBlocks(ctx: PageContext, re: RegExp): Generator<{ block: NormBlock; match: RegExpExecArray }> {
  if (!re.global) throw new Error('matchBlocks needs a global regex');
  for (const block of ctx.blocks) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(block.norm)) !== null) {
      yield { block, match: m };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
