// Pay pages inside frames (docs/dynamic-pages.md, "Frames"). The content script runs in the top frame only. A frame
// of the page's own origin — layui's `layer.open({ type: 2, content: '/order/pay…' })`, a srcdoc or about:blank
// frame the page writes into — is readable from here (contentDocument), so its text blocks and images join the top
// page's snapshot. Cross-origin frames are not read (the browser forbids it, and running in every frame of every page
// would cost on the whole web and file a frame's site under the tab's verdict).
import { SNAPSHOT_LIMITS as L } from '../../lib/core/limits';
import type { PageSnapshot } from '../../lib/core/types';
import { extractSnapshot } from '../../lib/extract/snapshot';
import { PAGE_WALK_LIMITS } from '../../lib/extract/walk';

/** Frames read per snapshot, and the smallest one worth reading (a pay dialog is a few hundred pixels). */
export const FRAME_LIMITS = { frames: 3, minSide: 100 } as const;

/** The documents of shown, same-origin frames of `doc` worth reading (at most FRAME_LIMITS.frames). */
export function readableFrames(doc: Document): Document[] {
  const out: Document[] = [];
  const frames = doc.getElementsByTagName('iframe');
  for (let i = 0, f = frames[0]; f && i < 20 && out.length < FRAME_LIMITS.frames; f = frames[++i]) {
    let inner: Document | null = null;
    try {
      inner = f.contentDocument; // null for a cross-origin frame
    } catch {
      inner = null;
    }
    if (!inner?.body) continue;
    const r = f.getBoundingClientRect();
    if (r.width < FRAME_LIMITS.minSide || r.height < FRAME_LIMITS.minSide) continue;
    if (typeof f.checkVisibility === 'function' && !f.checkVisibility({ visibilityProperty: true })) continue;
    out.push(inner);
  }
  return out;
}

/**
 * `snapshot` with the text blocks and images of `doc`'s readable frames appended (block ids shifted; the caps of the
 * snapshot kept). `elements` grows with the frames' block elements, so "show me where" can outline them.
 */
export function withFrames(doc: Document, snapshot: PageSnapshot, elements: Element[], prepare: (frameDoc: Document, s: PageSnapshot) => PageSnapshot): PageSnapshot {
  const frames = readableFrames(doc);
  if (!frames.length) return snapshot;
  const blocks = [...snapshot.blocks];
  const images = [...snapshot.images];
  let truncated = snapshot.truncated;
  for (const frameDoc of frames) {
    let ex: ReturnType<typeof extractSnapshot>;
    try {
      ex = extractSnapshot(frameDoc, { url: frameDoc.location?.href ?? snapshot.url, nativeVisibility: true, walk: PAGE_WALK_LIMITS });
    } catch {
      continue;
    }
    const inner = prepare(frameDoc, ex.snapshot);
    const offset = blocks.length;
    for (const b of inner.blocks) {
      if (blocks.length >= L.blocks) {
        truncated = true;
        break;
      }
      blocks.push({ ...b, id: b.id + offset });
      elements[b.id + offset] = ex.elements[b.id]!;
    }
    for (const img of inner.images) {
      if (images.length >= L.images) {
        truncated = true;
        break;
      }
      const id = img.blockId === undefined ? undefined : img.blockId + offset;
      images.push({ ...img, blockId: id !== undefined && id < blocks.length ? id : undefined });
    }
  }
  return { ...snapshot, blocks, images, truncated };
}
