// Build-time, popup.html only. (1) The popup's stylesheets go inline as <style> (issue 11/12: a cached verdict painted
// within ~1.2× an empty extension page). Measured in real Chromium (docs/budgets.md), the popup's two linked
// stylesheets — 3 KB each — held its first paint back by about half an empty page's time: each is one more request to
// the extension's own files, and the first paint waits for every stylesheet in <head>. Inline, the rules arrive with
// the HTML. Extension pages' default CSP restricts scripts, not styles, so inline <style> is allowed in Chrome and
// Firefox. The files stay emitted for the other pages; a disabled <link> to each keeps React's view from adding it again.
// (2) The module script becomes a <meta> naming it, loaded by popup-first.js (entrypoints/popup-first/) after the
// first screen is painted — or at once when there is none to paint.
import type { Plugin } from 'vite';
import { POPUP_VIEW_META } from '../lib/core/popup-hash';

const STYLESHEET = /<link rel="stylesheet"[^>]*?href="\/([^"]+\.css)"[^>]*>/g;
const MODULE = /<script type="module"[^>]*?src="([^"]+)"[^>]*><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;


export function popupHtml(): Plugin {
  return {
    name: 'kadun:popup-html',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!/[\\/]popup[\\/]index\.html$/.test(ctx.filename) || !ctx.bundle) return html;
        // The module (React's view and the storage path) is named, not loaded: popup-first.js loads it after painting,
        // so its fetch and evaluation cannot hold back the first screen's frame.
        const module = MODULE.exec(html)?.[1];
        if (!module) throw new Error('popup.html has no module script to hand to popup-first.js');
        html = html.replace(MODULE, `<meta name="${POPUP_VIEW_META}" content="${module}">`).replace(PRELOAD, '');
        return html.replace(STYLESHEET, (tag, file: string) => {
          const asset = ctx.bundle![file];
          if (asset?.type !== 'asset') return tag;
          // The disabled <link> stays so that React's view, which lists the same file among its chunk's CSS, finds it
          // already there (Vite's preload helper skips a stylesheet the page links) and does not append it after the
          // popup's own rules, where the base rules would win over them. Disabled: never fetched, never applied.
          return `<style>${String(asset.source).replaceAll('</style', '<\\/style')}</style>\n    <link rel="stylesheet" href="/${file}" disabled>`;
        });
      },
    },
  };
}
