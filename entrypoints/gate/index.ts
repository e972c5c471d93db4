// The interstitial's first step (docs/interstitial.md), at document_start on every http(s) page: read the one or
// two site-filter shards this host's names hash to from extension storage (no message, so an ordinary page never
// wakes the service worker), and only on a possible `confirmed` hit ask the background, which checks the list itself
// and the person's earlier 仍要访问, then sends the tab to KaDun's warning page (the page is stopped meanwhile). A
// false prefilter hit or a bypassed site costs one message and leaves the page alone. The read is left in this
// frame's isolated world for the shop script, which needs the same answer later (docs/no-wake.md).
// Built as a plain script (WXT "unlisted"), declared in the manifest by wxt.config.ts (pageScripts): no WXT
// content-script context and no polyfill, whose start-up was most of what an ordinary page paid (docs/no-wake.md).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readFilterOnce } from '../../lib/core/site-filter';
import { MSG } from '../../lib/messaging/names';
import { readLocal, sendToExtension } from '../_content/ext';

export default defineUnlistedScript(async () => {
  const hit = await readFilterOnce(globalThis as unknown as Record<string, unknown>, location.hostname, readLocal);
  if (hit !== 'confirmed') return;
  const reply = (await sendToExtension({ type: MSG.gateCheck, payload: {} }).catch(() => null)) as
    { ok?: boolean; data?: { blocked?: unknown } } | null;
  // blocked: the background is already navigating the tab to blocked.html; stop the page meanwhile. Not in Firefox:
  // there window.stop() can cancel that very navigation (tabs.update loads blocked.html in this same browsing
  // context) and leave the person on the listed site without the warning — seen in about half of the runs of
  // tests/e2e-firefox/actions.test.ts (docs/firefox.md). The warning page replaces this one moments later anyway.
  if (reply?.ok === true && reply.data?.blocked === true && !import.meta.env.FIREFOX) window.stop();
});
